/**
 * `npm run bench:browser`: the production build in Chromium, over the default dataset (as built)
 * and a synthetic 10,000 ideas (served in place of the built data): time to the app's first results
 * (its own, not the first screen in the HTML: first-screen.perf.ts), to
 * search over names and over descriptions, keystroke-to-paint latency while typing "kubernetes"
 * letter by letter (five times: BENCH_TYPING_ROUNDS), and long tasks while loading and typing. Prints a table and writes
 * bench/browser-results-<size>.json. BENCH_BROWSER_SIZES=default,10000 picks the sizes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { appDataFiles } from '../../src/ingest/emit/app-data-files.ts';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { readSources } from '../../src/ingest/sources/read-sources.ts';
import { LOAD_MARKS } from '../../src/data/index-worker-protocol.ts';
import { syntheticIndex } from '../synthetic-ideas.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.resolve(ROOT, 'data/cncf-mentoring/programs');
const SIZES = (process.env.BENCH_BROWSER_SIZES ?? 'default,10000').split(',');
const QUERY = 'kubernetes';
const TYPING_ROUNDS = Number(process.env.BENCH_TYPING_ROUNDS ?? 5);
/** `worker`: the page's search code is held back, so the worker answers keystrokes (as before the page could). */
const ANSWERS = process.env.BENCH_ANSWERS;

declare global {
  interface Window {
    __perf: { longTasks: { start: number; duration: number }[]; inputs: Record<string, number>; painted: Record<string, number> };
  }
}

for (const sizeName of SIZES)
  test.describe(`${sizeName} ideas`, () => {
    // The synthetic data is served by routing the page's requests; a service worker that has taken
    // control would fetch from the real server instead (Playwright does not route its requests).
    if (sizeName !== 'default') test.use({ serviceWorkers: 'block' });
    test(`${sizeName === 'default' ? 'the default dataset' : `${sizeName} ideas`} in Chromium: first results, keystroke latency, long tasks`, async ({
      page,
    }) => {
      const real = buildIndex(readSources([CORPUS])).index;
      const SIZE = sizeName === 'default' ? real.ideas.length : Number(sizeName);
      if (sizeName !== 'default') {
        const files = new Map(appDataFiles(syntheticIndex(real, SIZE)).map((f) => [f.path, f.content]));
        await page.route('**/app-data/**', (route) => {
          const body = files.get(new URL(route.request().url()).pathname.slice(1));
          return body === undefined ? route.fulfill({ status: 404 }) : route.fulfill({ body, contentType: 'application/json' });
        });
      }

      await page.addInitScript(() => {
        const perf: Window['__perf'] = { longTasks: [], inputs: {}, painted: {} };
        window.__perf = perf;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) perf.longTasks.push({ start: entry.startTime, duration: entry.duration });
        }).observe({ type: 'longtask', buffered: true });
        document.addEventListener(
          'input',
          (event) => {
            const target = event.target as HTMLInputElement;
            if (target.id === 'search-input') perf.inputs[target.value] = event.timeStamp;
          },
          true,
        );
        // When the results line names a query for the first time, record the next frame: that is when
        // the results for that keystroke are on screen.
        new MutationObserver(() => {
          // The app's own results line: the build's first screen (a picture of the home page) has one too.
          const status = [...document.querySelectorAll('[role=status]')].find(
            (el) => !el.closest('#first-screen') && /^[\d,]+ ideas?\b/.test(el.textContent ?? ''),
          )?.textContent;
          if (status === undefined) return;
          const query = /for “(.*)”/.exec(status)?.[1] ?? '';
          if (query in perf.painted) return;
          perf.painted[query] = -1;
          requestAnimationFrame(() => (perf.painted[query] = performance.now()));
        }).observe(document, { subtree: true, childList: true, characterData: true });
      });

      if (ANSWERS === 'worker') await page.route('**/assets/postings-snapshot-*.js', (route) => route.abort());
      await page.goto('/');
      await expect(page.getByRole('status').filter({ hasText: `${SIZE.toLocaleString('en')} ideas` })).toBeVisible({ timeout: 120_000 });
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, LOAD_MARKS.searchReady, { timeout: 120_000 });
      const search = page.getByRole('searchbox', { name: 'Search ideas' });
      await search.focus();
      // Typing starts once the page knows where keystrokes are answered (the box's focus asks for
      // the postings): on the page, or by the worker.
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, LOAD_MARKS.keystrokesReady, { timeout: 120_000 });
      const load = await page.evaluate((marks) => {
        const at = (name: string) => Math.round(performance.getEntriesByName(name)[0]?.startTime ?? NaN);
        const requested = at(marks.requested);
        const tasks = window.__perf.longTasks;
        return {
          requestedMs: requested,
          downloadedMs: at(marks.downloaded),
          browseReadyMs: at(marks.browseReady),
          namesReadyMs: at(marks.namesReady),
          searchReadyMs: at(marks.searchReady),
          keystrokesAnsweredBy: (performance.getEntriesByName(marks.keystrokesReady)[0] as PerformanceMark | undefined)?.detail as string,
          firstResultsMs: Math.round(window.__perf.painted[''] ?? NaN),
          // Before the index is requested the page is starting up (bundle evaluation, first render).
          startupLongTasks: tasks.filter((t) => t.start < requested).map((t) => Math.round(t.duration)),
          loadingLongTasks: tasks.filter((t) => t.start >= requested).map((t) => Math.round(t.duration)),
        };
      }, LOAD_MARKS);

      // The word typed TYPING_ROUNDS times (Esc clears the box between): the p95 of one word's ten
      // keystrokes would be its slowest one.
      const latencies: { query: string; ms: number }[] = [];
      // Long tasks while typing: not those of the Esc between words (the whole list coming back).
      const longTasks: number[] = [];
      for (let round = 0; round < TYPING_ROUNDS; round++) {
        await page.evaluate(() => {
          window.__perf.inputs = {};
          window.__perf.painted = {};
          window.__perf.longTasks = [];
        });
        for (const letter of QUERY) {
          await page.keyboard.type(letter);
          await page.waitForTimeout(150);
        }
        await expect(page.getByRole('status').filter({ hasText: `for “${QUERY}”` })).toBeVisible();
        await page.waitForTimeout(300);
        latencies.push(
          ...(await page.evaluate((query) => {
            const perf = window.__perf;
            return Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1))
              .filter((q) => perf.inputs[q] !== undefined && (perf.painted[q] ?? -1) > 0)
              .map((q) => ({ query: q, ms: Math.round(perf.painted[q]! - perf.inputs[q]!) }));
          }, QUERY)),
        );
        longTasks.push(...(await page.evaluate(() => window.__perf.longTasks.map((t) => Math.round(t.duration)))));
        await search.press('Escape');
        await expect(page.getByRole('status').filter({ hasText: /^[\d,]+ ideas$/ })).toBeVisible();
        await page.waitForTimeout(500);
      }
      const typing = { latencies, longTasks };

      const sorted = typing.latencies.map((l) => l.ms).sort((a, b) => a - b);
      const percentile = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? null;
      const result = {
        ideas: SIZE,
        cardsRequestedMs: load.requestedMs,
        cardsDownloadedMs: load.downloadedMs,
        timeToFirstResultsMs: load.firstResultsMs,
        resultsAfterCardsArrivedMs: load.firstResultsMs - load.downloadedMs,
        namesSearchReadyAfterCardsMs: load.namesReadyMs - load.downloadedMs,
        fullTextReadyAfterCardsMs: load.searchReadyMs - load.downloadedMs,
        keystrokesAnsweredBy: load.keystrokesAnsweredBy,
        longestTaskWhileLoadingMs: Math.max(0, ...load.loadingLongTasks),
        longTasksWhileLoading: load.loadingLongTasks,
        longTasksAtStartup: load.startupLongTasks,
        keystrokeToResultsPaintedMs: typing.latencies,
        keystrokeP50Ms: percentile(50),
        keystrokeP95Ms: percentile(95),
        longestTaskWhileTypingMs: Math.max(0, ...typing.longTasks),
      };
      console.log(JSON.stringify(result, null, 2));
      console.table([
        {
          ideas: SIZE,
          'first results ms': result.timeToFirstResultsMs,
          'names / full text ready after cards ms': `${result.namesSearchReadyAfterCardsMs} / ${result.fullTextReadyAfterCardsMs}`,
          'keystroke p50 / p95 ms': `${result.keystrokeP50Ms} / ${result.keystrokeP95Ms} (answered by the ${result.keystrokesAnsweredBy})`,
          'longest task loading / typing ms': `${result.longestTaskWhileLoadingMs} / ${result.longestTaskWhileTypingMs}`,
        },
      ]);
      writeFileSync(path.join(ROOT, `bench/browser-results-${sizeName}.json`), JSON.stringify(result, null, 2));
      expect(typing.latencies.length, 'keystrokes produced results frames').toBeGreaterThan(5 * TYPING_ROUNDS);
      expect(result.longestTaskWhileTypingMs, `typing "${QUERY}" must not block the main thread for over 50 ms`).toBeLessThanOrEqual(50);
    });
  });
