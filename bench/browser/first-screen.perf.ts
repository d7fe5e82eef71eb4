/**
 * `npm run bench:browser` (also): the default dataset on a phone under Lighthouse's mobile
 * profile as Lighthouse applies it with DevTools throttling (its `mobileSlow4G` constants: 562.5 ms
 * request latency, 1,474.56 kbit/s down, 675 kbit/s up, 4× CPU slowdown): when the first results are on screen with the first screen in the HTML, and without it
 * (the same build, its index.html served without the first screen), alternating in the same run.
 * Writes bench/browser-results-first-screen.json.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';
import { withoutFirstScreen } from '../../src/prerender/first-screen-markup.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ROUNDS = Number(process.env.BENCH_FIRST_SCREEN_ROUNDS ?? 3);
const VARIANTS = ['with the first screen', 'without (app only)'] as const;
type Variant = (typeof VARIANTS)[number];
/** Lighthouse's throttling.mobileSlow4G, applied (bytes per second for CDP). */
const SLOW_4G = { latency: 150 * 3.75, downloadThroughput: (1.6 * 1024 * 0.9 * 1024) / 8, uploadThroughput: (750 * 0.9 * 1024) / 8 };

declare global {
  interface Window {
    __load: { lcp: number; liveResults: number; firstScreenAtFirstPaint: boolean | null };
  }
}

async function measure(page: Page): Promise<{ fcp: number; lcp: number; resultsOnScreen: number; liveResults: number }> {
  await page.addInitScript(() => {
    const load: Window['__load'] = { lcp: NaN, liveResults: NaN, firstScreenAtFirstPaint: null };
    window.__load = load;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) load.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      // Whether what the first paint showed was the first screen's results (still in the page, and shown).
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      const shown = document.getElementById('first-screen');
      load.firstScreenAtFirstPaint = !!shown && shown.checkVisibility();
    }).observe({ type: 'paint', buffered: true });
    // The app's own first results: its results line, outside the first screen, and the frame after.
    const observer = new MutationObserver(() => {
      const status = [...document.querySelectorAll('[role=status]')].find(
        (el) => !el.closest('#first-screen') && /^[\d,]+ ideas?\b/.test(el.textContent ?? ''),
      );
      if (!status) return;
      observer.disconnect();
      requestAnimationFrame(() => (load.liveResults = performance.now()));
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('/');
  await page.waitForFunction(() => window.__load.liveResults > 0, undefined, { timeout: 60_000 });
  await page.waitForTimeout(500);
  const load = await page.evaluate(() => ({ ...window.__load, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN }));
  return {
    fcp: Math.round(load.fcp),
    lcp: Math.round(load.lcp),
    resultsOnScreen: Math.round(load.firstScreenAtFirstPaint ? load.fcp : load.liveResults),
    liveResults: Math.round(load.liveResults),
  };
}

test("the default dataset on a throttled phone: first results from the HTML's first screen, against the app alone", async ({ browser }) => {
  const runs: Record<Variant, Awaited<ReturnType<typeof measure>>[]> = { 'with the first screen': [], 'without (app only)': [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const variant of round % 2 === 0 ? VARIANTS : [...VARIANTS].reverse()) {
      const context = await browser.newContext({
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 1.75,
        isMobile: true,
        hasTouch: true,
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      // The page itself is served through the test in both variants, so both get it the same way.
      // A response fulfilled here skips Chromium's network emulation: it is held back as long as the
      // emulation would hold it (the request's latency, then its compressed bytes at the throttled
      // speed), or the page would come for free and the first paint look a round trip sooner.
      await page.route(
        (url) => url.pathname === '/',
        async (route) => {
          const response = await route.fetch();
          const html = await response.text();
          const body = variant === 'without (app only)' ? withoutFirstScreen(html) : html;
          await new Promise((resolve) => setTimeout(resolve, SLOW_4G.latency + (gzipSync(body).length / SLOW_4G.downloadThroughput) * 1000));
          await route.fulfill({ response, body });
        },
      );
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      runs[variant].push(await measure(page));
      await context.close();
    }
  }
  const range = (values: number[]) => `${Math.min(...values)}–${Math.max(...values)}`;
  const rows = VARIANTS.map((variant) => ({
    variant,
    'first results on screen ms': range(runs[variant].map((r) => r.resultsOnScreen)),
    'first paint ms': range(runs[variant].map((r) => r.fcp)),
    'LCP ms': range(runs[variant].map((r) => r.lcp)),
    'app live ms': range(runs[variant].map((r) => r.liveResults)),
  }));
  console.table(rows);
  writeFileSync(
    path.join(ROOT, 'bench/browser-results-first-screen.json'),
    `${JSON.stringify({ date: new Date().toISOString(), rounds: ROUNDS, runs }, null, 2)}\n`,
  );
  // With the first screen, its results are what the first paint shows.
  expect(runs['with the first screen'].every((r) => r.resultsOnScreen === r.fcp)).toBe(true);
});
