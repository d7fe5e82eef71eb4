import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from '@playwright/test';
import { Ajv } from 'ajv';
import { BASE_SITE_UNDER_TEST } from '../../playwright.config.ts';
import { FEED_MIN_ENTRIES } from '../../src/ingest/emit/atom-feeds.ts';
import { feedPath, feedSkills, skillFeedSlug } from '../../src/model/feeds.ts';
import { SCHEMA_VERSION } from '../../src/model/idea-index.ts';
import { projectPageSlug } from '../../src/model/page-slugs.ts';
import { builtIndex, expectNoAxeViolations, ideaById, waitForResults } from './helpers.ts';

/** The built site's feeds and data files (`npm run build`), as a reader or a script fetches them. */
const RULER = 'lfx-2021-1--thanos--stateless-ruler';

test('the home page announces the all-ideas feed and links it visibly', async ({ page, request }) => {
  await page.goto('/');
  await waitForResults(page);
  const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(alternate).toHaveAttribute('href', '/feeds/ideas.xml');
  const subscribe = page.getByRole('link', { name: 'Subscribe to all ideas (Atom feed)' });
  await expect(subscribe).toHaveText('Subscribe');
  await expect(subscribe).toHaveAttribute('href', '/feeds/ideas.xml');
  await expectNoAxeViolations(page, 'footer');

  const response = await request.get('/feeds/ideas.xml');
  expect(response.status()).toBe(200);
  const feed = parseFeed(await response.text());
  // The newest terms' ideas, not every year's.
  const ideas = builtIndex().ideas;
  expect(feed.items.length).toBeGreaterThanOrEqual(FEED_MIN_ENTRIES);
  expect(feed.items.length).toBeLessThan(ideas.length);
  const newest = ideas.reduce((a, b) => (b.termOrder > a.termOrder ? b : a));
  const entry = feed.items.find((i) => i.id === `urn:mentorship-ideas:idea:${newest.id}`)!;
  expect(entry.title).toBe(`${newest.project}: ${newest.title}`);
});

test('a feed entry links to its idea page', async ({ page, request }) => {
  // The base-path build, made with SITE_URL set to its server as the deploy workflow sets it.
  const feed = parseFeed(await (await request.get(`${BASE_SITE_UNDER_TEST}${feedPath('project', 'thanos')}`)).text());
  expect(feed.self).toBe(`${BASE_SITE_UNDER_TEST}feeds/projects/thanos.xml`);
  const entry = feed.items.find((i) => i.id === `urn:mentorship-ideas:idea:${RULER}`)!;
  expect(entry.url).toBe(`${BASE_SITE_UNDER_TEST}ideas/${RULER}`);
  await page.goto(entry.url!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ideaById(RULER).title, { timeout: 20_000 });
});

test('the build writes a feed per project and per most common skill', async ({ request }) => {
  const index = builtIndex();
  const projects = [...new Set(index.ideas.map(projectPageSlug))];
  const skills = feedSkills(index.facets.skills);
  expect(skills).toHaveLength(50);
  for (const path of [...projects.map((p) => feedPath('project', p)), ...skills.map((s) => feedPath('skill', skillFeedSlug(s)))]) {
    const response = await request.head(`/${path}`);
    expect(response.status(), path).toBe(200);
  }
  const go = parseFeed(await (await request.get(`/${feedPath('skill', 'go')}`)).text());
  expect(go.items.length).toBeGreaterThanOrEqual(FEED_MIN_ENTRIES);
  expect(go.items.every((item) => item.categories.some((c) => c.term === 'Go'))).toBe(true);
});

test('the published JSON Schema validates the published index', async ({ request }) => {
  const schemaResponse = await request.get(`/schema/ideas-index.v${SCHEMA_VERSION}.json`);
  expect(schemaResponse.status()).toBe(200);
  const schema = (await schemaResponse.json()) as Record<string, unknown>;
  expect(schema.$id).toMatch(new RegExp(`/schema/ideas-index\\.v${SCHEMA_VERSION}\\.json$`));
  const validate = new Ajv({ allErrors: true }).compile(schema);
  const index = await (await request.get('/ideas-index.json')).json();
  expect(validate(index), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
});

test('the CSV export has a row per idea and is linked from every page', async ({ page, request }) => {
  const csv = await (await request.get('/ideas.csv')).text();
  // Rows are counted by their first column: a quoted field may span lines, but an id (a slug) never needs quoting.
  expect(csv.startsWith('id,title,project,program,year,term,status,skills,mentors,size,difficulty,idea_url,source_url\r\n')).toBe(true);
  const ids = new Set(builtIndex().ideas.map((i) => i.id));
  const rowIds = csv
    .split('\r\n')
    .map((line) => line.split(',')[0]!)
    .filter((id) => ids.has(id));
  expect(new Set(rowIds).size).toBe(ids.size);
  await page.goto(`/ideas/${RULER}`);
  await expect(page.getByRole('link', { name: 'All ideas as CSV' })).toHaveAttribute('href', '/ideas.csv');
});

test('robots.txt lets crawlers in, and filtered searches behind skill links are not followed', async ({ page, request }) => {
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/^User-agent: \*\nAllow: \/$/m);
  await page.goto('/');
  await waitForResults(page);
  const skill = page.locator('#results').getByRole('list', { name: 'Skills' }).getByRole('link').first();
  await expect(skill).toHaveAttribute('rel', 'nofollow');
  await expect(skill).toHaveAttribute('href', /^\/\?skills=/);
});
