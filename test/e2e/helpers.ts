import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

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
  await expect(resultCount(page)).toBeVisible();
}

export const resultTitles = (page: Page) => page.locator('a[data-result-link]');

/** Collects uncaught page errors so a test can assert the app never crashed. */
export function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}
