import { expect, test } from '@playwright/test';
import { countIdeas, resultCards, resultCount, shownCount, waitForQuery, waitForResults } from './helpers.ts';

/** Search that understands applicants: synonyms, partial matches, and facet filters with aliases and typos. */

test('abbreviations find the full names: k8s finds Kubernetes, wasm finds WebAssembly', async ({ page }) => {
  const literal = (word: RegExp) => countIdeas((i) => word.test(`${i.title} ${i.skillsText} ${i.description.text}`));
  await page.goto('/?q=k8s');
  await waitForQuery(page, 'k8s');
  const k8s = await shownCount(page);
  expect(k8s).toBeGreaterThan(literal(/\bk8s\b/i));
  expect(k8s).toBeGreaterThanOrEqual(countIdeas((i) => i.skills.includes('Kubernetes')));
  await page.goto('/?q=wasm');
  await waitForQuery(page, 'wasm');
  expect(await shownCount(page)).toBeGreaterThan(literal(/\bwasm\b/i));
});

test('when no idea has every word, the best partial matches are shown, saying so', async ({ page }) => {
  await page.goto('/?q=beginner%20go');
  await waitForQuery(page, 'beginner go');
  await expect(page.getByRole('note')).toContainText('No idea has all of: beginner go — showing');
  await page.goto('/?q=kyverno%20windows');
  await waitForQuery(page, 'kyverno windows');
  const note = page.getByRole('note');
  await expect(note).toContainText('No idea has all of: kyverno windows — showing');
  await expect(note).toContainText('with most of them');
  await expect(resultCards(page).first()).toBeVisible();
  expect(await resultCards(page).count()).toBeGreaterThan(0);
});

test('a facet filter understands aliases and typos', async ({ page }) => {
  await page.goto('/');
  await waitForResults(page);
  const skills = page.getByRole('group', { name: 'Skills' }).first();
  const filter = skills.getByRole('searchbox', { name: 'Filter skills' });
  for (const [typed, found] of [
    ['golang', 'Go'],
    ['k8s', 'Kubernetes'],
    ['wasm', 'WebAssembly'],
    ['prometeus', 'Prometheus'],
  ] as const) {
    await filter.fill(typed);
    // Found among the first matches (a value whose own name starts with the text may come first: wasm → WasmEdge).
    const box = skills.getByRole('checkbox', { name: new RegExp(`^${found} ?\\d`) });
    await expect(box).toBeVisible();
    const names = await skills
      .getByRole('checkbox')
      .evaluateAll((boxes) => boxes.slice(0, 3).map((b) => b.closest('label')?.querySelector('[title]')?.textContent));
    expect(names).toContain(found);
  }
});

test('an idea proposed in seven terms (once under a longer title) is one result that links to the other terms', async ({ page }) => {
  await page.goto('/?projects=Harbor&q=harbor%20cli');
  await waitForQuery(page, 'harbor cli');
  const harborCli = resultCards(page).filter({ has: page.getByRole('link', { name: 'Harbor CLI', exact: true }) });
  await expect(harborCli).toHaveCount(1);
  await expect(harborCli).toContainText('6 of them match too, grouped here');
  // Linked by the issue it shares with 2025 Term 2's "Harbor CLI" (goharbor/harbor-cli#450).
  await expect(harborCli.getByRole('link', { name: /2025 Term 3/ })).toHaveAttribute(
    'href',
    /lfx-2025-3--harbor--harbor-cli-system-settings-and-configuration$/,
  );
  await expect(harborCli.getByRole('link', { name: /2024 Term 1/ })).toHaveAttribute('href', /lfx-2024-1--harbor--harbor-cli$/);
  await expect(page.getByText('6 re-proposals grouped, one card per idea')).toBeVisible();
});

test('a half-typed word does not flash the partial-match notice; after a pause it shows', async ({ page }) => {
  // Timers are held so that "after a pause" happens only when the test says so.
  await page.clock.install();
  await page.goto('/?q=kubernetes');
  await waitForQuery(page, 'kubernetes');
  // A fake clock runs on its own until paused; paused, no timer fires until the test runs it.
  await page.clock.pauseAt(Date.now() + 60_000);
  const box = page.getByRole('searchbox', { name: 'Search ideas' });
  await box.press('End');
  await box.pressSequentially(' zqx');
  // The worker answers "kubernetes zqx" (no idea has both) while the user is still typing.
  await page.waitForTimeout(1_000);
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(resultCount(page)).not.toContainText('zqx');
  await page.clock.runFor(1_000);
  await expect(page.getByRole('note')).toContainText('No idea has all of: kubernetes zqx');
});

test('a word too short to match yet does not flash "No ideas match" while typed; after a pause it says to keep typing', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  await waitForResults(page);
  // Records whether "No ideas match." is ever in the page, however briefly.
  await page.evaluate(() => {
    const seen = window as unknown as { sawNoMatch: boolean };
    seen.sawNoMatch = false;
    new MutationObserver(() => {
      if ([...document.querySelectorAll('#main p')].some((p) => p.textContent === 'No ideas match.')) seen.sawNoMatch = true;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const sawNoMatch = () => page.evaluate(() => (window as unknown as { sawNoMatch: boolean }).sawNoMatch);
  await page.clock.pauseAt(Date.now() + 60_000);
  const box = page.getByRole('searchbox', { name: 'Search ideas' });
  // "ku": no idea has the word "ku", and prefixes match from three letters.
  await box.pressSequentially('ku');
  await page.waitForTimeout(1_000);
  await expect(resultCount(page)).not.toContainText('ku');
  await expect(resultCards(page).first()).toBeVisible();
  // Answers are arriving meanwhile: "kub" has its own list; back to "ku", that list stays.
  await box.press('b');
  await expect(resultCount(page)).toContainText('for “kub”');
  await box.press('Backspace');
  await page.waitForTimeout(1_000);
  await expect(resultCount(page)).toContainText('for “kub”');
  expect(await sawNoMatch()).toBe(false);
  await page.clock.runFor(1_000);
  await expect(resultCount(page)).toHaveText('0 ideas for “ku”');
  await expect(page.getByText('Keep typing: words match as prefixes from 3 letters.')).toBeVisible();
  expect(await sawNoMatch()).toBe(true);
  // Typing on from what the pause showed keeps showing it, not the "kub" list of before.
  await box.press('Space');
  await page.waitForTimeout(1_000);
  await expect(resultCount(page)).toHaveText('0 ideas for “ku”');
});

test('a query asked again is answered again (the search worker keeps what it hands over)', async ({ page }) => {
  await page.goto('/');
  await waitForResults(page);
  const box = page.getByRole('searchbox', { name: 'Search ideas' });
  await box.pressSequentially('thanos', { delay: 20 });
  await waitForQuery(page, 'thanos');
  const found = await shownCount(page);
  expect(found).toBeGreaterThan(0);
  for (let i = 0; i < 2; i++) {
    await box.press('Escape');
    await expect(resultCount(page)).not.toContainText('for “');
    await box.pressSequentially('thanos', { delay: 20 });
    await waitForQuery(page, 'thanos');
    expect(await shownCount(page)).toBe(found);
  }
  await expect(page.getByText('Search stopped working')).toHaveCount(0);
});
