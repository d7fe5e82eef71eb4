import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { siteFiles } from './src/ingest/emit/vite-site-files.ts';
import { firstScreen } from './src/prerender/vite-first-screen.ts';
import { withoutFirstScreen } from './src/prerender/first-screen-markup.ts';
import { compileCommonJsEagerlyPlugin } from './src/prerender/compile-commonjs-eagerly.ts';
import { inlineRenderBlockingFiles } from './src/prerender/inline-render-blocking.ts';

/**
 * The built page gets a Content-Security-Policy: scripts only from our origin, and the one inline
 * script the build writes into the page (page-init.js, allowed by its hash: see
 * src/prerender/inline-render-blocking.ts), no plugins, no <base> rewriting. Dev mode is left
 * alone: Vite injects inline scripts there.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' https: data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/** GitHub Pages serves 404.html for unknown paths: make it the app, so deep links survive a reload. */
function spaFallback(): Plugin {
  return {
    name: 'spa-fallback-404',
    apply: 'build',
    generateBundle: {
      // After Vite's own HTML plugin has added index.html to the bundle.
      order: 'post',
      handler(_, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') this.error('spa-fallback-404: no index.html in the bundle to copy to 404.html');
        this.emitFile({ type: 'asset', fileName: '404.html', source: index.source });
      },
    },
  };
}

/**
 * BASE_PATH serves the site under a sub-path, e.g. `BASE_PATH=/mentorship-ideas/ npm run build`
 * for GitHub Pages. Everything the app fetches or links is relative to it.
 */
const base = process.env.BASE_PATH ?? '/';

/** Where this build writes the site (`--outDir` may change it): the service worker's manifest reads index.html there. */
let outDir = 'dist';
function rememberOutDir(): Plugin {
  return {
    name: 'remember-out-dir',
    apply: 'build',
    configResolved: (config) => void (outDir = path.resolve(config.root, config.build.outDir)),
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Light and dark page background (styles.css: white, slate-950); index.html gives both as theme-color. */
export const THEME_COLORS = { light: '#ffffff', dark: '#020617' } as const;

/**
 * Installable and offline, with Workbox through vite-plugin-pwa rather than hand-written caching:
 * Workbox's precaching (hashed, versioned, cleaned up) and strategies are well tested, and the
 * plugin generates the service worker from the build's own file list, so nothing is listed by hand.
 *
 * - Precached: the app shell (index.html, every JS and CSS chunk including the search worker and
 *   the lazy pages, the icons; the stylesheet and page-init.js are in index.html). Not the feeds, schema, ideas.csv or 404.html: they
 *   are hundreds of files for readers outside the app, and 404.html is a copy of index.html.
 * - The app's data (src/model/app-data.ts, rebuilt daily) is not precached but cached at run time.
 *   The cards, NetworkFirst: a visit online gets the current ones (so new ideas are picked up on
 *   the next visit, and the "Updated: N new ideas" notice can say so), offline or when the network
 *   has not answered within a few seconds the cached copy is used (a late answer still refreshes
 *   it). The descriptions and the details shards, CacheFirst: their names change with their
 *   content, so a cached copy is always right; a shard is kept once an idea page of its term has
 *   been opened (offline, other terms' pages say their description cannot be loaded).
 * - Navigations to app routes (/ideas/<id>, /shortlist …) are answered with the precached
 *   index.html, except for the data files, which are real files.
 * - autoUpdate: a new service worker (only when the app's code changed; the daily index does not
 *   change it) takes over at once and the page reloads, so a page never mixes old code with chunks
 *   that the new deploy no longer has. index.html carries the build's first screen, made from the
 *   day's data: it is versioned without it (`withoutFirstScreen`), and a page the service worker
 *   answers does not show it (public/page-init.js).
 *
 * Registration is in app code (src/pwa/register-sw.ts, through `virtual:pwa-register`), not the
 * plugin's inline script, which the Content-Security-Policy (no inline scripts) would block.
 */
function progressiveWebApp() {
  return VitePWA({
    registerType: 'autoUpdate',
    injectRegister: false,
    manifest: {
      name: 'Mentorship Ideas',
      short_name: 'Mentorship Ideas',
      description: 'Search every CNCF LFX Mentorship and Google Summer of Code project idea by skill, mentor and project.',
      lang: 'en',
      start_url: base,
      scope: base,
      display: 'standalone',
      theme_color: THEME_COLORS.light,
      background_color: THEME_COLORS.light,
      // Only SVG icons: there is no PNG renderer in the toolchain. Chromium accepts an SVG with
      // sizes "any" for installation; the maskable one keeps its glyph inside the safe zone.
      icons: [
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: 'icon-maskable.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
      ],
    },
    workbox: {
      // The manifest and its icons are added by the plugin (includeManifestIcons).
      globPatterns: ['**/*.{js,css,html}'],
      // page-init.js is written into index.html by the build; the file stays for the dev server.
      globIgnores: ['404.html', 'feeds/**', 'schema/**', 'page-init.js'],
      manifestTransforms: [
        (entries) => ({
          manifest: entries.map((entry) =>
            entry.url === 'index.html'
              ? {
                  ...entry,
                  revision: createHash('md5')
                    .update(withoutFirstScreen(readFileSync(path.join(outDir, 'index.html'), 'utf8')))
                    .digest('hex'),
                }
              : entry,
          ),
          warnings: [],
        }),
      ],
      skipWaiting: true,
      clientsClaim: true,
      navigateFallback: 'index.html',
      // Workbox matches these against the path (and query) of a navigation.
      navigateFallbackDenylist: [new RegExp(`^${escapeRegExp(base)}(feeds/|schema/|app-data/|ideas\\.csv|ideas-index\\.json|404\\.html)`)],
      runtimeCaching: [
        {
          // RegExps, not functions: a function's closure (base) would not survive into sw.js.
          urlPattern: new RegExp(`^[^?#]*${escapeRegExp(base)}app-data/cards\\.json(\\?.*)?$`),
          handler: 'NetworkFirst',
          options: { cacheName: 'idea-cards', networkTimeoutSeconds: 4, expiration: { maxEntries: 2 } },
        },
        {
          urlPattern: new RegExp(`^[^?#]*${escapeRegExp(base)}app-data/.+\\.[0-9a-f]{10}\\.json$`),
          handler: 'CacheFirst',
          // The descriptions and every term's shard of about two builds.
          options: { cacheName: 'idea-text-and-details', expiration: { maxEntries: 160 } },
        },
      ],
    },
  });
}

export default defineConfig({
  base,
  // In the checkout rather than node_modules/.vite: checkouts that share node_modules (git worktrees)
  // would otherwise share one dependency cache, and one dev server would rewrite another's.
  cacheDir: '.vite',
  plugins: [
    react(),
    tailwindcss(),
    rememberOutDir(),
    contentSecurityPolicy(),
    firstScreen(),
    inlineRenderBlockingFiles(),
    spaFallback(),
    siteFiles(),
    progressiveWebApp(),
    compileCommonJsEagerlyPlugin(),
  ],
  build: {
    target: 'es2022',
    // One stylesheet, written into index.html: with it split per chunk, a lazy chunk's import would
    // add the page's stylesheet again as a link (a second download and restyle).
    cssCodeSplit: false,
    sourcemap: false,
    // The site-files plugin takes seconds by design (every feed, the JSON Schema); no warning for it on each build.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
