import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { siteFiles } from './src/ingest/emit/vite-site-files.ts';

/**
 * The built page gets a Content-Security-Policy: scripts only from our origin (no inline code),
 * no plugins, no <base> rewriting. Dev mode is left alone: Vite injects inline scripts there.
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

export default defineConfig({
  base,
  // In the checkout rather than node_modules/.vite: checkouts that share node_modules (git worktrees)
  // would otherwise share one dependency cache, and one dev server would rewrite another's.
  cacheDir: '.vite',
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), spaFallback(), siteFiles()],
  build: {
    target: 'es2022',
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
