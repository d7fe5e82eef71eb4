import { expect, type Page, test } from '@playwright/test';
import { BASE_SITE_UNDER_TEST } from '../../playwright.config.ts';
import { builtIndex, LOAD_TIMEOUT, resultCount, resultTitles, serveIndex, trackErrors, waitForResults } from './helpers.ts';

/**
 * The home page's first screen is in the HTML (README: Performance): the first results are painted
 * before any of the app's script has run, and the app takes the page over when it has its own.
 */

const firstScreen = (page: Page) => page.locator('#first-screen');
const pictureTitles = (page: Page) => firstScreen(page).locator('#first-screen-results > li h2');
const APP_SCRIPT = /\/assets\/index-[\w-]+\.js$/;
/** The app's own code held back (never answered): only the HTML (with its stylesheet and page-init.js) is there. */
const holdApp = (page: Page) => page.route(APP_SCRIPT, () => {});
/** Without the app's script the page never finishes loading: go on once the HTML has come. */
const COMMITTED = { waitUntil: 'commit' } as const;

test('the first results are on screen from the HTML alone, the same cards the app then shows', async ({ page, browser }) => {
  await holdApp(page);
  await page.goto('/', COMMITTED);
  await expect(firstScreen(page)).toBeVisible();
  const pictured = await pictureTitles(page).allTextContents();
  expect(pictured.length).toBeGreaterThanOrEqual(4);
  await expect(firstScreen(page).getByText(`${builtIndex().ideas.length.toLocaleString('en')} ideas`, { exact: true })).toBeVisible();

  const live = await browser.newPage();
  await live.goto(page.url());
  await waitForResults(live);
  expect((await resultTitles(live).allTextContents()).slice(0, pictured.length)).toEqual(pictured);
  await live.close();
});

test('the first screen is painted styled and in the chosen theme from the HTML alone: no other file has to arrive first', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  // Every request but the page itself is left unanswered: the stylesheet and page-init.js are in it.
  await page.route('**/*', (route) => (route.request().isNavigationRequest() ? route.continue() : undefined));
  await page.goto('/', COMMITTED);
  await expect(firstScreen(page)).toBeVisible();
  await expect(pictureTitles(page).first()).toHaveCSS('font-weight', '600');
  // Few families before one every system has: each one a system lacks is a font look-up in the
  // first layout (six on Linux with Tailwind's list: README, Performance).
  await expect(pictureTitles(page).first()).toHaveCSS('font-family', /^"Segoe UI", system-ui, sans-serif,/);
  // The search box's "/" key too, not the browser's monospace list (six more look-ups on Linux).
  await expect(firstScreen(page).locator('kbd')).toHaveCSS('font-family', /^"Segoe UI", system-ui, sans-serif,/);
  // The line read to screen readers takes no room on screen (the stylesheet's sr-only).
  expect((await firstScreen(page).getByText('Loading ideas…').boundingBox())!.width).toBeLessThanOrEqual(1);
  // page-init.js has run: the system's dark theme applies before the app is there.
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
});

test('the stylesheet is never fetched: not by the page, nor when the app loads its lazy parts', async ({ page }) => {
  const stylesheets: string[] = [];
  page.on('request', (request) => void (request.resourceType() === 'stylesheet' || /\.css(\?|$)/.test(request.url()) ? stylesheets.push(request.url()) : 0));
  await page.goto('/');
  await waitForResults(page);
  // Typing needs the full text (loaded after the first results) and warms up the keystroke path (a lazy chunk).
  await page.getByRole('searchbox', { name: 'Search ideas' }).fill('rust');
  await expect(page).toHaveURL(/q=rust/);
  await waitForResults(page);
  await page.getByRole('link', { name: /^Shortlist \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/\/shortlist$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(stylesheets).toEqual([]);
});

test('the search box shows the hint the app then gives it, at a small and a larger phone’s width and at a laptop’s', async ({ page, browser }) => {
  await holdApp(page);
  for (const viewport of [
    { width: 320, height: 640 },
    { width: 412, height: 823 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto('/', COMMITTED);
    await expect(firstScreen(page)).toBeVisible();
    // The picture has no window to measure when it is built: every hint, the one for this width shown.
    const shown = await firstScreen(page)
      .locator('form span > span')
      .evaluateAll((spans) => spans.filter((span) => span.getClientRects().length > 0).map((span) => span.textContent));
    const live = await browser.newPage({ viewport });
    await live.goto('/');
    await waitForResults(live);
    expect(shown).toEqual([await live.getByRole('searchbox', { name: 'Search ideas' }).getAttribute('placeholder')]);
    await live.close();
  }
});

test('while the data loads the picture cannot be used or heard, then the app replaces it in place', async ({ page }) => {
  const errors = trackErrors(page);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await serveIndex(page, builtIndex(), async (path) => {
    if (path.endsWith('cards.json')) await held;
    return false;
  });
  await page.goto('/');
  await expect(firstScreen(page)).toBeVisible();
  const first = (await pictureTitles(page).first().textContent())!;
  // Hidden from assistive technology (a "Loading ideas…" line is read instead), and inert: no
  // link, button or count in the accessibility tree, and the keyboard does not reach it.
  await expect(page.getByRole('link', { name: first })).toHaveCount(0);
  await expect(resultCount(page)).toHaveCount(0);
  await expect(page.getByText('Loading ideas…').first()).toBeAttached();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('#first-screen'))).toBe(false);

  const before = await pictureTitles(page).first().boundingBox();
  release();
  await waitForResults(page);
  await expect(firstScreen(page)).toHaveCount(0);
  await expect(resultTitles(page).first()).toHaveText(first);
  // In the same place: nothing moved when the app took over.
  const after = await resultTitles(page).first().boundingBox();
  expect(Math.abs(after!.y - before!.y)).toBeLessThan(2);
  expect(errors).toEqual([]);
});

test('when the data cannot be loaded, the error replaces the picture', async ({ page }) => {
  await serveIndex(page, builtIndex(), async (path, route) => {
    if (!path.endsWith('cards.json')) return false;
    await route.fulfill({ status: 500, body: 'down' });
    return true;
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Ideas could not be loaded' })).toBeVisible({ timeout: LOAD_TIMEOUT });
  await expect(firstScreen(page)).toHaveCount(0);
});

test('at any other address (a filtered list, an idea, under a base path) the picture of the home page is not shown', async ({ page }) => {
  await holdApp(page);
  const idea = builtIndex().ideas[0]!;
  for (const address of ['/?q=rust', `/ideas/${idea.id}`, '/shortlist']) {
    await page.goto(address, COMMITTED);
    // In the page (index.html or 404.html carries it everywhere), and not shown.
    await expect(firstScreen(page), address).toBeAttached();
    await expect(firstScreen(page), address).toBeHidden();
  }
  // Its own home page, under the base path, shows it; the same site's other pages do not.
  await page.goto(BASE_SITE_UNDER_TEST, COMMITTED);
  await expect(firstScreen(page)).toBeVisible();
  await page.goto(`${BASE_SITE_UNDER_TEST}stats`, COMMITTED);
  await expect(firstScreen(page)).toBeAttached();
  await expect(firstScreen(page)).toBeHidden();
});

test('when the app cannot load its code, the picture gives way instead of standing for a page that does nothing', async ({ page }) => {
  await page.route(APP_SCRIPT, (route) => route.abort());
  await page.goto('/');
  await expect(firstScreen(page)).toBeAttached();
  await expect(firstScreen(page)).toBeHidden();
});

test('the app’s code is requested once the first screen is painted, and at once at any other address', async ({ page }) => {
  const requestedAt = () =>
    page.evaluate(() => {
      const entry = performance.getEntriesByType('resource').find((e) => /\/assets\/index-[\w-]+\.js$/.test(e.name));
      return {
        requested: entry?.startTime ?? NaN,
        firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
      };
    });
  await page.goto('/');
  await waitForResults(page);
  const home = await requestedAt();
  // Requested while the first screen was laid out, its download and compiling made that a long task.
  expect(home.requested).toBeGreaterThanOrEqual(home.firstPaint);

  await page.goto('/?q=rust');
  await waitForResults(page);
  const elsewhere = await requestedAt();
  // Nothing is pictured there to wait for: requested from the page's head, before it is parsed.
  expect(elsewhere.requested).toBeLessThan(elsewhere.parsed);
  await expect(resultCount(page)).toHaveText(/ideas? for “rust”/);
});

test('where the browser does not report paints, the app’s code is requested after the frame that lays the first screen out', async ({ page }) => {
  await page.addInitScript(() => {
    // A browser without paint timing: page-init.js falls back to the first frame.
    Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', { value: Object.freeze(['navigation', 'resource']) });
    requestAnimationFrame(() => ((window as unknown as { firstFrame: number }).firstFrame = performance.now()));
  });
  await page.goto('/');
  await waitForResults(page);
  const { requested, firstFrame } = await page.evaluate(() => ({
    requested: performance.getEntriesByType('resource').find((e) => /\/assets\/index-[\w-]+\.js$/.test(e.name))?.startTime ?? NaN,
    firstFrame: (window as unknown as { firstFrame: number }).firstFrame,
  }));
  expect(requested).toBeGreaterThanOrEqual(firstFrame);
});

/** When the app's entry was requested, and when the page was parsed (ms since navigation start). */
const entryRequested = (page: Page) =>
  page.evaluate(() => ({
    requested: performance.getEntriesByType('resource').find((e) => /\/assets\/index-[\w-]+\.js$/.test(e.name))?.startTime ?? NaN,
    parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));

test('in a tab out of sight, which paints nothing, the app’s code is requested at once', async ({ page }) => {
  await page.addInitScript(() => {
    // A tab opened in the background: hidden while page-init.js runs, shown once the page is parsed.
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        delete (document as { visibilityState?: unknown }).visibilityState;
        delete (document as { hidden?: unknown }).hidden;
      },
      { once: true },
    );
  });
  await page.goto('/');
  await waitForResults(page);
  const { requested, parsed, firstPaint } = await entryRequested(page);
  // Not held for the first paint (the tab is really shown, so there is one), nor for the page.
  expect(requested).toBeLessThan(firstPaint);
  expect(requested).toBeLessThan(parsed);
});

test('when the first paint is never reported, the app’s code is requested 3 s after the page started, not never', async ({ page }) => {
  await page.addInitScript(() => {
    // An observer that never calls back, for page-init.js only: the real one is back once the page is parsed.
    const real = window.PerformanceObserver;
    class Silent {
      static supportedEntryTypes = ['paint'];
      observe() {}
      disconnect() {}
    }
    window.PerformanceObserver = Silent as unknown as typeof PerformanceObserver;
    document.addEventListener('DOMContentLoaded', () => (window.PerformanceObserver = real), { once: true });
  });
  await page.goto('/');
  await waitForResults(page);
  const { requested } = await entryRequested(page);
  expect(requested).toBeGreaterThanOrEqual(3000);
});
