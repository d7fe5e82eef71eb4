import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Locator, type Page, type Route } from '@playwright/test';
import { appDataFiles } from '../../src/ingest/emit/app-data-files.ts';
import type { Idea, IdeaIndex } from '../../src/model/idea-index.ts';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/**
 * The whole default index is a few megabytes: downloading, checking and indexing it in the worker
 * takes about a second on a fast machine and several on a busy 2-core one. First results and
 * full-text answers get this long.
 */
export const LOAD_TIMEOUT = 20_000;

export async function expectNoAxeViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** The live region announcing how many ideas match. */
export const resultCount = (page: Page) => page.getByRole('status').filter({ hasText: /^[\d,]+ ideas?\b/ });

/** Waits until the index has loaded and results are shown. */
export async function waitForResults(page: Page) {
  await expect(resultCount(page)).toBeVisible({ timeout: LOAD_TIMEOUT });
}

/**
 * Waits until the results answer the query `q`, over the descriptions too: an answer from names
 * alone (the descriptions still loading, as the page says) is replaced by the full one. With
 * `namesOnly`, the first answer will do.
 */
export async function waitForQuery(page: Page, q: string, { namesOnly = false } = {}) {
  await expect(resultCount(page)).toContainText(`for “${q}”`, { timeout: LOAD_TIMEOUT });
  if (!namesOnly) {
    await expect(page.getByText('Descriptions are still loading')).toHaveCount(0, { timeout: LOAD_TIMEOUT });
    // The snippets are written one card per task after the descriptions arrive (reveal-in-turn.ts),
    // and a card whose description has no excerpt drops its placeholder: until the last one is in,
    // the page can still change height under a scroll position a test reads.
    await expect(page.locator('.card-snippet:empty')).toHaveCount(0, { timeout: LOAD_TIMEOUT });
  }
}

/** The number of matching ideas the page announces. */
export async function shownCount(page: Page): Promise<number> {
  const text = (await resultCount(page).textContent()) ?? '';
  return Number(text.match(/^([\d,]+) ideas?/)![1]!.replace(/,/g, ''));
}

export const resultTitles = (page: Page) => page.locator('a[data-result-link]');
/** Result cards of the current page. */
export const resultCards = (page: Page) => page.locator('#results > li');

/** Collects uncaught page errors so a test can assert the app never crashed. */
export function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

let built: IdeaIndex | undefined;

/** The index the site under test serves (`dist/ideas-index.json`, written by `npm run build`). */
export function builtIndex(): IdeaIndex {
  built ??= JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../dist/ideas-index.json'), 'utf8')) as IdeaIndex;
  return built;
}

/** The app's data files (cards, descriptions, details) of the built index, by path under the site. */
export function builtAppData(): Map<string, string> {
  return new Map(appDataFiles(builtIndex()).map((f) => [f.path, f.content]));
}

/**
 * Serves `index` as the site's data instead of the built one: its cards, descriptions and detail
 * shards, made as the build makes them. `hold` may delay or fail a file (by its path).
 */
export async function serveIndex(target: Page | BrowserContext, index: IdeaIndex, hold?: (path: string, route: Route) => Promise<boolean>) {
  const files = new Map(appDataFiles(index).map((f) => [f.path, f.content]));
  await target.route('**/app-data/**', async (route) => {
    const wanted = new URL(route.request().url()).pathname.replace(/^.*?\/(app-data\/)/, '$1');
    if (hold && (await hold(wanted, route))) return;
    const body = files.get(wanted);
    await (body === undefined ? route.fulfill({ status: 404, body: 'not found' }) : route.fulfill({ body, contentType: 'application/json' }));
  });
}

/** Serves raw JSON as the cards file (a foreign or broken data file). */
export const serveCards = (target: Page | BrowserContext, json: unknown) => target.route('**/app-data/cards.json', (route) => route.fulfill({ json }));

/** How many ideas of the built index satisfy `test`. */
export const countIdeas = (test: (idea: Idea) => boolean) => builtIndex().ideas.filter(test).length;

export const ideaById = (id: string): Idea => {
  const idea = builtIndex().ideas.find((i) => i.id === id);
  if (!idea) throw new Error(`the built index has no idea ${id}; rebuild with \`npm run build\``);
  return idea;
};

/** The result count as the page writes it: "1 idea", "1,322 ideas". */
export const ideasText = (n: number) => (n === 1 ? '1 idea' : `${n.toLocaleString('en')} ideas`);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The checkbox of one facet value. Long facets show only their top values, so the value is typed
 * into the facet's filter box first, as a user would.
 */
export async function facetOption(scope: Page | Locator, facet: string, value: string): Promise<Locator> {
  const group = scope.getByRole('group', { name: facet });
  const filter = group.getByRole('searchbox', { name: `Filter ${facet.toLowerCase()}` });
  if ((await filter.count()) > 0) await filter.fill(value);
  return group.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(value)}\\s*\\d+$`) });
}

/** Expects the facet value to show `count` (what selecting it would give now). */
export async function expectFacetCount(scope: Page | Locator, facet: string, value: string, count: number) {
  await expect(await facetOption(scope, facet, value)).toHaveAccessibleName(new RegExp(`^${escapeRegExp(value)}\\s*${count}$`));
}
