import { createHash } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { BASE_PATH_UNDER_TEST, BASE_SITE_UNDER_TEST } from '../../playwright.config.ts';
import type { IdeaIndex } from '../../src/model/idea-index.ts';
import { withoutFirstScreen } from '../../src/prerender/first-screen-markup.ts';
import {
  builtIndex,
  facetOption,
  ideasText,
  LOAD_TIMEOUT,
  resultCount,
  resultTitles,
  serveIndex,
  trackErrors,
  waitForQuery,
  waitForResults,
} from './helpers.ts';

/**
 * Installable and offline (README: Install and offline). Service workers and their network (which
 * Playwright routes and takes offline in Chromium, context-wide) are real here: after one visit the
 * app works without a network, and a changed index is announced on the next visit online.
 */

const notice = (page: Page) => page.getByRole('status').filter({ hasText: /^Updated: / });

test('the site has a web app manifest with SVG icons, and theme colours for light and dark', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(href!)).json()) as Record<string, unknown>;
  expect(manifest).toMatchObject({ name: 'Mentorship Ideas', start_url: '/', scope: '/', display: 'standalone' });
  expect(manifest.icons).toEqual(
    expect.arrayContaining([expect.objectContaining({ sizes: 'any', purpose: 'any' }), expect.objectContaining({ purpose: 'maskable' })]),
  );
  for (const icon of manifest.icons as { src: string }[]) expect((await request.get(icon.src)).ok(), icon.src).toBe(true);
  await expect(page.locator('meta[name="theme-color"][media="(prefers-color-scheme: dark)"]')).toHaveCount(1);
  await expect(page.locator('meta[name="theme-color"][media="(prefers-color-scheme: light)"]')).toHaveCount(1);
});

test("the service worker versions index.html without its first screen, so a new day's data is not a new app that reloads open tabs", async ({ request }) => {
  const sw = await (await request.get('/sw.js')).text();
  const revision = /url:"index\.html",revision:"([0-9a-f]+)"/.exec(sw)?.[1];
  const html = await (await request.get('/')).text();
  expect(html).toContain('<div id="first-screen">');
  const md5 = (text: string) => createHash('md5').update(text).digest('hex');
  expect(revision).toBe(md5(withoutFirstScreen(html)));
  expect(revision).not.toBe(md5(html));
});

test('the service worker precaches no stylesheet: the page carries its own, and no file of it is left in the site', async ({ request }) => {
  const sw = await (await request.get('/sw.js')).text();
  expect(sw).toMatch(/url:"index\.html"/);
  expect(sw).not.toMatch(/\.css"/);
});

test('after one visit, the list, search, facets, idea pages and the shortlist work offline; a new index is announced on the next visit', async ({
  page,
  context,
}) => {
  // About ten page loads, each loading the whole index: more than the default minute on a busy machine.
  test.setTimeout(150_000);
  const errors = trackErrors(page);
  // The worker is registered from app code: nothing may trip the CSP (no inline script).
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  const index = builtIndex();
  await page.goto('/');
  await waitForResults(page);
  // The first page load was not yet controlled by the new worker (its index request went past it):
  // once it is active, load once more through it, which also caches the index.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await waitForResults(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
  // Answered by the service worker, the page does not show the build's first screen (its copy may be older).
  await expect(page.locator('html')).toHaveAttribute('data-first-screen', 'off');
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.open('idea-cards')).keys()).map((r) => new URL(r.url).pathname)))
    .toEqual(['/app-data/cards.json']);
  // The descriptions are kept too (their name changes with their content).
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.open('idea-text-and-details')).keys()).map((r) => new URL(r.url).pathname)))
    .toEqual([expect.stringMatching(/^\/app-data\/text\.[0-9a-f]{10}\.json$/)]);
  // First visit: nothing to compare with, so no notice.
  await expect(notice(page)).toHaveCount(0);
  // An idea page opened online: its term's details are kept for offline reading.
  const project = index.ideas.find((i) => i.project === 'Thanos')!;
  await page.goto(`/ideas/${project.id}`);
  await expect(page.locator('.prose-idea').first()).not.toBeEmpty({ timeout: LOAD_TIMEOUT });

  await context.setOffline(true);
  await page.goto('/');
  await waitForResults(page);
  await expect(resultCount(page)).toHaveText(ideasText(index.ideas.length));
  await page.getByRole('searchbox', { name: 'Search ideas' }).fill('prometeus');
  await waitForQuery(page, 'prometeus');
  await (await facetOption(page, 'Project', 'Prometheus')).check();
  await expect(resultCount(page)).toContainText(`for “prometeus”`);
  const first = resultTitles(page).first();
  const title = (await first.innerText()).trim();
  await first.click();
  await expect(page).toHaveURL(/\/ideas\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const opened = index.ideas.find((i) => page.url().endsWith(`/ideas/${i.id}`))!;
  if (opened.termKey !== project.termKey) {
    // Its term's details were never fetched online: the page says so, and offers to try again.
    await expect(page.getByRole('alert')).toContainText('The description could not be loaded.');
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  }
  await page.getByRole('button', { name: `Save to shortlist: ${title}` }).click();
  // Deep links are app routes: the worker answers them with the cached app.
  await page.goto('/shortlist');
  await expect(page.getByRole('heading', { level: 1, name: 'Your shortlist' })).toBeVisible({ timeout: LOAD_TIMEOUT });
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([title]);
  await page.goto(`/ideas/${project.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(project.title, { timeout: LOAD_TIMEOUT });
  await expect(page.getByRole('region', { name: 'Description' })).toContainText(project.description.text.split(/\s+/).slice(0, 4).join(' '));
  // Pages whose code loads on demand are precached too.
  await page.goto(`/projects/${project.projectSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thanos', { timeout: LOAD_TIMEOUT });
  await page.goto('/stats');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentorships in numbers', { timeout: LOAD_TIMEOUT });
  await expect(notice(page)).toHaveCount(0);

  // Back online, the host now serves a newer index with two more ideas (and one fewer).
  const [a, b] = index.ideas;
  const changed: IdeaIndex = {
    ...index,
    generatedAt: new Date(Date.parse(index.generatedAt) + 86_400_000).toISOString(),
    ideas: [...index.ideas.slice(1), { ...a!, id: `${a!.id}--offline-new-1` }, { ...b!, id: `${b!.id}--offline-new-2` }],
  };
  await serveIndex(context, changed);
  await context.setOffline(false);
  await page.goto('/');
  await waitForResults(page);
  await expect(notice(page)).toHaveText('Updated: 2 new ideas');
  await expect(resultCount(page)).toHaveText(ideasText(changed.ideas.length));
  // Not yet dismissed, it survives a reload (a new app version's service worker reloads the page).
  await page.reload();
  await waitForResults(page);
  await expect(notice(page)).toHaveText('Updated: 2 new ideas');
  // Quiet and dismissible; the next visit with the same index says nothing.
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice(page)).toHaveCount(0);
  await page.reload();
  await waitForResults(page);
  await expect(resultCount(page)).toHaveText(ideasText(changed.ideas.length));
  await expect(notice(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('under a base path the worker, its scope and the manifest follow it, and deep links open offline', async ({ page, context, request }) => {
  const errors = trackErrors(page);
  await page.goto(BASE_SITE_UNDER_TEST);
  await waitForResults(page);
  const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.scope));
  expect(new URL(scope).pathname).toBe(BASE_PATH_UNDER_TEST);
  const manifest = (await (await request.get(`${BASE_SITE_UNDER_TEST}manifest.webmanifest`)).json()) as Record<string, unknown>;
  expect(manifest).toMatchObject({ start_url: BASE_PATH_UNDER_TEST, scope: BASE_PATH_UNDER_TEST });
  await page.reload();
  await waitForResults(page);
  await context.setOffline(true);
  // The static server has no such file (it would answer 404.html); offline, the worker answers with the app.
  const idea = builtIndex().ideas.find((i) => i.project === 'Jaeger') ?? builtIndex().ideas[0]!;
  await page.goto(`${BASE_SITE_UNDER_TEST}ideas/${idea.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(idea.title, { timeout: LOAD_TIMEOUT });
  expect(errors).toEqual([]);
});
