import { expect, test } from '@playwright/test';
import { countIdeas, expectNoAxeViolations, facetOption, ideasText, LOAD_TIMEOUT, resultTitles, waitForQuery, waitForResults } from './helpers.ts';

test('results view has no axe violations', async ({ page }) => {
  await page.goto('/?q=thanos&skills=Go');
  await waitForQuery(page, 'thanos');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/screens/results-desktop.png', fullPage: true });
});

test('idea page has no axe violations', async ({ page }) => {
  await page.goto('/ideas/lfx-2021-1--chaos-mesh--chaos-engineering-as-a-service');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: LOAD_TIMEOUT });
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/screens/idea-desktop.png', fullPage: true });
});

test('open filter drawer on a phone has no axe violations', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await waitForResults(page);
  await page.screenshot({ path: 'test-results/screens/results-phone.png' });
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: 'Filters' });
  await expect(drawer).toBeVisible();
  const rust = countIdeas((i) => i.skills.includes('Rust'));
  await (await facetOption(drawer, 'Skills', 'Rust')).check();
  await expect(drawer.getByRole('button', { name: `Show ${ideasText(rust)}` })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/screens/drawer-phone.png' });
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(page.getByRole('button', { name: 'Filters (1)', exact: true })).toBeVisible();
  await expect(resultTitles(page)).toHaveCount(Math.min(rust, 20));
});

test('dark mode has no axe violations', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?q=rust');
  await waitForQuery(page, 'rust');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/screens/results-dark.png', fullPage: true });
  await page.goto('/ideas/lfx-2021-1--chaos-mesh--chaos-engineering-as-a-service');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: LOAD_TIMEOUT });
  await expectNoAxeViolations(page);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`results with open facet lists, an exclusion and partial matches have no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/?q=beginner%20go&skills=-Rust');
    await waitForQuery(page, 'beginner go');
    for (const title of ['Mentors', 'Skills'])
      await page
        .getByRole('group', { name: title })
        .first()
        .getByRole('button', { name: /^Show [\d,]+ more$/ })
        .click();
    await page.getByRole('group', { name: 'Skills' }).first().getByRole('searchbox').fill('golang');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `test-results/screens/facets-open-${scheme}.png` });
  });
}
