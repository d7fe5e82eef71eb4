import { expect, type Page, test } from '@playwright/test';
import { builtIndex, ideaById, ideasText, LOAD_TIMEOUT, resultCount, resultTitles, serveIndex, trackErrors, waitForQuery, waitForResults } from './helpers.ts';

/**
 * The app's data comes in three stages (README: Performance): cards first (results, facets,
 * counts), the descriptions in the background, and an idea page's details with its term's shard.
 */

const isText = (path: string) => /^app-data\/text\.[0-9a-f]{10}\.json$/.test(path);
const isShard = (path: string) => /^app-data\/details\//.test(path);
const descriptionRegion = (page: Page) => page.getByRole('region', { name: 'Description' });
const NOTE = 'Descriptions are still loading: matching titles, skills, projects and mentors for now…';

/** Holds every request for which `matches` is true until the returned function is called. */
function holdWhile(matches: (path: string) => boolean) {
  const held: (() => void)[] = [];
  let holding = true;
  const hold = async (path: string) => {
    if (holding && matches(path)) await new Promise<void>((resume) => held.push(resume));
    return false;
  };
  const release = () => {
    holding = false;
    held.splice(0).forEach((resume) => resume());
  };
  return { hold, release };
}

test('an idea page opened directly shows its card and its full content from the term’s details', async ({ page }) => {
  const errors = trackErrors(page);
  const idea = builtIndex().ideas.find((i) => i.outcome && i.issues.length > 0 && i.skillsText)!;
  const shards: string[] = [];
  page.on('request', (request) => request.url().includes('/app-data/details/') && shards.push(new URL(request.url()).pathname));
  await page.goto(`/ideas/${idea.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(idea.title, { timeout: LOAD_TIMEOUT });
  await expect(descriptionRegion(page)).toContainText(idea.description.text.split(/\s+/).slice(0, 4).join(' '));
  await expect(page.getByRole('region', { name: 'Expected outcome' })).toContainText(idea.outcome!.text.split(/\s+/).slice(0, 3).join(' '));
  await expect(page.getByText(`As written: ${idea.skillsText}`)).toBeVisible();
  await expect(page.getByRole('link', { name: idea.issues[0]!.replace(/^https?:\/\/(www\.)?/, '') }).first()).toBeVisible();
  await expect(page.getByText(`(${idea.source.file}, line ${idea.source.line})`)).toBeVisible();
  // One shard, the idea's term's, and no markdown anywhere on the page's data.
  expect(shards).toEqual([expect.stringMatching(new RegExp(`^/app-data/details/${idea.termKey}\\.[0-9a-f]{10}\\.json$`))]);
  expect(errors).toEqual([]);
});

test('an idea page opened directly does not jump as its details arrive', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // Issues, an LFX link and an outcome: rows and sections only the details bring.
  const idea = builtIndex().ideas.find((i) => i.id === 'lfx-2024-3--jaeger--jaeger-v2-kubernetes-operator')!;
  await page.goto(`/ideas/${idea.id}`);
  await expect(page.getByRole('region', { name: 'Expected outcome' })).toBeVisible({ timeout: LOAD_TIMEOUT });
  await expect(page.getByRole('heading', { name: 'More like this' })).toBeVisible();
  // Before, the rows the details add pushed the description and all below it down: 0.12 to 0.15.
  const shift = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0));
  expect(shift).toBeLessThan(0.05);
});

test('an idea page shows what its list says about the project above its ideas, apart from the description', async ({ page }) => {
  const idea = builtIndex().ideas.find((i) => i.project === 'kpt' && i.projectIntro)!;
  await page.goto(`/ideas/${idea.id}`);
  const about = page.getByRole('region', { name: 'About kpt' });
  await expect(about).toContainText('is a toolchain that allows users to customize kubernetes packages declaratively', { timeout: LOAD_TIMEOUT });
  await expect(about.getByRole('link', { name: 'kpt' })).toHaveAttribute('href', 'https://kpt.dev/');
  await expect(descriptionRegion(page)).not.toContainText('declaratively');
});

test('a field written as a list shows as a bulleted list on the idea page', async ({ page }) => {
  const idea = builtIndex().ideas.find((i) => Object.values(i.extra ?? {}).some((value) => value.includes('\n')))!;
  const [label, value] = Object.entries(idea.extra!).find(([, text]) => text.includes('\n'))!;
  await page.goto(`/ideas/${idea.id}`);
  const field = page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  // A bulleted list, one item per line of the field.
  await expect(field.getByRole('listitem')).toHaveText(value.split('\n'), { timeout: LOAD_TIMEOUT });
  expect(await field.locator('ul').evaluate((list) => getComputedStyle(list).listStyleType)).toBe('disc');
});

test('when the details cannot be fetched, the idea page says so and “Try again” shows the content', async ({ page }) => {
  const errors = trackErrors(page);
  const idea = ideaById(builtIndex().ideas.find((i) => i.description.text.length > 100)!.id);
  let fail = true;
  await serveIndex(page, builtIndex(), async (path, route) => {
    if (!fail || !isShard(path)) return false;
    await route.abort('internetdisconnected');
    return true;
  });
  await page.goto(`/ideas/${idea.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(idea.title, { timeout: LOAD_TIMEOUT });
  // The card's facts are there; the description says what went wrong.
  await expect(page.getByText(idea.skills[0] ?? 'Mentors').first()).toBeVisible();
  const alert = descriptionRegion(page).getByRole('alert');
  await expect(alert).toContainText('The description could not be loaded.');
  await expect(alert).toContainText('could not be downloaded. Check your connection and try again.');
  fail = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(descriptionRegion(page)).toContainText(idea.description.text.split(/\s+/).slice(0, 4).join(' '));
  await expect(descriptionRegion(page).getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('results are painted from the cards before the descriptions arrive, and a query matches names meanwhile', async ({ page }) => {
  const errors = trackErrors(page);
  const index = builtIndex();
  const { hold, release } = holdWhile(isText);
  await serveIndex(page, index, hold);
  await page.goto('/');
  // Every idea is listed and counted while the descriptions are held back.
  await expect(resultCount(page)).toHaveText(ideasText(index.ideas.length), { timeout: LOAD_TIMEOUT });
  await expect(page.locator('[data-snippet]:empty').first()).toBeAttached();

  // "thanos" is a project: matched at once, with the note.
  await page.getByRole('searchbox', { name: 'Search ideas' }).fill('thanos');
  await waitForQuery(page, 'thanos', { namesOnly: true });
  await expect(page.getByText(NOTE)).toBeVisible();
  const byName = index.ideas.filter((i) => /thanos/i.test(`${i.title} ${i.project} ${i.skills.join(' ')}`)).length;
  await expect(resultTitles(page).first()).toBeVisible();
  const namesCount = Number((await resultCount(page).innerText()).match(/^([\d,]+)/)![1]!.replace(/,/g, ''));
  expect(namesCount).toBeGreaterThanOrEqual(byName);

  // Once the descriptions are indexed, the same query is answered again over them too.
  release();
  await expect(page.getByText(NOTE)).toHaveCount(0, { timeout: LOAD_TIMEOUT });
  await expect(page.locator('[data-snippet]:empty')).toHaveCount(0);
  await expect.poll(async () => Number((await resultCount(page).innerText()).match(/^([\d,]+)/)![1]!.replace(/,/g, ''))).toBeGreaterThan(namesCount);
  expect(errors).toEqual([]);
});

test('when the descriptions cannot be fetched, search goes on over names and says so, with a retry', async ({ page }) => {
  const errors = trackErrors(page);
  let fail = true;
  await serveIndex(page, builtIndex(), async (path, route) => {
    if (!fail || !isText(path)) return false;
    await route.fulfill({ status: 503, body: 'busy' });
    return true;
  });
  await page.goto('/?q=prometheus');
  await waitForQuery(page, 'prometheus');
  const alert = page.getByRole('alert').filter({ hasText: 'The descriptions could not be downloaded (HTTP 503).' });
  await expect(alert).toContainText('Searching titles, skills, projects and mentors only.');
  await expect(resultTitles(page).first()).toBeVisible();
  fail = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(alert).toHaveCount(0, { timeout: LOAD_TIMEOUT });
  // The snippets are back: filled, not their empty placeholders.
  await expect(page.locator('#results [data-snippet]:not(:empty)').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('the first screen downloads the cards and the descriptions, not the whole index or any details', async ({ page }) => {
  const data: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('.json')) data.push(pathname);
  });
  await page.goto('/');
  await waitForResults(page);
  await expect(page.locator('[data-snippet]:empty')).toHaveCount(0, { timeout: LOAD_TIMEOUT });
  expect(data.filter((p) => p !== '/manifest.webmanifest').sort()).toEqual([
    '/app-data/cards.json',
    expect.stringMatching(/^\/app-data\/text\.[0-9a-f]{10}\.json$/),
  ]);
});

test('the idea page’s code is not in the first download: it is fetched once the first results are on screen, before a result is opened', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const ideaPageCode = (path: string) => /^\/assets\/idea-page-[\w-]+\.js$/.test(path);
  expect(await (await page.request.get('/')).text(), 'neither loaded nor preloaded by the page itself').not.toContain('idea-page-');
  await page.goto('/');
  await waitForResults(page);
  await expect.poll(() => scripts.filter(ideaPageCode).length, { timeout: LOAD_TIMEOUT }).toBe(1);
  await resultTitles(page).first().click();
  await expect(descriptionRegion(page)).toBeVisible({ timeout: LOAD_TIMEOUT });
  expect(scripts.filter(ideaPageCode)).toHaveLength(1);
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 412, height: 823 },
])
  test(`the first list of a visit paints the cards that fill a ${viewport.width}×${viewport.height} window, then the rest of the page`, async ({ page }) => {
    await page.setViewportSize(viewport);
    // Record how many cards the list had when it first appeared.
    await page.addInitScript(() => {
      const seen = { first: -1 };
      (window as unknown as { __cards: typeof seen }).__cards = seen;
      new MutationObserver(() => {
        const list = document.getElementById('results');
        if (list && seen.first === -1) seen.first = list.children.length;
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto('/');
    await waitForResults(page);
    await expect(page.locator('#results > li')).toHaveCount(20);
    const first = await page.evaluate(() => (window as unknown as { __cards: { first: number } }).__cards.first);
    // Fewer than the page's twenty, but enough that the window shows no gap below them.
    expect(first).toBeLessThan(20);
    const lastBottom = await page
      .locator('#results > li')
      .nth(first - 1)
      .evaluate((li) => li.getBoundingClientRect().bottom);
    expect(lastBottom).toBeGreaterThanOrEqual(viewport.height);
    // And not many more than that: at most two cards below the window's edge.
    const belowEdge = await page
      .locator('#results > li')
      .evaluateAll((lis, [n, h]) => lis.slice(0, n).filter((li) => li.getBoundingClientRect().top >= h).length, [first, viewport.height] as const);
    expect(belowEdge).toBeLessThanOrEqual(2);
  });

test('loading the results and typing a query set up none of the browser’s locale formatters on the page', async ({ page }) => {
  // The first toLocaleString, localeCompare or Intl object of a page costs 10–30 ms of set-up
  // (README: Performance), which landed in the frame painting the first results.
  await page.addInitScript(() => {
    const used: string[] = [];
    (window as unknown as { __intl: string[] }).__intl = used;
    const watch = <T extends object>(owner: T, name: keyof T & string, label: string) => {
      const original = owner[name] as (...args: unknown[]) => unknown;
      Object.defineProperty(owner, name, {
        configurable: true,
        writable: true,
        value: function (this: unknown, ...args: unknown[]) {
          used.push(label);
          return original.apply(this, args);
        },
      });
    };
    watch(Number.prototype, 'toLocaleString', 'Number#toLocaleString');
    watch(String.prototype, 'localeCompare', 'String#localeCompare');
    watch(Date.prototype, 'toLocaleDateString', 'Date#toLocaleDateString');
    watch(Date.prototype, 'toLocaleString', 'Date#toLocaleString');
    for (const name of ['NumberFormat', 'Collator', 'DateTimeFormat', 'PluralRules', 'ListFormat', 'RelativeTimeFormat', 'Segmenter'] as const)
      watch(Intl, name, `Intl.${name}`);
  });
  await page.goto('/');
  await waitForResults(page);
  await page.getByRole('searchbox', { name: 'Search ideas' }).pressSequentially('kubernetes');
  await waitForQuery(page, 'kubernetes');
  expect(await page.evaluate(() => (window as unknown as { __intl: string[] }).__intl)).toEqual([]);
});

test('the first list’s cards below the fold skip layout until scrolled to; the list shown again on Back lays out every card', async ({ page }) => {
  const cards = page.locator('#results > li');
  /** Whether the last card's content is rendered (not skipped by content-visibility). */
  const lastCardRendered = () =>
    cards
      .last()
      .locator('article')
      .evaluate((article) => article.checkVisibility({ contentVisibilityAuto: true }));
  await page.goto('/');
  await waitForResults(page);
  await expect(cards).toHaveCount(20);
  expect(await lastCardRendered()).toBe(false);
  await cards.last().scrollIntoViewIfNeeded();
  await expect.poll(lastCardRendered).toBe(true);
  await page.evaluate(() => window.scrollTo(0, 0));
  await resultTitles(page).first().click();
  await expect(descriptionRegion(page)).toBeVisible({ timeout: LOAD_TIMEOUT });
  await page.goBack();
  await waitForResults(page);
  await expect(cards).toHaveCount(20);
  expect(await lastCardRendered()).toBe(true);
});
