import { expect, type Page, test } from '@playwright/test';
import { builtIndex, facetOption, ideasText, resultCount, resultTitles, trackErrors, waitForQuery, waitForResults } from './helpers.ts';

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search ideas' });
const ideaHeading = (page: Page) => page.getByRole('heading', { level: 1 });

test('/ focuses the search box from a focused checkbox, select or link, but types a slash in text fields', async ({ page }) => {
  await page.goto('/?q=go');
  await waitForQuery(page, 'go');

  // A focused facet checkbox: `/` neither toggles it nor is lost.
  const checkbox = await facetOption(page, 'Skills', 'Rust');
  await checkbox.focus();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await expect(checkbox).not.toBeChecked();
  await expect(searchBox(page)).toHaveValue('go');

  // The sort select and a result link.
  await page.getByLabel('Sort by').focus();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await expect(page.getByLabel('Sort by')).toHaveValue('relevance');
  await resultTitles(page).nth(2).focus();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();

  // With nothing focused.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();

  // In a text field `/` is a character: in the search box itself and in a facet's filter box.
  await page.keyboard.press('End');
  await page.keyboard.type('/x');
  await expect(searchBox(page)).toHaveValue('go/x');
  const filter = page.getByRole('group', { name: 'Skills' }).getByRole('searchbox', { name: 'Filter skills' });
  await filter.fill('c');
  await filter.press('/');
  await expect(filter).toBeFocused();
  await expect(filter).toHaveValue('c/');
});

test('/ on an idea page goes to the results with the search box focused', async ({ page }) => {
  await page.goto('/?skills=Go');
  await waitForResults(page);
  await resultTitles(page).first().click();
  await expect(ideaHeading(page)).toBeVisible();
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/\/\?skills=Go$/);
  await expect(searchBox(page)).toBeFocused();
});

test('↑ on the first result and Esc in a result return to the search box, keeping the query', async ({ page }) => {
  await page.goto('/');
  await waitForResults(page);
  await searchBox(page).fill('thanos');
  await waitForQuery(page, 'thanos');
  await searchBox(page).press('ArrowDown');
  await expect(resultTitles(page).nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('thanos');

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(resultTitles(page).nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(resultTitles(page).nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('thanos');
  await waitForQuery(page, 'thanos');
  await expect(page).toHaveURL(/\?q=thanos$/);
});

// On a phone the facets are in a drawer, so the page is only as long as its results: a list that
// had to wait for its answer again would lose the scroll position.
for (const [device, viewport] of [
  ['desktop', { width: 1280, height: 700 }],
  ['phone', { width: 390, height: 700 }],
] as const) {
  test(`opening an idea focuses its title; Back focuses the result it was opened from, scroll restored (${device})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/?q=prometheus');
    await waitForQuery(page, 'prometheus');

    // By keyboard: ↓ into the list, Enter on the sixth result, then the browser's Back.
    await searchBox(page).press('ArrowDown');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    const link = resultTitles(page).nth(5);
    await expect(link).toBeFocused();
    const href = await link.getAttribute('href');
    const title = (await link.textContent())!;
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Enter');
    await expect(ideaHeading(page)).toHaveText(title);
    await expect(ideaHeading(page)).toBeFocused();
    await expect(ideaHeading(page)).toHaveAttribute('tabindex', '-1');

    await page.goBack();
    await waitForQuery(page, 'prometheus');
    await expect(page.locator(`a[data-result-link][href="${href}"]`)).toBeFocused();
    await expect.poll(async () => Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(50);

    // By mouse, further down, back with the page's own link.
    const lower = resultTitles(page).nth(12);
    await lower.scrollIntoViewIfNeeded();
    const lowerHref = await lower.getAttribute('href');
    const lowerScroll = await page.evaluate(() => window.scrollY);
    expect(lowerScroll).toBeGreaterThan(300);
    await lower.click();
    await expect(ideaHeading(page)).toBeFocused();
    await page.getByRole('link', { name: '← Back to results' }).click();
    await expect(page).toHaveURL(/\/\?q=prometheus$/);
    await expect(page.locator(`a[data-result-link][href="${lowerHref}"]`)).toBeFocused();
    await expect.poll(async () => Math.abs((await page.evaluate(() => window.scrollY)) - lowerScroll)).toBeLessThan(50);
  });
}

test('an idea page loaded directly does not move focus to its title', async ({ page }) => {
  const idea = builtIndex().ideas[0]!;
  await page.goto(`/ideas/${idea.id}`);
  await expect(ideaHeading(page)).toHaveText(idea.title, { timeout: 20_000 });
  await expect(ideaHeading(page)).not.toBeFocused();
});

test('a shared link with a query never shows or announces the unfiltered list first', async ({ page }) => {
  const errors = trackErrors(page);
  // Record, from the first paint on, every text the live result count shows and every result link rendered.
  await page.addInitScript(() => {
    // Links rendered while the page said descriptions were still loading (an answer from names alone) apart.
    const seen = { counts: [] as string[], links: [] as string[], namesOnlyLinks: [] as string[] };
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    const record = () => {
      for (const status of document.querySelectorAll('[role="status"]')) {
        const text = status.textContent ?? '';
        if (seen.counts.at(-1) !== text) seen.counts.push(text);
      }
      const namesOnly = document.body?.textContent?.includes('Descriptions are still loading') ?? false;
      const links = namesOnly ? seen.namesOnlyLinks : seen.links;
      for (const a of document.querySelectorAll('a[data-result-link]')) {
        const href = a.getAttribute('href') ?? '';
        if (!links.includes(href)) links.push(href);
      }
    };
    new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true });
  });
  // The worker's full-text index takes a while here anyway; slowing the download widens the window.
  await page.route('**/app-data/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue();
  });
  await page.goto('/?q=ebpf');
  await waitForQuery(page, 'ebpf');
  const finalLinks = await resultTitles(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(finalLinks.length).toBeGreaterThan(0);
  const seen = await page.evaluate(() => (window as unknown as { __seen: { counts: string[]; links: string[]; namesOnlyLinks: string[] } }).__seen);

  const unfiltered = ideasText(builtIndex().ideas.length);
  expect(seen.counts.filter((text) => text.startsWith(unfiltered))).toEqual([]);
  // Every announced count was the answer for "ebpf" (or the wait for it).
  const counts = seen.counts.filter((text) => /^[\d,]+ ideas?\b/.test(text));
  expect(counts.length).toBeGreaterThan(0);
  for (const text of counts) expect(text).toMatch(/ for “ebpf”$/);
  expect(seen.counts).toContain('Searching…');
  // No link was ever rendered that is not one of the final results, except under the note that
  // descriptions are still loading (titles, skills, projects and mentors matched "ebpf" first).
  expect(seen.links.filter((href) => !finalLinks.includes(href))).toEqual([]);
  const namesMatch = new Set(
    builtIndex()
      .ideas.filter((idea) =>
        /ebpf/i.test([idea.title, idea.project, idea.group ?? '', ...idea.skills, ...idea.mentors.map((m) => `${m.name ?? ''} ${m.github ?? ''}`)].join(' ')),
      )
      .map((idea) => `/ideas/${idea.id}`),
  );
  expect(seen.namesOnlyLinks.filter((href) => !namesMatch.has(href))).toEqual([]);
  await expect(resultCount(page)).toContainText('for “ebpf”');
  expect(errors).toEqual([]);
});

test('from the search box, Tab reaches a link past the facets to the first result', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await waitForResults(page);
  await searchBox(page).fill('thanos');
  await waitForQuery(page, 'thanos');
  const skip = page.getByRole('link', { name: /^Skip to results/ });
  // Within two stops of the box (its clear button comes first), and seen when it has focus.
  for (let i = 0; i < 2 && !(await skip.evaluate((link) => link === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  expect((await skip.boundingBox())!.width).toBeGreaterThan(50);
  await page.keyboard.press('Enter');
  await expect(resultTitles(page).nth(0)).toBeFocused();
  await expect(page).toHaveURL(/\?q=thanos$/);

  // With no result to focus, it goes to the results' section, where the page says why.
  await searchBox(page).fill('zzqqxxnothing');
  await waitForQuery(page, 'zzqqxxnothing');
  await searchBox(page).focus();
  for (let i = 0; i < 2 && !(await skip.evaluate((link) => link === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Results' })).toBeFocused();
});
