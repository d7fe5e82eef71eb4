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

for (const scheme of ['light', 'dark'] as const) {
  test(`the exclude buttons stand out from the page at 3:1 or more (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await waitForResults(page);
    const button = page
      .getByRole('group', { name: 'Skills' })
      .first()
      .getByRole('button', { name: /^Exclude / })
      .first();
    // The symbol's colour as drawn (times every opacity above it) against the first opaque background.
    const ratio = await button.evaluate((el) => {
      // Colours come as lab() or oklch(): a canvas pixel gives them in sRGB, with their alpha.
      const pixel = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
      const rgb = (css: string) => {
        pixel.clearRect(0, 0, 1, 1);
        pixel.fillStyle = css;
        pixel.fillRect(0, 0, 1, 1);
        const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data;
        return [r!, g!, b!, a! / 255];
      };
      let opacity = 1;
      for (let e: Element | null = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
      let background = [255, 255, 255];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const [r, g, b, a = 1] = rgb(getComputedStyle(e).backgroundColor);
        if (a > 0) {
          background = [r!, g!, b!];
          break;
        }
      }
      const [r, g, b] = rgb(getComputedStyle(el).color);
      const drawn = [r!, g!, b!].map((c, i) => c * opacity + background[i]! * (1 - opacity));
      const luminance = (c: number[]) =>
        c
          .map((v) => v / 255)
          .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
          .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      const [light, dark] = [luminance(drawn), luminance(background)].sort((a, b) => b - a);
      return (light! + 0.05) / (dark! + 0.05);
    });
    expect(ratio).toBeGreaterThanOrEqual(3);
  });
}

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

test('facet values are read whole beside the results: a term keeps the months that tell it apart', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await waitForResults(page);
  const terms = page.getByRole('group', { name: 'Term' });
  await expect(terms.getByRole('checkbox').first()).toBeVisible();
  // Every collapsed value's label, checked for text cut off at either side or below.
  const clipped = await terms
    .locator('label > span.min-w-0')
    .evaluateAll((spans) =>
      spans.filter((span) => span.scrollWidth > span.clientWidth + 1 || span.scrollHeight > span.clientHeight + 1).map((span) => span.textContent),
    );
  expect(clipped).toEqual([]);
  await expect(terms.getByText(/^LFX \d{4} Term \d \((Mar–May|Jun–Aug|Sep–Nov)\)$/).first()).toBeVisible();
  // Each label's months on one line: after the dash, "(Jun–" over "Aug)" was read as two things.
  const months = terms.locator('label > span.min-w-0 span.whitespace-nowrap');
  await expect(months.first()).toHaveText(/^\((Mar–May|Jun–Aug|Sep–Nov)\)$/);
  const lineCounts = await months.evaluateAll((spans) => spans.map((span) => span.getClientRects().length));
  expect(lineCounts.length).toBeGreaterThan(3);
  expect(lineCounts.every((lines) => lines === 1)).toBe(true);
});
