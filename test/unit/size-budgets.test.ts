import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The data budgets follow the default dataset; read them rather than repeat them. */
const budget = (name: string) => Number(new RegExp(`${name}: (\\d+)`).exec(readFileSync(path.join(ROOT, 'scripts/check-budgets.ts'), 'utf8'))![1]);
const CARDS_BUDGET_KB = budget('cardsKb');
const HOME_DATA_BUDGET_KB = budget('homeDataKb');
const FEED_BUDGET_KB = budget('feedKb');
const SW_BUDGET_KB = Number(/serviceWorkerKb: (\d+)/.exec(readFileSync(path.join(ROOT, 'scripts/check-budgets.ts'), 'utf8'))![1]);

/**
 * A minimal built site: index.html loading one script and one stylesheet, the app's cards and
 * descriptions (`indexBytes` of cards, `textBytes` of descriptions), and a service worker (sw.js
 * and Workbox beside it).
 */
function fakeDist({
  jsBytes,
  cssBytes,
  indexBytes,
  textBytes = 10_000,
  swBytes = 3_000,
  feedBytes = [],
  pageBytes = 0,
  inlineCss = false,
  scriptsListed = false,
}: {
  jsBytes: number;
  cssBytes: number;
  indexBytes: number;
  textBytes?: number;
  swBytes?: number | null;
  /** Sizes of feeds under feeds/ (one per skill). */
  feedBytes?: number[];
  /** Incompressible markup in index.html beside its script and stylesheet (a first screen). */
  pageBytes?: number;
  /** The stylesheet written into index.html (as the build does) instead of linked. */
  inlineCss?: boolean;
  /** The script split in two, listed for page-init.js to request (as the build does) instead of tags. */
  scriptsListed?: boolean;
}): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'budgets-'));
  mkdirSync(path.join(dist, 'assets'));
  // Random bytes do not compress, so the gzip size is about the raw size.
  writeFileSync(path.join(dist, 'assets/index.js'), randomBytes(scriptsListed ? jsBytes / 2 : jsBytes));
  if (scriptsListed) writeFileSync(path.join(dist, 'assets/chunk.js'), randomBytes(jsBytes / 2));
  writeFileSync(path.join(dist, 'assets/index.css'), randomBytes(cssBytes));
  mkdirSync(path.join(dist, 'app-data'));
  // Cards that name their descriptions file, padded with base64 noise (gzip keeps about three quarters of it).
  const padding = randomBytes(Math.max(0, indexBytes - 60))
    .toString('base64')
    .slice(0, Math.max(0, indexBytes - 60));
  writeFileSync(path.join(dist, 'app-data/cards.json'), JSON.stringify({ text: 'text.0123456789.json', padding }));
  writeFileSync(path.join(dist, 'app-data/text.0123456789.json'), randomBytes(textBytes));
  if (swBytes !== null) {
    writeFileSync(path.join(dist, 'sw.js'), randomBytes(swBytes / 2));
    writeFileSync(path.join(dist, 'workbox-0123abcd.js'), randomBytes(swBytes / 2));
  }
  if (feedBytes.length > 0) mkdirSync(path.join(dist, 'feeds/skills'), { recursive: true });
  feedBytes.forEach((bytes, i) => writeFileSync(path.join(dist, `feeds/skills/s${i}.xml`), randomBytes(bytes)));
  writeFileSync(
    path.join(dist, 'index.html'),
    `${scriptsListed ? '<script data-app-scripts="/assets/index.js /assets/chunk.js">/* page-init.js */</script>' : '<script type="module" crossorigin src="/assets/index.js"></script>'}${
      inlineCss ? `<style>${randomBytes(cssBytes).toString('base64')}</style>` : '<link rel="stylesheet" crossorigin href="/assets/index.css">'
    }<p>${randomBytes(pageBytes).toString('base64')}</p>`,
  );
  return dist;
}

function checkBudgets(dist: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-budgets.ts', dist], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('size budgets (npm run build)', () => {
  it('passes a build within every budget and prints the figures', () => {
    const { status, output } = checkBudgets(fakeDist({ jsBytes: 50_000, cssBytes: 5_000, indexBytes: 10_000 }));
    expect(output).toMatch(new RegExp(`^ok {3}initial JavaScript: \\d+\\.\\d KB gzip \\(budget ${budget('initialJsKb')} KB\\)$`, 'm'));
    expect(output).toMatch(new RegExp(`^ok {3}service worker: [23]\\.\\d KB gzip \\(budget ${SW_BUDGET_KB} KB\\)$`, 'm'));
    expect(status).toBe(0);
  });

  it('fails a build whose initial JavaScript is over budget, naming the figure', () => {
    const { status, output } = checkBudgets(fakeDist({ jsBytes: 150_000, cssBytes: 5_000, indexBytes: 10_000 }));
    expect(status).toBe(1);
    expect(output).toMatch(new RegExp(`^OVER initial JavaScript: 1[2-9]\\d\\.\\d KB gzip \\(budget ${budget('initialJsKb')} KB\\)$`, 'm'));
    expect(output).toMatch(/^ok {3}CSS/m);
  });

  it('counts every script page-init.js is listed to request, entry and chunks', () => {
    const within = checkBudgets(fakeDist({ jsBytes: 50_000, cssBytes: 5_000, indexBytes: 10_000, scriptsListed: true }));
    expect(within.output).toMatch(/^ok {3}initial JavaScript: 4\d\.\d KB gzip/m);
    expect(within.status).toBe(0);
    const over = checkBudgets(fakeDist({ jsBytes: 150_000, cssBytes: 5_000, indexBytes: 10_000, scriptsListed: true }));
    expect(over.status).toBe(1);
    expect(over.output).toMatch(/^OVER initial JavaScript: 1[2-9]\d\.\d KB gzip/m);
  });

  it('fails on CSS, or on the data before the first results or on the home page over budget', () => {
    const css = checkBudgets(fakeDist({ jsBytes: 50_000, cssBytes: 25_000, indexBytes: 10_000 }));
    expect(css.status).toBe(1);
    expect(css.output).toMatch(/^OVER CSS \(in index\.html\): .* \(budget 15 KB\)$/m);
    expect(CARDS_BUDGET_KB).toBeGreaterThan(0);
    const cards = checkBudgets(fakeDist({ jsBytes: 50_000, cssBytes: 5_000, indexBytes: CARDS_BUDGET_KB * 1.5 * 1024 }));
    expect(cards.status).toBe(1);
    expect(cards.output).toMatch(new RegExp(`^OVER idea cards, before first results: .* \\(budget ${CARDS_BUDGET_KB} KB\\)$`, 'm'));
    // Cards within their budget, but with the descriptions over the home page's.
    const home = checkBudgets(fakeDist({ jsBytes: 50_000, cssBytes: 5_000, indexBytes: 10_000, textBytes: HOME_DATA_BUDGET_KB * 1024 }));
    expect(home.status).toBe(1);
    expect(home.output).toMatch(/^ok {3}idea cards/m);
    expect(home.output).toMatch(new RegExp(`^OVER home page data \\(cards \\+ descriptions\\): .* \\(budget ${HOME_DATA_BUDGET_KB} KB\\)$`, 'm'));
  });

  it('fails when the page itself (index.html with its first screen) is over budget', () => {
    const within = checkBudgets(fakeDist({ jsBytes: 50_000, cssBytes: 5_000, indexBytes: 10_000, pageBytes: 3_000 }));
    expect(within.output).toMatch(
      new RegExp(`^ok {3}page \\(index\\.html with the first screen, its stylesheet apart\\): [3-5]\\.\\d KB gzip \\(budget ${budget('pageKb')} KB\\)$`, 'm'),
    );
    expect(within.status).toBe(0);
    const over = checkBudgets(fakeDist({ jsBytes: 50_000, cssBytes: 5_000, indexBytes: 10_000, pageBytes: budget('pageKb') * 1024 }));
    expect(over.status).toBe(1);
    expect(over.output).toMatch(/^OVER page \(index\.html with the first screen/m);
  });

  it('counts a stylesheet written into index.html as CSS, not as the page', () => {
    const within = checkBudgets(fakeDist({ jsBytes: 50_000, cssBytes: 9_000, indexBytes: 10_000, pageBytes: 1_000, inlineCss: true }));
    expect(within.status).toBe(0);
    expect(within.output).toMatch(/^ok {3}CSS \(in index\.html\): [89]\.\d KB gzip/m);
    expect(within.output).toMatch(/^ok {3}page \(index\.html with the first screen, its stylesheet apart\): 1\.\d KB gzip/m);
    const over = checkBudgets(fakeDist({ jsBytes: 50_000, cssBytes: 20_000, indexBytes: 10_000, inlineCss: true }));
    expect(over.status).toBe(1);
    expect(over.output).toMatch(/^OVER CSS \(in index\.html\)/m);
    expect(over.output).toMatch(/^ok {3}page/m);
  });

  it('fails when the largest feed is over budget, naming it; the feeds together may be larger', () => {
    expect(FEED_BUDGET_KB).toBeGreaterThan(0);
    const within = checkBudgets(fakeDist({ jsBytes: 50_000, cssBytes: 5_000, indexBytes: 10_000, feedBytes: [20_000, 40_000, 40_000] }));
    expect(within.status).toBe(0);
    expect(within.output).toMatch(new RegExp(`^ok {3}largest feed \\(feeds/skills/s[12]\\.xml\\): 39\\.\\d KB gzip \\(budget ${FEED_BUDGET_KB} KB\\)$`, 'm'));
    const over = checkBudgets(fakeDist({ jsBytes: 50_000, cssBytes: 5_000, indexBytes: 10_000, feedBytes: [20_000, (FEED_BUDGET_KB + 5) * 1024] }));
    expect(over.status).toBe(1);
    expect(over.output).toMatch(new RegExp(`^OVER largest feed \\(feeds/skills/s1\\.xml\\): .* \\(budget ${FEED_BUDGET_KB} KB\\)$`, 'm'));
  });

  it('counts the service worker, sw.js and the Workbox runtime beside it, and fails without one', () => {
    expect(SW_BUDGET_KB).toBeGreaterThan(0);
    // Each file alone is within the budget; together they are over it.
    const over = checkBudgets(fakeDist({ jsBytes: 50_000, cssBytes: 5_000, indexBytes: 10_000, swBytes: (SW_BUDGET_KB + 2) * 1024 }));
    expect(over.status).toBe(1);
    expect(over.output).toMatch(new RegExp(`^OVER service worker: .* \\(budget ${SW_BUDGET_KB} KB\\)$`, 'm'));
    const none = checkBudgets(fakeDist({ jsBytes: 50_000, cssBytes: 5_000, indexBytes: 10_000, swBytes: null }));
    expect(none.status).toBe(1);
    expect(none.output).toContain('found no service worker');
  });
});
