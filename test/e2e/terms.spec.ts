import { expect, test } from '@playwright/test';
import { builtIndex, countIdeas, ideasText, LOAD_TIMEOUT, resultCards, resultCount, waitForQuery, waitForResults } from './helpers.ts';

/**
 * What can I apply to: term status is computed in the browser from each term's timeline and
 * today's date, so these tests set the browser's clock.
 */
const JAEGER = 'lfx-2026-3--jaeger--opentelemetry-native-query-and-state-layers-migration';
const AUG_10 = new Date('2026-08-10T12:00:00Z');

test('while a term takes applications, the home view leads with it and its ideas say "Apply"', async ({ page }) => {
  await page.clock.setFixedTime(AUG_10);
  await page.goto('/');
  const outlook = page.getByRole('region', { name: 'Open for applications' });
  await expect(outlook).toContainText('Applications open — closes Tue 18 Aug, 23:59 UTC (in 8 days)', { timeout: LOAD_TIMEOUT });
  const term = countIdeas((i) => i.termKey === 'lfx-2026-3');
  await outlook.getByRole('link', { name: `LFX 2026 Term 3 (Sep–Nov): ${term} ideas` }).click();
  await expect(page).toHaveURL(/\?term=lfx-2026-3$/);
  await expect(resultCount(page)).toHaveText(ideasText(term));
  await expect(resultCards(page).first().locator('[data-term-status="open"]')).toHaveText(/^Applications open — closes Tue 18 Aug/);
  await page.goto(`/ideas/${JAEGER}`);
  await expect(page.getByRole('link', { name: 'Apply on LFX Mentorship' })).toBeVisible({ timeout: LOAD_TIMEOUT });
});

test('before applications open the term is upcoming; after the term it is completed and links say "View"', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-07-20T00:00:00Z'));
  await page.goto(`/ideas/${JAEGER}`);
  await expect(page.locator('[data-term-status]')).toHaveText('Upcoming — applications open Mon 3 Aug (in 14 days)', { timeout: LOAD_TIMEOUT });
  await expect(page.getByRole('link', { name: 'View on LFX Mentorship' })).toBeVisible();
  await page.clock.setFixedTime(new Date('2026-11-30T00:00:00Z'));
  await page.reload();
  await expect(page.locator('[data-term-status]')).toHaveText('Completed', { timeout: LOAD_TIMEOUT });
  await expect(page.getByRole('link', { name: 'View on LFX Mentorship' })).toBeVisible();
});

test('with no term open, the home view says when applications usually open and lists everything newest first', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-30T00:00:00Z'));
  await page.goto('/');
  const outlook = page.getByRole('region', { name: 'No term is taking applications right now' });
  await expect(outlook).toContainText('LFX Mentorship applications usually open in', { timeout: LOAD_TIMEOUT });
  await expect(resultCount(page)).toHaveText(ideasText(builtIndex().ideas.length));
  const newest = builtIndex().terms[0]!;
  await expect(resultCards(page).first()).toContainText(newest.label);
  // Its "every idea, newest first" is about the unfiltered list: it leaves as soon as a query's results show,
  // before the address has caught up with the typing, and comes back when the box is cleared.
  const box = page.getByRole('searchbox', { name: 'Search ideas' });
  await box.pressSequentially('kube', { delay: 20 });
  // Read in the frame in which the query's results first show: the outlook has left in that same frame.
  const outlookWithResults = await page.waitForFunction(() => {
    const status = [...document.querySelectorAll('[role=status]')].find((el) => el.textContent?.includes('for “kube”'));
    return status ? { shown: document.getElementById('outlook-heading') !== null } : false;
  });
  expect(await outlookWithResults.jsonValue()).toEqual({ shown: false });
  await box.press('Escape');
  await expect(outlook).toBeVisible();
});

test('the Term facet lists terms newest first, and facets for status, maturity and application needs filter', async ({ page }) => {
  await page.goto('/');
  await waitForResults(page);
  const terms = page.getByRole('group', { name: 'Term' }).first();
  const labels = await terms.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => b.closest('label')?.querySelector('[title]')?.textContent ?? ''));
  const expected = builtIndex()
    .terms.slice(0, labels.length)
    .map((t) => (t.program === 'LFX Mentorship' ? `LFX ${t.label}` : t.label));
  expect(labels).toEqual(expected);

  const needs = countIdeas((i) => i.prerequisites?.coverLetter === true);
  expect(needs).toBeGreaterThan(0);
  await page.goto('/?needs=cover-letter');
  await expect(resultCount(page)).toHaveText(ideasText(needs), { timeout: LOAD_TIMEOUT });
  await expect(page).toHaveTitle(`Filtered — ${ideasText(needs)} · Mentorship Ideas`);
  const graduatedAccepted = countIdeas((i) => i.projectMaturity === 'graduated' && i.status === 'accepted');
  await page.goto('/?maturity=graduated&status=accepted');
  await expect(resultCount(page)).toHaveText(ideasText(graduatedAccepted), { timeout: LOAD_TIMEOUT });
  await expect(page.getByRole('button', { name: /Remove filter Project maturity: Graduated/ })).toBeVisible();
});

test('each view names itself in the document title', async ({ page }) => {
  await page.goto('/?q=ebpf');
  await waitForQuery(page, 'ebpf');
  const count = (await resultCount(page).textContent())!.match(/^[\d,]+ ideas?/)![0];
  await expect(page).toHaveTitle(`ebpf — ${count} · Mentorship Ideas`);
  await page.goto(`/ideas/${JAEGER}`);
  await expect(page).toHaveTitle(/^OpenTelemetry-Native Query and State Layers Migration · Jaeger · Mentorship Ideas$/, { timeout: LOAD_TIMEOUT });
  await page.goto('/shortlist');
  await expect(page).toHaveTitle('Shortlist (0) · Mentorship Ideas', { timeout: LOAD_TIMEOUT });
});

test('an idea page says what the application needs and who the primary mentor is', async ({ page }) => {
  await page.goto(`/ideas/${JAEGER}`);
  const facts = page.locator('dl').first();
  await expect(facts).toContainText('To apply', { timeout: LOAD_TIMEOUT });
  await expect(facts).toContainText('Résumé');
  await expect(facts).toContainText('Project Proposal');
  await expect(facts).toContainText('Parship Chowdhury @parshipcy (primary mentor)');
  await expect(facts).toContainText('CNCF graduated project');
});
