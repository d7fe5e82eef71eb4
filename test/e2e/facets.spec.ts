import { expect, test } from '@playwright/test';
import { builtIndex, countIdeas, ideasText, LOAD_TIMEOUT, resultCount, waitForResults } from './helpers.ts';

test('excluding a value hides its ideas, shows a "not:" chip, and the chip brings them back', async ({ page }) => {
  await page.goto('/');
  await waitForResults(page);
  const skills = page.getByRole('group', { name: 'Skills' }).first();
  await skills.getByRole('searchbox', { name: 'Filter skills' }).fill('Machine Learning');
  await skills.getByRole('button', { name: 'Exclude Machine Learning' }).click();
  await expect(page).toHaveURL(/[?&]skills=-Machine(\+|%20)Learning/);
  const kept = countIdeas((i) => !i.skills.includes('Machine Learning'));
  expect(kept).toBeLessThan(builtIndex().ideas.length);
  await expect(resultCount(page)).toHaveText(ideasText(kept));
  const chip = page.getByRole('button', { name: 'Remove filter Skills: not Machine Learning' });
  await expect(chip).toContainText('not:');
  // Including it instead replaces the exclusion.
  await page
    .getByRole('checkbox', { name: /Machine Learning/ })
    .first()
    .check();
  await expect(page).toHaveURL(/[?&]skills=Machine(\+|%20)Learning/);
  await expect(resultCount(page)).toHaveText(ideasText(countIdeas((i) => i.skills.includes('Machine Learning'))));
  await page.goto('/?skills=-Machine%20Learning');
  await page.getByRole('button', { name: 'Remove filter Skills: not Machine Learning' }).click({ timeout: LOAD_TIMEOUT });
  await expect(resultCount(page)).toHaveText(ideasText(builtIndex().ideas.length));
});

for (const width of [1280, 1440]) {
  test(`at ${width} px a long facet expands into a scrolling list inside its column, never past it`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await waitForResults(page);
    const mentors = page.getByRole('group', { name: 'Mentors' }).first();
    await mentors.getByRole('button', { name: /^Show [\d,]+ more$/ }).click();
    const list = mentors.getByRole('list');
    await expect(list.getByRole('checkbox')).toHaveCount(100);
    const box = await list.boundingBox();
    expect(box!.height).toBeLessThanOrEqual(330);
    await expect(mentors).toContainText('more: type in the filter to find them.');
    // The filter column keeps its width: nothing of the facets reaches into the results.
    const aside = await page.getByRole('complementary', { name: 'Filters' }).boundingBox();
    const results = await page.getByRole('region', { name: 'Results' }).boundingBox();
    expect(aside!.x + aside!.width).toBeLessThanOrEqual(results!.x);
    for (const row of await list.getByRole('listitem').all()) {
      const r = await row.boundingBox();
      if (r) expect(r.x + r.width).toBeLessThanOrEqual(aside!.x + aside!.width + 1);
    }
  });
}

test('an idea proposed in several terms links to its other proposals', async ({ page }) => {
  const idea = builtIndex().ideas.find((i) => i.project === 'Harbor' && i.title === 'Harbor CLI' && (i.alsoProposedIn?.length ?? 0) >= 3);
  expect(idea).toBeDefined();
  await page.goto(`/?q=${encodeURIComponent('harbor cli')}&term=${idea!.termKey}`);
  const card = page.locator('#results > li').filter({ hasText: 'Harbor CLI' }).first();
  await expect(card).toContainText('Also proposed in', { timeout: LOAD_TIMEOUT });
  const links = card.getByRole('link', { name: /^LFX 20\d\d Term \d/ });
  await expect(links).toHaveCount(idea!.alsoProposedIn!.length);
  await links.first().click();
  await expect(page).toHaveURL(new RegExp(`/ideas/${idea!.alsoProposedIn![0]}$`));
});
