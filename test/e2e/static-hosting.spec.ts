import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { BASE_PATH_UNDER_TEST, BASE_SITE_UNDER_TEST } from '../../playwright.config.ts';
import { countIdeas, ideaById, ideasText, LOAD_TIMEOUT, resultCount, trackErrors, waitForResults } from './helpers.ts';

/**
 * The site as GitHub Pages serves it: under a base path, by a static server with no SPA fallback
 * (http-server, see playwright.config.ts), which answers every path it has no file for with
 * `404.html` and status 404. The app boots from that copy at any depth and shows the view the
 * address names, also after a reload.
 */
const RULER = 'lfx-2021-1--thanos--stateless-ruler';

/** Records failed requests other than the page's own document (which is a 404 by design). */
function trackFailedRequests(page: Page): string[] {
  const failed: string[] = [];
  // A request cut short by the test's own reload (the descriptions still downloading) is not a failure.
  page.on('requestfailed', (request) => request.failure()?.errorText !== 'net::ERR_ABORTED' && failed.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') failed.push(`${response.url()} ${response.status()}`);
  });
  return failed;
}

test('the test server has no SPA fallback: app paths get 404.html with status 404', async ({ request }) => {
  const index = await request.get(BASE_SITE_UNDER_TEST);
  expect(index.status()).toBe(200);
  const deep = await request.get(`${BASE_SITE_UNDER_TEST}ideas/${RULER}`);
  expect(deep.status()).toBe(404);
  // The app itself, with its assets addressed absolutely under the base path.
  const html = await deep.text();
  expect(html).toContain('<div id="root"></div>');
  expect(html).toMatch(new RegExp(`<script data-app-scripts="${BASE_PATH_UNDER_TEST}assets/index-[\\w-]+\\.js( ${BASE_PATH_UNDER_TEST}assets/[^" ]+\\.js)*">`));
});

test('an idea page opened directly and reloaded shows the idea', async ({ page }) => {
  const errors = trackErrors(page);
  const failed = trackFailedRequests(page);
  const response = await page.goto(`${BASE_SITE_UNDER_TEST}ideas/${RULER}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ideaById(RULER).title, { timeout: 20_000 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ideaById(RULER).title, { timeout: 20_000 });
  await expect(page.getByRole('link', { name: 'View source' })).toBeVisible();
  expect(page.url()).toBe(`${BASE_SITE_UNDER_TEST}ideas/${RULER}`);
  expect(errors).toEqual([]);
  expect(failed).toEqual([]);
});

test('a filtered search reloads with its filters and results', async ({ page }) => {
  const errors = trackErrors(page);
  const expected = countIdeas((i) => i.skills.includes('Rust') && i.project === 'TiKV');
  expect(expected).toBeGreaterThan(0);
  await page.goto(`${BASE_SITE_UNDER_TEST}?skills=Rust&project=TiKV`);
  await waitForResults(page);
  await expect(resultCount(page)).toHaveText(new RegExp(`^${ideasText(expected)}\\b`));
  await page.reload();
  await waitForResults(page);
  await expect(resultCount(page)).toHaveText(new RegExp(`^${ideasText(expected)}\\b`));
  await expect(page.getByRole('button', { name: /Remove filter Skills: Rust/ })).toBeVisible();
  expect(page.url()).toBe(`${BASE_SITE_UNDER_TEST}?skills=Rust&project=TiKV`);
  expect(errors).toEqual([]);
});

/** True when the built app routes `path` (route paths appear verbatim in the bundle, e.g. `/ideas/$ideaId`). */
function buildRoutes(path: string): boolean {
  const assets = resolve(import.meta.dirname, `../../dist-base${BASE_PATH_UNDER_TEST}assets`);
  return readdirSync(assets).some((f) => f.endsWith('.js') && readFileSync(resolve(assets, f), 'utf8').includes(path));
}

test('a project page opened directly and reloaded shows the project', async ({ page }) => {
  // Project pages are built on another branch; this test runs as soon as the app has them.
  test.skip(!buildRoutes('/projects/$'), 'this build has no project pages (/projects/<slug>) yet');
  const errors = trackErrors(page);
  const response = await page.goto(`${BASE_SITE_UNDER_TEST}projects/jaeger`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Jaeger', { timeout: 20_000 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Jaeger', { timeout: 20_000 });
  expect(errors).toEqual([]);
});

test('an address deep under the base path that is no page shows the app’s own not-found page', async ({ page }) => {
  const failed = trackFailedRequests(page);
  await page.goto(`${BASE_SITE_UNDER_TEST}no/such/page/here`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found', { timeout: LOAD_TIMEOUT });
  await page.getByRole('link', { name: 'Search all ideas' }).click();
  await waitForResults(page);
  expect(page.url()).toBe(BASE_SITE_UNDER_TEST);
  expect(failed).toEqual([]);
});

test('every worker tests the servers the runner started', async ({ baseURL, request }, testInfo) => {
  // Each worker evaluates playwright.config.ts again; a port chosen anew there would have no server.
  expect(baseURL).toBe(`http://localhost:${process.env.E2E_PORT}`);
  expect((await request.get('/')).status(), `worker ${testInfo.workerIndex}`).toBe(200);
  expect((await request.get(BASE_SITE_UNDER_TEST)).status(), `worker ${testInfo.workerIndex}`).toBe(200);
});
