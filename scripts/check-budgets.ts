/**
 * Size budgets for the production build (deterministic, so CI can enforce them):
 * initial JavaScript and CSS (what index.html loads), the service worker and the app's data for
 * the default dataset (src/model/app-data.ts), gzipped.
 * Run after `vite build`; exits 1 with the figures when anything is over.
 *
 * initialJsKb, what index.html loads (the scripts listed for page-init.js to request): 127.0 KB when
 * measured (2 December 2026, thirteenth session). It had been raised
 * from 126 to 127 when the app began rebuilding the ids the cards leave out (idea-id.ts in the
 * page's bundle: 0.2 KB of code for 22.5 KB less data before the first results), and to 128 when
 * highlighting began following search and cards began staying in the page while a query is typed;
 * back to 126 when the idea page's code left the first download (127.9 -> 124.5 KB); to 127 when
 * keystrokes began reusing their arrays, counting facets with few values together and counting
 * from the last keystroke (search-engine, facet-counts, scratch.ts: 125.8 -> 126.9 KB; README,
 * Performance, twelfth session); to 128 when the app's scripts began to be requested by
 * page-init.js, so that the app waits for the page to be parsed before it starts (main.tsx:
 * 126.9 -> 127.0 KB, over 127 by a few bytes). 127.9 KB in the eighteenth session; 126.1 KB since the
 * address is read without valibot (url-state.ts), which now loads with the data checks only.
 * cardsKb: the data before the first results are painted (app-data/cards.json) for the whole
 * cncf/mentoring corpus (about 1,300 ideas): 76 KB gzip -9 when measured (December 2026; 99 KB
 * before the ids were left out). homeDataKb: everything the home page downloads as data, the
 * cards and the descriptions that follow them: 305 KB when measured. Both are the performance
 * issue's targets; a growing corpus (about 80 ideas a term) reaches them in a few years, when the
 * cards would need a denser format.
 * Idea pages add one term's details shard (the largest about 47 KB).
 *
 * serviceWorkerKb: sw.js (Workbox's generated worker with its precache list) and the Workbox runtime
 * it imports (workbox-<hash>.js beside it), downloaded on the first visit and checked on every one:
 * about 8 KB when measured (November 2026). The precached files it lists are counted above.
 *
 * pageKb: index.html itself, which carries the home page's first screen (src/prerender/): the
 * header, the search box and the first four cards, painted before any script runs; 4.1 KB when
 * measured (December 2026), 1.0 KB before the first screen. The stylesheet written into it is
 * counted as CSS (cssKb), page-init.js (under 1 KB) as the page.
 *
 * feedKb: the largest Atom feed (dist/feeds/), what a feed reader downloads on each poll: each feed
 * holds its newest terms only (src/ingest/emit/atom-feeds.ts); 40 KB (feeds/skills/go.xml) when
 * measured (December 2026). Without feeds (a fake or partial site) there is nothing to check.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { APP_DATA_DIR, CARDS_PATH, type CardsPayload } from '../src/model/app-data.ts';

export const BUDGETS = { pageKb: 10, initialJsKb: 128, cssKb: 15, cardsKb: 120, homeDataKb: 400, serviceWorkerKb: 12, feedKb: 60 } as const;

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const assetsIn = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!).filter((href) => !/^https?:/.test(href));
const localPath = (href: string) => path.join(dist, href.replace(/^.*?\/assets\//, 'assets/'));
const gzipKb = (files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0) / 1024;

// The app's scripts as page-init.js requests them (src/prerender/defer-app-scripts.ts), or as tags.
const listedScripts = [...html.matchAll(/data-app-scripts="([^"]+)"/g)].flatMap((m) => m[1]!.split(' '));
const js = [
  ...listedScripts,
  ...assetsIn(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...assetsIn(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map(localPath);
const serviceWorker = existsSync(path.join(dist, 'sw.js'))
  ? ['sw.js', ...readdirSync(dist).filter((f) => /^workbox-[\w-]+\.js$/.test(f))].map((f) => path.join(dist, f))
  : [];
const cardsFile = path.join(dist, CARDS_PATH);
const textFile = path.join(dist, APP_DATA_DIR, (JSON.parse(readFileSync(cardsFile, 'utf8')) as CardsPayload).text);
const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    : [];
const largestFeed = filesUnder(path.join(dist, 'feeds'))
  .map((file) => ({ file, kb: gzipKb([file]) }))
  .reduce<{ file: string; kb: number } | null>((max, f) => (max === null || f.kb > max.kb ? f : max), null);
const gzipTextKb = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length / 1024;
// The stylesheet is written into index.html (src/prerender/inline-render-blocking.ts): counted as CSS, not as the page.
const inlineStyles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).filter((css) => css.length > 200);
const linkedCss = assetsIn(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).map(localPath);
const cssKb = gzipKb(linkedCss) + inlineStyles.reduce((sum, css) => sum + gzipTextKb(css), 0);
const pageKb = gzipTextKb(inlineStyles.reduce((page, css) => page.replace(css, ''), html));
const figures = [
  { name: 'page (index.html with the first screen, its stylesheet apart)', kb: pageKb, budget: BUDGETS.pageKb },
  { name: 'initial JavaScript', kb: gzipKb(js), budget: BUDGETS.initialJsKb },
  { name: 'CSS (in index.html)', kb: cssKb, budget: BUDGETS.cssKb },
  { name: 'service worker', kb: gzipKb(serviceWorker), budget: BUDGETS.serviceWorkerKb },
  { name: 'idea cards, before first results', kb: gzipKb([cardsFile]), budget: BUDGETS.cardsKb },
  { name: 'home page data (cards + descriptions)', kb: gzipKb([cardsFile, textFile]), budget: BUDGETS.homeDataKb },
  ...(largestFeed ? [{ name: `largest feed (${path.relative(dist, largestFeed.file)})`, kb: largestFeed.kb, budget: BUDGETS.feedKb }] : []),
];
let over = false;
for (const f of figures) {
  const ok = f.kb <= f.budget;
  over ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${f.name}: ${f.kb.toFixed(1)} KB gzip (budget ${f.budget} KB)`);
}
if (js.length === 0 || (linkedCss.length === 0 && inlineStyles.length === 0)) {
  console.error('check-budgets: found no JavaScript or CSS in index.html; is the build complete?');
  process.exit(1);
}
if (serviceWorker.length === 0) {
  console.error('check-budgets: found no service worker (sw.js); is the build complete?');
  process.exit(1);
}
if (over) {
  console.error('check-budgets: over budget (see above)');
  process.exit(1);
}
