import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { BASE_PATH_UNDER_TEST, BASE_SITE_UNDER_TEST } from '../../playwright.config.ts';
import { LOAD_MARKS } from '../../src/data/index-worker-protocol.ts';
import { APP_DATA_VERSION } from '../../src/model/app-data.ts';
import { MENTORS_AS_WRITTEN, SCHEMA_VERSION } from '../../src/model/idea-index.ts';
import { upstreamFileUrl } from '../../src/model/upstream-url.ts';
import { PAGE_SIZE } from '../../src/search/ranked-list.ts';
import {
  builtIndex,
  countIdeas,
  serveCards,
  expectFacetCount,
  facetOption,
  ideaById,
  ideasText,
  LOAD_TIMEOUT,
  resultCards,
  resultCount,
  resultTitles,
  shownCount,
  trackErrors,
  waitForQuery,
  waitForResults,
} from './helpers.ts';
const total = () => builtIndex().ideas.length;

test('typing a query shows highlighted results and updates the URL after a pause', async ({ page }) => {
  await page.goto('/');
  await waitForResults(page);
  await expect(resultCount(page)).toHaveText(ideasText(total()));
  await page.getByRole('searchbox', { name: 'Search ideas' }).pressSequentially('prometeus', { delay: 30 });
  await waitForQuery(page, 'prometeus');
  await expect(page).toHaveURL(/\?q=prometeus$/);
  // The typo finds Prometheus: at least every idea named after it or of the Prometheus project, not everything.
  const found = await shownCount(page);
  expect(found).toBeGreaterThanOrEqual(countIdeas((i) => i.project === 'Prometheus' || /\bprometheus\b/i.test(i.title)));
  expect(found).toBeLessThan(total());
  await expect(resultTitles(page).first().locator('mark').first()).toHaveText('Prometheus');
  // It says the typed word was read as another, as a search engine does; a word found as typed says nothing.
  await expect(page.getByRole('note').filter({ hasText: 'No idea has “prometeus”: showing ideas with “prometheus”.' })).toBeVisible();
  // Every result of the first page shows where it mentions Prometheus, highlighted.
  const cards = resultCards(page);
  await expect(cards).toHaveCount(Math.min(PAGE_SIZE, found));
  for (const card of await cards.all()) {
    await expect(card).toContainText(/prometheus/i);
    await expect(card.locator('mark').first()).toBeVisible();
  }
  // Results are the matching ideas, re-proposals of one idea grouped as one: the last page holds the remainder.
  const groupedNote = page.getByText(/re-proposals? grouped, one card per idea/);
  const folded = (await groupedNote.count()) > 0 ? Number((await groupedNote.innerText()).replace(/\D.*$/s, '')) : 0;
  const listed = found - folded;
  const pages = Math.ceil(listed / PAGE_SIZE);
  await page.goto(`/?q=prometeus&page=${pages}`);
  await waitForQuery(page, 'prometeus');
  await expect(page.getByRole('navigation', { name: 'Pages' }).locator('[aria-current="page"]')).toHaveAccessibleName(`Page ${pages} of ${pages}`);
  await expect(resultCards(page)).toHaveCount(listed - PAGE_SIZE * (pages - 1));
});

test('while a query is typed, cards already shown stay in the page and end up as a fresh load of the query shows them', async ({ page }) => {
  await page.goto('/');
  await waitForResults(page);
  const box = page.getByRole('searchbox', { name: 'Search ideas' });
  await box.pressSequentially('prom', { delay: 30 });
  await waitForQuery(page, 'prom');
  await expect(resultCards(page)).toHaveCount(PAGE_SIZE);
  const cards = page.locator('#results > li');
  // Each card element is tagged, to tell the ones kept from ones made again.
  const before = await cards.evaluateAll((lis) =>
    lis.map((li) => {
      (li as HTMLElement & { kept?: boolean }).kept = true;
      return { id: li.dataset.ideaId!, html: li.innerHTML };
    }),
  );
  await box.press('e');
  await waitForQuery(page, 'prome');
  await expect(resultCards(page)).toHaveCount(PAGE_SIZE);
  const settled = () =>
    cards.evaluateAll((lis) => lis.map((li) => ({ id: li.dataset.ideaId!, kept: (li as HTMLElement & { kept?: boolean }).kept === true, html: li.innerHTML })));
  // Cards of ideas in both lists are the same elements, below the fold too.
  const after = await settled();
  const inBoth = after.filter(({ id }) => before.some((b) => b.id === id));
  expect(inBoth.length).toBeGreaterThan(8);
  expect(inBoth.filter(({ kept }) => !kept).map(({ id }) => id)).toEqual([]);
  // Their highlighting follows the new query (some change: a word that starts with "prom" but not "prome" is no longer marked)…
  await expect.poll(async () => (await settled()).filter(({ id, html }) => before.some((b) => b.id === id && b.html !== html)).length).toBeGreaterThan(0);
  // …and every card ends up as a fresh load of "prome" shows it.
  await expect.poll(async () => (await settled()).map(({ id, html }) => ({ id, html }))).toEqual(await freshCards(page, 'prome'));
});

/** The cards of the first page of `q`, loaded afresh in a page of its own. */
async function freshCards(page: Page, q: string) {
  const fresh = await page.context().newPage();
  await fresh.goto(`/?q=${encodeURIComponent(q)}`);
  await waitForQuery(fresh, q);
  await expect(resultCards(fresh)).toHaveCount(PAGE_SIZE);
  const cards = await fresh.locator('#results > li').evaluateAll((lis) => lis.map((li) => ({ id: li.dataset.ideaId!, html: li.innerHTML })));
  await fresh.close();
  return cards;
}

test('facet counts follow the query and other facets; selecting narrows results', async ({ page }) => {
  const tremor = (i: { project: string }) => i.project === 'Tremor';
  const rust = (i: { skills: string[] }) => i.skills.includes('Rust');
  await page.goto('/');
  await waitForResults(page);
  await expectFacetCount(page, 'Skills', 'Rust', countIdeas(rust));
  await expectFacetCount(
    page,
    'Project',
    'Thanos',
    countIdeas((i) => i.project === 'Thanos'),
  );
  await (await facetOption(page, 'Project', 'Tremor')).check();
  await expect(resultCount(page)).toHaveText(ideasText(countIdeas(tremor)));
  // Other facets count within the selection; values of the same facet combine with OR, so other
  // projects keep the count they would add.
  await expectFacetCount(
    page,
    'Skills',
    'Rust',
    countIdeas((i) => tremor(i) && rust(i)),
  );
  await expectFacetCount(
    page,
    'Project',
    'Thanos',
    countIdeas((i) => i.project === 'Thanos'),
  );
  await (await facetOption(page, 'Skills', 'Rust')).check();
  await expect(page).toHaveURL(/project=Tremor&|skills=Rust/);
  await expect(resultCount(page)).toHaveText(ideasText(countIdeas((i) => tremor(i) && rust(i))));
  await expectFacetCount(
    page,
    'Project',
    'TiKV',
    countIdeas((i) => i.project === 'TiKV' && rust(i)),
  );
  await expect(page.getByRole('group', { name: 'Active filters' }).getByRole('button')).toHaveCount(3);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(resultCount(page)).toHaveText(ideasText(total()));
});

test('a copied URL opens the identical view in a fresh browser context', async ({ page, browser }) => {
  await page.goto('/');
  await waitForResults(page);
  await page.getByRole('searchbox', { name: 'Search ideas' }).fill('go');
  await waitForQuery(page, 'go');
  await expect(page.getByText(/^No idea has “/)).toHaveCount(0);
  await (await facetOption(page, 'Skills', 'Prometheus')).check();
  await page.getByLabel('Sort by').selectOption('project');
  await expect(page).toHaveURL(/q=go.*sort=project|sort=project.*q=go/);
  await waitForQuery(page, 'go');
  const url = page.url();
  const count = await resultCount(page).textContent();
  const titles = await resultTitles(page).allTextContents();
  expect(titles.length).toBeGreaterThan(0);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await waitForQuery(other, 'go');
  await expect(resultCount(other)).toHaveText(count!);
  expect(await resultTitles(other).allTextContents()).toEqual(titles);
  await expect(other.getByRole('searchbox', { name: 'Search ideas' })).toHaveValue('go');
  await expect(other.getByLabel('Sort by')).toHaveValue('project');
  await expect(await facetOption(other, 'Skills', 'Prometheus')).toBeChecked();
  await fresh.close();
});

test('back and forward restore the exact view', async ({ page }) => {
  await page.goto('/');
  await waitForResults(page);
  const project = (name: string) => facetOption(page, 'Project', name);
  const thanos = ideasText(countIdeas((i) => i.project === 'Thanos'));
  const both = ideasText(countIdeas((i) => i.project === 'Thanos' || i.project === 'Volcano'));
  await (await project('Thanos')).check();
  await expect(resultCount(page)).toHaveText(thanos);
  await (await project('Volcano')).check();
  await expect(resultCount(page)).toHaveText(both);
  await page.goBack();
  await expect(resultCount(page)).toHaveText(thanos);
  await expect(await project('Volcano')).not.toBeChecked();
  await page.goForward();
  await expect(resultCount(page)).toHaveText(both);
  await expect(await project('Volcano')).toBeChecked();
});

test('an idea merged with its entry in a list of accepted projects names both places upstream', async ({ page }) => {
  const idea = builtIndex().ideas.find((i) => i.acceptedSource && i.acceptedSource.file !== i.source.file)!;
  await page.goto(`/ideas/${encodeURIComponent(idea.id)}`);
  // Opened directly, the page waits for the cards, as every first visit does.
  await expect(page.getByRole('link', { name: 'View source' })).toHaveAttribute(
    'href',
    `${upstreamFileUrl(builtIndex().upstream, idea.source.file)}#L${idea.source.line}`,
    { timeout: LOAD_TIMEOUT },
  );
  const accepted = page.getByRole('link', { name: 'Listed as accepted' });
  await expect(accepted).toHaveAttribute('href', `${upstreamFileUrl(builtIndex().upstream, idea.acceptedSource!.file)}#L${idea.acceptedSource!.line}`);
  await expect(page.locator('article footer')).toContainText(`${idea.acceptedSource!.file}, line ${idea.acceptedSource!.line}`);
});

test('an idea whose mentors line names only a team shows that line as its mentors, once', async ({ page }) => {
  const idea = builtIndex().ideas.find((i) => i.mentors.length === 0 && i.extra?.[MENTORS_AS_WRITTEN])!;
  await page.goto(`/ideas/${encodeURIComponent(idea.id)}`);
  const mentors = page.locator('dt', { hasText: /^Mentors$/ });
  await expect(mentors).toHaveCount(1, { timeout: LOAD_TIMEOUT });
  await expect(mentors.locator('xpath=following-sibling::dd[1]')).toHaveText(idea.extra![MENTORS_AS_WRITTEN]!);
  await expect(page.getByText('Not listed')).toHaveCount(0);
});

test('opening an idea and going back returns to the same list and scroll position', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto('/?skills=Go');
  await waitForResults(page);
  const link = resultTitles(page).nth(8);
  await link.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(300);
  const title = await link.textContent();
  const idea = ideaById(decodeURIComponent((await link.getAttribute('href'))!.replace(/^.*\/ideas\//, '')));
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
  await expect(page.getByRole('link', { name: 'View source' })).toHaveAttribute(
    'href',
    `${upstreamFileUrl(builtIndex().upstream, idea.source.file)}#L${idea.source.line}`,
  );
  expect(builtIndex().upstream.repository).toBe('https://github.com/cncf/mentoring');
  await page.getByRole('link', { name: '← Back to results' }).click();
  await expect(page).toHaveURL(/\/\?skills=Go$/);
  await waitForResults(page);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 50);
});

test('"Back to results" on a directly opened idea links to the last list', async ({ page }) => {
  await page.goto('/ideas/lfx-2021-1--thanos--stateless-ruler');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ideaById('lfx-2021-1--thanos--stateless-ruler').title, { timeout: LOAD_TIMEOUT });
  await page.getByRole('link', { name: '← Back to results' }).click();
  await waitForResults(page);
  await expect(resultCount(page)).toHaveText(ideasText(total()));
});

test('results are real links that open in a new tab with ctrl-click', async ({ page, context }) => {
  await page.goto('/');
  await waitForResults(page);
  await expect(resultTitles(page).first()).toHaveAttribute('href', /^\/ideas\/[a-z0-9-]+$/);
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    resultTitles(page)
      .first()
      .click({ modifiers: ['ControlOrMeta'] }),
  ]);
  await popup.waitForLoadState();
  expect(popup.url()).toMatch(/\/ideas\//);
});

test('keyboard only: / focuses search, arrows move through results, Enter opens, Esc clears', async ({ page }) => {
  await page.goto('/');
  await waitForResults(page);
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search ideas' })).toBeFocused();
  await page.keyboard.type('thanos');
  // The "/" that focused the box is not typed into it.
  await expect(page.getByRole('searchbox', { name: 'Search ideas' })).toHaveValue('thanos');
  await waitForQuery(page, 'thanos');
  // Every idea of the Thanos project matches, and far from every idea does.
  const found = await shownCount(page);
  expect(found).toBeGreaterThanOrEqual(countIdeas((i) => i.project === 'Thanos'));
  expect(found).toBeLessThan(total() / 2);
  await page.keyboard.press('ArrowDown');
  await expect(resultTitles(page).nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(resultTitles(page).nth(1)).toBeFocused();
  const title = await resultTitles(page).nth(1).textContent();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
  await page.goBack();
  await waitForResults(page);
  await page.keyboard.press('/');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('searchbox', { name: 'Search ideas' })).toHaveValue('');
  await expect(resultCount(page)).toHaveText(ideasText(total()));
});

test('an unknown idea id or address gets a friendly page with a way back', async ({ page }) => {
  // An id is unknown only once every id is known: this page comes after the index has loaded.
  await page.goto('/ideas/does-not-exist');
  await expect(page.getByRole('heading', { name: 'Idea not found' })).toBeVisible({ timeout: LOAD_TIMEOUT });
  await expect(page.getByText('No idea has the id does-not-exist.')).toBeVisible();
  // An id shaped like one offers its title words as a search.
  await page.goto('/ideas/lfx-2024-3--jaeger--jaeger-v2-kubernetes-operato');
  await page.getByRole('link', { name: 'Search for “jaeger v2 kubernetes operato”' }).click({ timeout: LOAD_TIMEOUT });
  await waitForQuery(page, 'jaeger v2 kubernetes operato');
  await expect(resultTitles(page).first()).toHaveText('Jaeger v2 Kubernetes Operator');
  await page.goto('/ideas/does-not-exist');
  await expect(page.getByRole('heading', { name: 'Idea not found' })).toBeVisible({ timeout: LOAD_TIMEOUT });
  await page.getByRole('link', { name: 'Search all ideas' }).click();
  await waitForResults(page);

  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Search all ideas' }).click();
  await waitForResults(page);
});

test('an unknown address says so while the ideas are still loading, and stays as it is when they arrive', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/app-data/cards.json', async (route) => {
    await held;
    await route.continue();
  });
  // Past a page's own address too (the router matches the idea page's route, then nothing).
  await page.goto('/ideas/some-idea/extra');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  // The page stays as it is when the ideas arrive: focus is not lost.
  const back = page.getByRole('link', { name: 'Search all ideas' });
  await back.focus();
  release();
  await expect(page.locator('#first-screen')).toHaveCount(0, { timeout: LOAD_TIMEOUT });
  await expect(back).toBeFocused();
  await back.press('Enter');
  await waitForResults(page);
});

test('a failed index fetch shows a retryable error', async ({ page }) => {
  let fail = true;
  await page.route('**/app-data/cards.json', (route) => (fail ? route.abort() : route.continue()));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('could not be downloaded');
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await waitForResults(page);
});

/** Waits until the page knows where keystrokes are answered (LOAD_MARKS.keystrokesReady), and says where. */
async function keystrokesAnsweredBy(page: Page): Promise<string> {
  const mark = await page.waitForFunction(
    (name) => (performance.getEntriesByName(name)[0] as PerformanceMark | undefined)?.detail as string | undefined,
    LOAD_MARKS.keystrokesReady,
    { timeout: LOAD_TIMEOUT },
  );
  return (await mark.jsonValue())!;
}

/** Records, as each letter's input event reaches the document, what the results line says then. */
async function recordStatusAtInput(page: Page) {
  await page.evaluate(() => {
    const seen: Record<string, string> = {};
    (window as unknown as { statusAtInput: Record<string, string> }).statusAtInput = seen;
    document.addEventListener('input', (event) => {
      const status = [...document.querySelectorAll('[role=status]')].find((el) => /^[\d,]+ ideas?\b/.test(el.textContent ?? ''));
      seen[(event.target as HTMLInputElement).value] = status?.textContent ?? '';
    });
  });
}
const statusAtInput = (page: Page) => page.evaluate(() => (window as unknown as { statusAtInput: Record<string, string> }).statusAtInput);

test('once the descriptions are indexed, a keystroke is answered on the page: its results are rendered with the letter itself', async ({ page, browser }) => {
  const snapshotCode: string[] = [];
  page.on('request', (request) => request.url().includes('/postings-snapshot-') && snapshotCode.push(request.url()));
  await page.goto('/');
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, LOAD_MARKS.searchReady, { timeout: LOAD_TIMEOUT });
  // A visit that does not search does not take the postings over: the search box's focus asks for them.
  await page.waitForTimeout(500);
  expect(snapshotCode).toEqual([]);
  const box = page.getByRole('searchbox', { name: 'Search ideas' });
  await box.focus();
  expect(await keystrokesAnsweredBy(page)).toBe('page');
  expect(snapshotCode).toHaveLength(1);
  await recordStatusAtInput(page);
  for (const letter of 'kube') await page.keyboard.type(letter, { delay: 50 });
  await waitForQuery(page, 'kube');
  // Answered by the worker, the results line would still name the letters before (the worker's
  // answer is a task of its own, after the input event). "ku" is too short for a prefix: the page
  // keeps the list it has (KeptList), so it is not checked here.
  const seen = await statusAtInput(page);
  expect(seen['k']).toMatch(/for “k”/);
  expect(seen['kub']).toMatch(/for “kub”/);
  expect(seen['kube']).toMatch(/for “kube”/);
  // The same answers as the worker gives: the address loaded with the page's search code held back,
  // in a fresh context (here the service worker, which routing does not see, would serve that code).
  await expect(resultCards(page)).toHaveCount(PAGE_SIZE);
  const onPage = await resultTitles(page).allTextContents();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.route('**/assets/postings-snapshot-*.js', (route) => route.abort());
  await other.goto(new URL('?q=kube', page.url()).href);
  await other.getByRole('searchbox', { name: 'Search ideas' }).focus();
  expect(await keystrokesAnsweredBy(other)).toBe('worker');
  await waitForQuery(other, 'kube');
  await expect(resultCards(other)).toHaveCount(PAGE_SIZE);
  expect(await resultTitles(other).allTextContents()).toEqual(onPage);
  await fresh.close();
});

test('when the page cannot take over search (its code fails to load), the worker answers keystrokes as before', async ({ page }) => {
  const errors = trackErrors(page);
  await page.route('**/assets/postings-snapshot-*.js', (route) => route.abort());
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search ideas' }).focus();
  expect(await keystrokesAnsweredBy(page)).toBe('worker');
  await recordStatusAtInput(page);
  await page.getByRole('searchbox', { name: 'Search ideas' }).fill('prometeus');
  await waitForQuery(page, 'prometeus');
  await expect(resultTitles(page).first()).toContainText('Prometheus');
  // The answer came from the worker, after the input event.
  expect((await statusAtInput(page))['prometeus']).not.toMatch(/for “prometeus”/);
  expect(errors).toEqual([]);
});

test('without a working search worker the app loads and searches on the page', async ({ page }) => {
  const errors = trackErrors(page);
  let workerRequests = 0;
  await page.route('**/assets/index.worker-*.js', (route) => {
    workerRequests++;
    return route.abort();
  });
  await page.goto('/');
  await expect(resultCount(page)).toHaveText(ideasText(total()), { timeout: LOAD_TIMEOUT });
  await page.getByRole('searchbox', { name: 'Search ideas' }).fill('prometeus');
  await waitForQuery(page, 'prometeus');
  expect(await shownCount(page)).toBeGreaterThan(0);
  expect(await shownCount(page)).toBeLessThan(total());
  await expect(resultTitles(page).first()).toContainText('Prometheus');
  expect(workerRequests).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

for (const worker of [true, false]) {
  test(`a card's snippet opens on the idea's text, not on its section label (${worker ? 'search worker' : 'no worker'})`, async ({ page }) => {
    let workerRequests = 0;
    if (!worker)
      await page.route('**/assets/index.worker-*.js', (route) => {
        workerRequests++;
        return route.abort();
      });
    // Its description begins with a "Background" line.
    const id = 'lfx-2026-3--kubeflow--abstracting-pod-lifecycle-diagnostics-for-kubeflow-pipelines';
    await page.goto('/?q=pod+lifecycle+diagnostics+kubeflow');
    await waitForQuery(page, 'pod lifecycle diagnostics kubeflow');
    await expect(page.locator(`#results > li[data-idea-id="${id}"] [data-snippet]`)).toHaveText(/^Kubeflow Pipelines \(KFP\) is an orchestrator/);
    if (!worker) expect(workerRequests).toBeGreaterThan(0);
  });
}

test('data with an unknown schemaVersion is refused with a message', async ({ page }) => {
  await serveCards(page, { schemaVersion: 99, ideas: [] });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('schema version 99');
});

test('data of another schema version (the whole index, say) is refused, naming both versions', async ({ page }) => {
  await serveCards(page, { schemaVersion: SCHEMA_VERSION, ideas: [] });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Ideas could not be loaded');
  await expect(page.getByRole('alert')).toContainText(`schema version ${SCHEMA_VERSION}; this app reads version ${APP_DATA_VERSION}`);
  expect(APP_DATA_VERSION).not.toBe(SCHEMA_VERSION);
  await expect(resultCount(page)).toHaveCount(0);
});

test('hostile URLs end in a sane view and never execute anything', async ({ page }) => {
  // Thirteen full loads of the whole-corpus index, each up to LOAD_TIMEOUT on a busy machine:
  // more than one test's share of time (test.slow's 3x was not always enough on CI).
  test.setTimeout(13 * LOAD_TIMEOUT);
  const errors = trackErrors(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const hostile = [
    '/?q=2024',
    '/?q=662E41',
    '/?q=%7B%22a%22%3A1%7D&skills=%5B%22Go%22%5D',
    '/?skills=Go&skills=Rust&q=a&q=b',
    '/?__proto__=x&constructor=y&q=__proto__',
    '/?q=%E0%A4%A&skills=%ZZ',
    '/?q=<img src=x onerror=alert(1)>&skills=<script>alert(1)</script>',
    '/?sort=javascript:alert(1)&page=-1',
    '/?mentor=nobody-at-all',
  ];
  for (const url of hostile) {
    await page.goto(url);
    await waitForResults(page);
  }
  // A 200 KB value never reaches a static server (HTTP 431), but can arrive through history.
  await page.evaluate(() => {
    history.pushState({}, '', `/?q=${'x'.repeat(200_000)}&skills=${'Go,'.repeat(50_000)}`);
    dispatchEvent(new PopStateEvent('popstate'));
  });
  // Reading a 200 KB address and searching for its query can take more than a few seconds on a busy machine.
  await expect(resultCount(page)).toHaveText(/^0 ideas/, { timeout: LOAD_TIMEOUT });
  await expect(page.getByRole('searchbox', { name: 'Search ideas' })).toHaveValue('x'.repeat(200));
  await page.goto('/?q=2024');
  await expect(page.getByRole('searchbox', { name: 'Search ideas' })).toHaveValue('2024', { timeout: LOAD_TIMEOUT });
  await page.goto('/?q=662E41');
  await expect(page.getByRole('searchbox', { name: 'Search ideas' })).toHaveValue('662E41', { timeout: LOAD_TIMEOUT });
  await page.goto('/?mentor=nobody-at-all');
  await expect(page.getByRole('button', { name: /Remove filter Mentors: nobody-at-all/ })).toContainText('(unknown)', { timeout: LOAD_TIMEOUT });
  expect(errors).toEqual([]);
  expect(dialogs).toBe(0);
});

test('the built page has a CSP, and its one inline script is page-init.js, allowed by its hash', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  expect(policy).toMatch(/script-src 'self' 'sha256-[\w+/=]+'[^;]*;.*object-src 'none'.*base-uri 'none'/);
  expect(/script-src ([^;]*)/.exec(policy)![1]).not.toContain('unsafe-inline');
  // Inline: no src (page-init.js's tag carries the list of the app's scripts it requests).
  const inline = [...html.matchAll(/<script((?: [\w-]+="[^"]*")*)>([\s\S]*?)<\/script>/g)].filter((m) => !/ src=/.test(m[1]!)).map((m) => m[2]!);
  // As the build writes it: with LF line endings, whatever the checkout's.
  expect(inline).toEqual([readFileSync(new URL('../../public/page-init.js', import.meta.url), 'utf8').replace(/\r\n?/g, '\n')]);
  expect(policy).toContain(`'sha256-${createHash('sha256').update(inline[0]!).digest('base64')}'`);
  for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) {
    if (!script.includes(inline[0]!)) expect(script).toMatch(/^<script[^>]*\ssrc="[^"]+"[^>]*><\/script>$/);
  }
});

test('the site works under a base path and deep links survive a reload', async ({ page }) => {
  const errors = trackErrors(page);
  const base = BASE_SITE_UNDER_TEST;
  await page.goto(`${base}?skills=Rust`);
  await waitForResults(page);
  await resultTitles(page).first().click();
  await expect(page).toHaveURL(new RegExp(`${BASE_PATH_UNDER_TEST}ideas/`));
  await page.reload();
  // Loaded again from the network: the app's code, then the idea's term (as its sibling in static-hosting.spec.ts).
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: LOAD_TIMEOUT });
  await expect(page.getByRole('link', { name: 'View source' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('theme choice is remembered, and form controls follow it against the system’s', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await waitForResults(page);
  // Checkboxes and scrollbars are drawn by the browser from color-scheme, not from the page's class.
  const controlsScheme = () =>
    page
      .getByRole('checkbox')
      .first()
      .evaluate((box) => getComputedStyle(box).colorScheme);
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveClass(/dark/);
  expect(await controlsScheme()).toBe('dark');
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  expect(await controlsScheme()).toBe('dark');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByLabel('Theme').selectOption('light');
  expect(await controlsScheme()).toBe('light');
});

test('the theme select says what it is: the word on a wide screen, a half-dark circle on a phone, where the word does not fit', async ({ page }) => {
  await page.goto('/');
  const label = page.locator('label').filter({ has: page.getByLabel('Theme') });
  await expect(label.getByText('Theme', { exact: true })).toBeVisible();
  await expect(label.locator('svg')).toBeHidden();
  await page.setViewportSize({ width: 390, height: 700 });
  await expect(label.getByText('Theme', { exact: true })).not.toBeInViewport();
  await expect(label.locator('svg')).toBeVisible();
  // Beside the select, on the same line.
  const icon = (await label.locator('svg').boundingBox())!;
  const select = (await page.getByLabel('Theme').boundingBox())!;
  expect(Math.abs(icon.y + icon.height / 2 - (select.y + select.height / 2))).toBeLessThan(4);
  expect(icon.x).toBeLessThan(select.x);
});

test('credits the idea authors', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('contentinfo')).toContainText('Ideas: CNCF mentoring contributors, CC BY 4.0');
  await expect(page.getByRole('link', { name: 'CNCF mentoring contributors' })).toHaveAttribute('href', 'https://github.com/cncf/mentoring');
});

test('on a phone, a long project name with a highlighted word wraps as one line of text, not as columns', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/?q=kuma');
  await waitForQuery(page, 'kuma');
  const link = page.getByRole('article').getByRole('link', { name: 'Open Service Mesh, Kuma and Service Mesh Interface' }).first();
  await expect(link.locator('mark')).toHaveText(/kuma/i);
  const lines = await link.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const top = Math.min(...rects.map((r) => r.top));
    const left = element.getBoundingClientRect().left;
    // Every line after the first starts at the name's left edge, as text does; a column beside another would not.
    return { wrapped: rects.filter((r) => r.top > top + 2).map((r) => Math.round(r.left - left)) };
  });
  expect(lines.wrapped.length).toBeGreaterThan(0);
  expect(lines.wrapped.every((offset) => Math.abs(offset) <= 1)).toBe(true);
});

test('when nothing matches, the advice names only what was set, and facets with nothing to offer step aside', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?q=zzzzqqqq');
  await waitForQuery(page, 'zzzzqqqq');
  await expect(page.getByText('No ideas match.')).toBeVisible();
  await expect(page.getByText('Try fewer words, or check the spelling.')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Skills' })).toHaveCount(0);
  await expect(page.getByText('No idea is listed, so there is nothing to narrow down.')).toBeVisible();

  // A value chosen keeps its facet, so it can be unticked there.
  await page.goto('/?q=zzzzqqqq&skills=Go');
  await waitForQuery(page, 'zzzzqqqq');
  await expect(page.getByText('Try fewer words, check the spelling, or remove a filter.')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Skills' }).getByRole('checkbox', { name: /^Go\b/ })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Mentors' })).toHaveCount(0);
});
