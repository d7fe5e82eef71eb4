import { expect, type Page, test } from '@playwright/test';
import { builtIndex, ideaById, LOAD_TIMEOUT, serveIndex, trackErrors } from './helpers.ts';

/**
 * Ids published once keep resolving (`index.redirects`: old id → current id). The built index may
 * have no redirect yet, so these tests serve it with one added: an id that never existed, pointing
 * at an idea the index has.
 */
const KEY = 'mentorship-ideas:shortlist';
const OLD = 'lfx-2021-1--old-project--stateless-ruler';
const NEW = 'lfx-2021-1--thanos--stateless-ruler';
const OTHER = 'lfx-2021-1--tikv--implement-jepsen-test-for-tikv';

async function serveWithRedirects(page: Page, redirects: Record<string, string>) {
  const index = builtIndex();
  expect(index.ideas.some((i) => i.id === OLD)).toBe(false);
  await serveIndex(page, { ...index, redirects: { ...index.redirects, ...redirects } });
}

test('an idea page opened by an old id replaces the address with the current id and shows the idea', async ({ page }) => {
  const errors = trackErrors(page);
  await serveWithRedirects(page, { [OLD]: NEW });
  await page.goto('/shortlist');
  await page.goto(`/ideas/${OLD}`);
  await expect(page).toHaveURL(new RegExp(`/ideas/${NEW}$`), { timeout: LOAD_TIMEOUT });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ideaById(NEW).title);
  await expect(page.getByRole('link', { name: 'View source' })).toBeVisible();
  // The old address was replaced, not kept in history.
  await page.goBack();
  await expect(page).toHaveURL(/\/shortlist$/);
  expect(errors).toEqual([]);
});

test('ids in neither the index nor its redirects, or caught in a redirect cycle, stay not found', async ({ page }) => {
  const errors = trackErrors(page);
  await serveWithRedirects(page, { 'lfx-2021-1--loop--a': 'lfx-2021-1--loop--b', 'lfx-2021-1--loop--b': 'lfx-2021-1--loop--a' });
  await page.goto('/ideas/lfx-2021-1--loop--a');
  await expect(page.getByRole('heading', { name: 'Idea not found' })).toBeVisible({ timeout: LOAD_TIMEOUT });
  await expect(page).toHaveURL(/\/ideas\/lfx-2021-1--loop--a$/);
  await page.goto('/ideas/lfx-2021-1--nowhere--nothing');
  await expect(page.getByRole('heading', { name: 'Idea not found' })).toBeVisible({ timeout: LOAD_TIMEOUT });
  expect(errors).toEqual([]);
});

test('a saved shortlist holding an old id shows the current idea and is rewritten with the new id', async ({ page }) => {
  await serveWithRedirects(page, { [OLD]: NEW });
  await page.addInitScript(
    ([key, old, other]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(
        key!,
        JSON.stringify({
          version: 2,
          items: [
            { id: old, addedAt: '2025-02-03T00:00:00.000Z', note: 'my note on the ruler', title: 'Old ruler title', project: 'Old project', term: 'x' },
            { id: other, addedAt: '2025-02-04T00:00:00.000Z', note: '', title: 'Jepsen', project: 'TiKV', term: 'x' },
          ],
        }),
      );
    },
    [KEY, OLD, OTHER],
  );
  await page.goto('/shortlist');
  const heading = page.getByRole('heading', { level: 2 });
  await expect(heading).toHaveText([ideaById(NEW).title, ideaById(OTHER).title], { timeout: LOAD_TIMEOUT });
  await expect(heading.first().getByRole('link')).toHaveAttribute('href', `/ideas/${NEW}`);
  await expect(page.getByText('No longer listed')).toHaveCount(0);
  await expect(page.getByLabel('Your note').first()).toHaveValue('my note on the ruler');
  const stored = () =>
    page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}') as { items?: { id: string; note: string; addedAt: string }[] }, KEY);
  await expect.poll(async () => (await stored()).items?.map((i) => i.id)).toEqual([NEW, OTHER]);
  expect((await stored()).items?.[0]).toMatchObject({ note: 'my note on the ruler', addedAt: '2025-02-03T00:00:00.000Z' });
  // The idea's own Save button knows it is saved.
  await page.goto(`/ideas/${NEW}`);
  await expect(page.getByRole('button', { name: `Saved to shortlist: ${ideaById(NEW).title}` })).toHaveAttribute('aria-pressed', 'true', {
    timeout: LOAD_TIMEOUT,
  });
  await expect(page.getByRole('link', { name: 'Shortlist (2)' })).toBeVisible();
});

test('a shared link with an old id shows and adds the current idea', async ({ page }) => {
  await serveWithRedirects(page, { [OLD]: NEW });
  await page.goto(`/shortlist?ids=${OLD},${OTHER}`);
  await expect(page.getByRole('heading', { name: 'Shared shortlist' })).toBeVisible({ timeout: LOAD_TIMEOUT });
  await expect(page.getByRole('link', { name: ideaById(NEW).title })).toHaveAttribute('href', `/ideas/${NEW}`);
  await expect(page.getByText('Unknown idea')).toHaveCount(0);
  await page.getByRole('button', { name: 'Add all to my shortlist' }).click();
  await expect(page.getByText('Added 2 ideas to your shortlist.')).toBeVisible();
  await expect
    .poll(() => page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { items?: { id: string }[] }).items?.map((i) => i.id), KEY))
    .toEqual([NEW, OTHER]);
});

test('redirects the built index has: each old id opens its current idea', async ({ page }) => {
  const ids = new Set(builtIndex().ideas.map((i) => i.id));
  const pair = Object.entries(builtIndex().redirects).find(([, current]) => ids.has(current));
  test.skip(!pair, 'the built index has no redirects yet; the tests above add one');
  const [old, current] = pair!;
  await page.goto(`/ideas/${old}`);
  await expect(page).toHaveURL(new RegExp(`/ideas/${current}$`), { timeout: LOAD_TIMEOUT });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ideaById(current).title);
});
