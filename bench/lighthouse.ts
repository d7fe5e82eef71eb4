/**
 * `npm run bench:lighthouse`: Lighthouse 12 against the production build in `dist/` (run
 * `npm run build` first), served by Vite's preview server, with Lighthouse's default mobile
 * profile (simulated slow 4G, 4× CPU slowdown, a phone's screen). Prints the four category scores
 * beside their targets and the Web Vitals, and writes bench/lighthouse-results.json. Exits 1 when
 * a score is under its target. LIGHTHOUSE_RUNS (default 3) runs are made; the median run by
 * performance score is reported, as Lighthouse's own docs advise for a noisy machine.
 * `npm run bench:lighthouse -- <folder>` measures another built site (an older build, to compare).
 * LIGHTHOUSE_THROTTLING=devtools applies the same profile in the browser (DevTools throttling)
 * instead of simulating it from an unthrottled load: the Web Vitals are then paints that happened.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { configuredChromium } from '../scripts/lib/chromium.ts';
import { freePorts } from '../test/e2e/ports.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const THROTTLING = process.env.LIGHTHOUSE_THROTTLING === 'devtools' ? 'devtools' : 'simulate';
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
const VITALS = {
  'first-contentful-paint': 'First Contentful Paint',
  'largest-contentful-paint': 'Largest Contentful Paint',
  'total-blocking-time': 'Total Blocking Time',
  'cumulative-layout-shift': 'Cumulative Layout Shift',
  'speed-index': 'Speed Index',
  interactive: 'Time to Interactive',
} as const;

const site = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'));
if (!existsSync(path.join(site, 'index.html'))) {
  console.error(`bench:lighthouse: no ${path.join(site, 'index.html')}; run \`npm run build\` first`);
  process.exit(1);
}

const [port] = await freePorts(1);
const server = await preview({ root: ROOT, build: { outDir: site }, preview: { port, strictPort: true }, logLevel: 'silent' });
const url = `http://localhost:${port}/`;
const chrome = await chromeLauncher.launch({
  chromePath: configuredChromium({ env: process.env, exists: existsSync }),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

type Run = { scores: Record<keyof typeof TARGETS, number>; vitals: Record<string, string>; numbers: Record<string, number> };
const runs: Run[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(TARGETS) },
      { extends: 'lighthouse:default', settings: { throttlingMethod: THROTTLING } },
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    runs.push({
      scores: Object.fromEntries(Object.keys(TARGETS).map((key) => [key, Math.round((categories[key]?.score ?? 0) * 100)])) as Run['scores'],
      vitals: Object.fromEntries(Object.keys(VITALS).map((key) => [key, audits[key]?.displayValue ?? '—'])),
      numbers: Object.fromEntries(Object.keys(VITALS).map((key) => [key, audits[key]?.numericValue ?? NaN])),
    });
    // What keeps a category under 100, so the reason is printed beside the score.
    for (const [key, category] of Object.entries(categories)) {
      const failing = category.auditRefs
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1 && audits[ref.id]?.scoreDisplayMode !== 'informative')
        .map((ref) => ref.id);
      if (failing.length > 0 && key !== 'performance') console.log(`run ${i + 1}: ${key} loses points on: ${failing.join(', ')}`);
    }
  }
} finally {
  await chrome.kill();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}

const median = [...runs].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor(runs.length / 2)]!;
console.table(
  Object.entries(TARGETS).map(([category, target]) => ({
    category,
    score: median.scores[category as keyof typeof TARGETS],
    target: `≥ ${target}`,
    runs: runs.map((r) => r.scores[category as keyof typeof TARGETS]).join(' '),
  })),
);
console.table(Object.entries(VITALS).map(([key, name]) => ({ metric: name, value: median.vitals[key] })));
writeFileSync(
  path.join(ROOT, 'bench/lighthouse-results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), site, url, profile: `mobile (Lighthouse default), ${THROTTLING} throttling`, runs, median }, null, 2)}\n`,
);
const missed = Object.entries(TARGETS).filter(([key, target]) => median.scores[key as keyof typeof TARGETS] < target);
if (missed.length > 0) {
  console.error(
    `bench:lighthouse: under target: ${missed.map(([key, target]) => `${key} ${median.scores[key as keyof typeof TARGETS]} < ${target}`).join(', ')}`,
  );
  process.exit(1);
}
