import { readFileSync } from 'node:fs';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { builtIndex, expectNoAxeViolations, ideaById, LOAD_TIMEOUT, resultTitles, trackErrors, waitForQuery, waitForResults } from './helpers.ts';

const KEY = 'mentorship-ideas:shortlist';
const RULER = 'lfx-2021-1--thanos--stateless-ruler';
const JEPSEN = 'lfx-2021-1--tikv--implement-jepsen-test-for-tikv';
const shortlistLink = (page: Page) => page.getByRole('link', { name: /^Shortlist \(\d+\)$/ });
/** Thanos ideas of 2021: few enough to be on the first page of results, whatever else the index holds. */
const THANOS_2021 = '/?q=thanos&year=2021';

async function save(page: Page, title: string) {
  await page.getByRole('button', { name: `Save to shortlist: ${title}` }).click();
  await expect(page.getByRole('button', { name: `Saved to shortlist: ${title}` })).toHaveAttribute('aria-pressed', 'true');
}

test('bookmark from a result and from an idea page; it survives a reload', async ({ page }) => {
  await page.goto('/?q=ruler');
  await waitForQuery(page, 'ruler');
  await save(page, 'Stateless Ruler');
  await expect(shortlistLink(page)).toHaveText('Shortlist (1)');
  await page.goto(`/ideas/${JEPSEN}`);
  await save(page, 'Implement Jepsen test for TiKV');
  await page.reload();
  await expect(shortlistLink(page)).toHaveText('Shortlist (2)');
  await shortlistLink(page).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Stateless Ruler', 'Implement Jepsen test for TiKV']);
});

test('a removed idea comes back with its note on Undo; a calendar message goes once the list changes', async ({ page }) => {
  await page.goto(THANOS_2021);
  await waitForQuery(page, 'thanos');
  for (const title of ['Stateless Ruler', 'Vertical Block Sharding', 'gRPC Exemplars API']) await save(page, title);
  await page.goto('/shortlist');
  const headings = page.getByRole('heading', { level: 2 });
  await expect(headings).toHaveText(['Stateless Ruler', 'Vertical Block Sharding', 'gRPC Exemplars API'], { timeout: LOAD_TIMEOUT });
  await page.getByLabel('Your note').nth(1).fill('Read the sharding proposal');
  // 2021 Term 1 is long closed: the button says so rather than downloading an empty calendar.
  await page.getByRole('button', { name: 'Add deadlines to calendar' }).click();
  const calendarMessage = page.getByRole('status').filter({ hasText: /No deadline ahead/ });
  await expect(calendarMessage).toBeVisible();

  await page.getByRole('button', { name: 'Remove Vertical Block Sharding from shortlist' }).click();
  await expect(headings).toHaveText(['Stateless Ruler', 'gRPC Exemplars API']);
  await expect(calendarMessage).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Removed Vertical Block Sharding.' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(headings).toHaveText(['Stateless Ruler', 'Vertical Block Sharding', 'gRPC Exemplars API']);
  await expect(page.getByLabel('Your note').nth(1)).toHaveValue('Read the sharding proposal');
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await page.reload();
  await expect(headings).toHaveText(['Stateless Ruler', 'Vertical Block Sharding', 'gRPC Exemplars API'], { timeout: LOAD_TIMEOUT });
});

test('a second page in the same browser sees changes without reloading', async ({ page, context }) => {
  await page.goto('/');
  await waitForResults(page);
  const other = await context.newPage();
  await other.goto('/shortlist');
  // The second page loads the whole index too, while other tests share the machine.
  await expect(other.getByText('Your shortlist is empty.')).toBeVisible({ timeout: LOAD_TIMEOUT });
  await save(page, await resultTitles(page).first().innerText());
  await expect(shortlistLink(other)).toHaveText('Shortlist (1)');
  await expect(other.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(1);
});

test('reorder with the keyboard, write notes, and keep both', async ({ page }) => {
  await page.goto(THANOS_2021);
  await waitForQuery(page, 'thanos');
  for (const title of ['Stateless Ruler', 'Vertical Block Sharding', 'gRPC Exemplars API']) await save(page, title);
  await page.goto('/shortlist');
  await page.getByRole('button', { name: 'Move gRPC Exemplars API up' }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Your note').first().fill('Ask about the storage design');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Stateless Ruler', 'gRPC Exemplars API', 'Vertical Block Sharding']);
  await page.reload();
  // After a reload the whole index loads again before the shortlist's cards are shown.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Stateless Ruler', 'gRPC Exemplars API', 'Vertical Block Sharding'], {
    timeout: LOAD_TIMEOUT,
  });
  await expect(page.getByLabel('Your note').first()).toHaveValue('Ask about the storage design');
  await expect(page.getByText(/^Added /).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/screens/shortlist-full.png', fullPage: true });
});

test('a shared shortlist link opens read-only in a fresh browser and merges on request', async ({ page, browser, baseURL }) => {
  await page.goto(THANOS_2021);
  await waitForQuery(page, 'thanos');
  await save(page, 'Stateless Ruler');
  await save(page, 'Vertical Block Sharding');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/shortlist');
  await page.getByRole('button', { name: 'Share shortlist' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const shared = await page.evaluate(() => navigator.clipboard.readText());
  expect(shared).toBe(`${baseURL}/shortlist?ids=${RULER},lfx-2021-1--thanos--vertical-block-sharding`);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.addInitScript(
    ([key, id]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(
          key!,
          JSON.stringify({
            version: 2,
            items: [{ id, addedAt: '2026-01-01T00:00:00Z', note: 'mine', title: 'Stateless Ruler', project: 'Thanos', term: 'x' }],
          }),
        );
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, RULER],
  );
  await other.goto(`${shared},does-not-exist`);
  await expect(other.getByRole('heading', { name: 'Shared shortlist' })).toBeVisible({ timeout: LOAD_TIMEOUT });
  await expect(other.getByRole('link', { name: 'Stateless Ruler' })).toBeVisible();
  await expect(other.getByRole('link', { name: 'Vertical Block Sharding' })).toBeVisible();
  await expect(other.getByText('Unknown idea')).toBeVisible();
  await expect(other.getByText('1 of these ideas is not in this index')).toBeVisible();
  await expectNoAxeViolations(other);
  await other.getByRole('button', { name: 'Add all to my shortlist' }).click();
  await expect(other.getByText('Added 1 idea to your shortlist.')).toBeVisible();
  await other.getByRole('link', { name: 'View your shortlist' }).click();
  await expect(other.getByRole('heading', { level: 2 })).toHaveText(['Stateless Ruler', 'Vertical Block Sharding']);
  await expect(other.getByLabel('Your note').first()).toHaveValue('mine');
  await fresh.close();
});

test('shared links with too many or too long ids are refused with a message', async ({ page }) => {
  // Direct visits: the message comes with the shortlist page, after the index has loaded.
  await page.goto(`/shortlist?ids=${Array.from({ length: 201 }, (_, i) => `i${i}`).join(',')}`);
  await expect(page.getByRole('alert')).toContainText('at most 200', { timeout: LOAD_TIMEOUT });
  await page.goto(`/shortlist?ids=${'x'.repeat(201)}`);
  await expect(page.getByRole('alert')).toContainText('longer than 200 characters', { timeout: LOAD_TIMEOUT });
});

const corrupted: [string, string, RegExp][] = [
  ['truncated JSON', `{"version":2,"items":[{"id":"${RULER}","addedAt":"2026-01-01T00:00:00Z"},{"id":"lfx`, /1 idea was recovered/],
  ['null', 'null', /0 ideas were recovered/],
  ['an empty array', '[]', /0 ideas were recovered/],
  ['items of the wrong type', '{"items":"x"}', /0 ideas were recovered/],
  ['bad ids', `{"version":2,"items":[{"id":"${RULER}"},{"id":"<img src=x onerror=alert(1)>"}]}`, /1 idea was recovered/],
];

for (const [name, value, message] of corrupted) {
  test(`boots with ${name} in storage, keeps the raw value and says so`, async ({ page }) => {
    const errors = trackErrors(page);
    await page.addInitScript(
      ([key, raw]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, raw!);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [KEY, value],
    );
    await page.goto('/');
    await waitForResults(page);
    await expect(page.getByRole('alert')).toContainText(message);
    expect(await page.evaluate(() => localStorage.getItem('mentorship-ideas:shortlist:backup'))).toBe(value);
    await save(page, await resultTitles(page).first().innerText());
    expect(errors).toEqual([]);
  });
}

test('a saved idea that left the index stays listed with its snapshot', async ({ page }) => {
  await page.addInitScript((key) => {
    localStorage.setItem(
      key,
      JSON.stringify({
        version: 2,
        items: [
          { id: 'lfx-2019-1--gone--old-idea', addedAt: '2025-03-01T00:00:00Z', note: '', title: 'An old idea', project: 'Gone', term: 'LFX Mentorship, 2019' },
        ],
      }),
    );
  }, KEY);
  await page.goto('/shortlist');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('An old idea No longer listed', { timeout: LOAD_TIMEOUT });
  await expect(page.getByText('Gone · LFX Mentorship, 2019')).toBeVisible();
});

test('works with storage disabled, saying the shortlist will not persist', async ({ page }) => {
  const errors = trackErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await waitForResults(page);
  await expect(page.getByRole('alert')).toContainText('will not be saved');
  await save(page, await resultTitles(page).first().innerText());
  await expect(shortlistLink(page)).toHaveText('Shortlist (1)');
  await page.getByLabel('Theme').selectOption('dark');
  expect(errors).toEqual([]);
});

test('exports Markdown and CSV files with the saved ideas', async ({ page, baseURL }) => {
  await page.goto(`/ideas/${RULER}`);
  await save(page, 'Stateless Ruler');
  await page.goto('/shortlist');
  await page.getByLabel('Your note').fill('Talk to Bartek, "soon"');
  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown' }).click()]);
  expect(md.suggestedFilename()).toBe('mentorship-shortlist.md');
  const markdown = readFileSync((await md.path())!, 'utf8');
  expect(markdown).toContain(`## 1. [Stateless Ruler](${baseURL}/ideas/${RULER})`);
  expect(markdown).toContain('- Upstream: <https://github.com/thanos-io/thanos/issues/3761>');
  expect(markdown).toContain('> Talk to Bartek, "soon"');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const rows = readFileSync((await csv.path())!, 'utf8').split('\r\n');
  expect(rows[0]).toBe('position,title,project,term,status,mentors,skills,upstream_issues,idea_url,added,note');
  // Accepted or not depends on what the ingest merged in; the index says.
  const start = `1,Stateless Ruler,Thanos,"LFX Mentorship, 2021 Term 1 (Spring)",${ideaById(RULER).status},`;
  expect(rows[1]!.slice(0, start.length)).toBe(start);
  expect(rows[1]).toMatch(/,"Talk to Bartek, ""soon"""$/);
});

test('"Copy link" still copies when the Clipboard API refuses', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await page.goto('/?q=thanos');
  await waitForResults(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/?q=thanos`);
});

test('prints the list with notes, without controls or site chrome', async ({ page }) => {
  await page.goto(`/ideas/${RULER}`);
  await save(page, 'Stateless Ruler');
  await page.goto('/shortlist');
  await page.getByLabel('Your note').fill('Ask about the hash-ring');
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  const controls = ['Share shortlist', 'Export Markdown', 'Export CSV', 'Print', 'Remove Stateless Ruler from shortlist', 'Move Stateless Ruler down'];
  const chrome = [shortlistLink(page), page.getByRole('contentinfo'), ...controls.map((name) => page.getByRole('button', { name, exact: true }))];
  for (const element of chrome) await expect(element).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 2, name: 'Stateless Ruler' })).toBeVisible();
  await expect(page.getByLabel('Your note')).toHaveValue('Ask about the hash-ring');
  await expect(page.getByLabel('Your note')).toBeVisible();
  for (const element of chrome) await expect(element).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
});

test('empty shortlist explains how to add ideas and passes axe', async ({ page }) => {
  await page.goto('/shortlist');
  await expect(page.getByText('Your shortlist is empty.')).toBeVisible();
  await expect(page.getByText(/Press Save on any idea/)).toBeVisible();
  await expectNoAxeViolations(page);
});

/** What "Copy link" puts on the clipboard on the search page opened at `path`. */
async function linkCopiedAt(page: Page, context: BrowserContext, path: string): Promise<string> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(path);
  await waitForResults(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

test('"Copy link" copies the current filtered view', async ({ page, context, baseURL }) => {
  expect(await linkCopiedAt(page, context, '/?skills=Rust&project=TiKV')).toBe(`${baseURL}/?skills=Rust&project=TiKV`);
});

test('every entry has its controls in the same place, whatever the length of its title', async ({ page }) => {
  const long = builtIndex().ideas.find((i) => i.title.length > 90)!;
  await page.addInitScript(
    ([key, ids]) => {
      localStorage.setItem(key!, JSON.stringify({ version: 2, items: ids!.split(' ').map((id) => ({ id, addedAt: '2025-03-01T00:00:00Z', note: '' })) }));
    },
    [KEY, `${RULER} ${long.id}`],
  );
  const removeBoxes = async () => {
    const entries = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Remove / }) });
    await expect(entries).toHaveCount(2, { timeout: LOAD_TIMEOUT });
    return Promise.all(
      [0, 1].map(async (i) => ({
        entry: (await entries.nth(i).boundingBox())!,
        remove: (await entries
          .nth(i)
          .getByRole('button', { name: /^Remove / })
          .boundingBox())!,
        heading: (await entries.nth(i).getByRole('heading', { level: 2 }).boundingBox())!,
      })),
    );
  };
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/shortlist');
  const wide = await removeBoxes();
  // Top right of each entry, beside its text.
  expect(Math.abs(wide[0]!.remove.x - wide[1]!.remove.x)).toBeLessThan(1);
  for (const { entry, remove } of wide) expect(remove.y - entry.y).toBeLessThan(40);
  await page.setViewportSize({ width: 390, height: 900 });
  // Below the text on a phone, on every entry.
  for (const { remove, heading } of await removeBoxes()) expect(remove.y).toBeGreaterThan(heading.y + heading.height);
});

test('"Copy link" passes on the view, not what a hostile or old address added to it', async ({ page, context, baseURL }) => {
  expect(await linkCopiedAt(page, context, '/?q=kafka&page=-3&sort=__proto__&utm_source=x&skills=Rust')).toBe(`${baseURL}/?q=kafka&skills=Rust`);
});
