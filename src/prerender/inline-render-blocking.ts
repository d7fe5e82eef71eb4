import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/**
 * The files the browser must have before it paints anything, written into index.html: the
 * stylesheet and page-init.js (theme and first screen, which must run before the first paint).
 * Each was a round trip after the HTML's own, the largest part of what stood between a first visit
 * on a slow phone network and the first screen (README: Performance). Later visits are answered by
 * the service worker, so caching the two apart saved nothing there.
 */

export interface RenderBlockingFiles {
  /** Stylesheets by the href index.html links them with. */
  stylesheets: ReadonlyMap<string, string>;
  /** page-init.js: the name index.html loads it by, and its code. */
  pageInit: { name: string; code: string };
}

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*?\shref="([^"]+)"[^>]*>/g;
const CSP_SCRIPT_SRC = /(<meta http-equiv="Content-Security-Policy" content="[^"]*?script-src 'self')/;

/** The CSP source that allows exactly this inline script. */
export const scriptHash = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/**
 * Replaces the stylesheet links and page-init.js's script tag with their contents, and allows that
 * one inline script in the page's Content-Security-Policy by its hash (no other inline script is
 * allowed). Anything not found is an error: a build that quietly kept a round trip would not say so.
 */
export function inlineRenderBlocking(html: string, files: RenderBlockingFiles): string {
  let styled = 0;
  let page = html.replace(STYLESHEET_LINK, (link, href: string) => {
    const css = files.stylesheets.get(href);
    if (css === undefined) throw new Error(`inline-render-blocking: no stylesheet ${href} in the build (${link})`);
    styled++;
    // A stylesheet's text cannot close the element early: CSS has no use for "</style".
    if (/<\/style/i.test(css)) throw new Error(`inline-render-blocking: ${href} contains "</style"`);
    return `<style>${css}</style>`;
  });
  if (styled === 0) throw new Error('inline-render-blocking: index.html links no stylesheet');

  const tag = new RegExp(`<script src="([^"]*/)?${files.pageInit.name.replace(/[.]/g, '\\.')}"></script>`);
  if (!tag.test(page)) throw new Error(`inline-render-blocking: no <script src="…${files.pageInit.name}"> in index.html`);
  page = page.replace(tag, () => `<script>${files.pageInit.code}</script>`);
  if (!CSP_SCRIPT_SRC.test(page)) throw new Error("inline-render-blocking: index.html has no Content-Security-Policy with script-src 'self'");
  return page.replace(CSP_SCRIPT_SRC, (policy) => `${policy} ${scriptHash(files.pageInit.code)}`);
}

/** The build's step: runs after the first screen and the CSP are in index.html (order: 'post'). */
export function inlineRenderBlockingFiles(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'inline-render-blocking',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const stylesheets = new Map<string, string>();
        for (const file of Object.values(bundle ?? {})) {
          if (file.type === 'asset' && file.fileName.endsWith('.css')) stylesheets.set(`${config.base}${file.fileName}`, String(file.source));
        }
        const name = 'page-init.js';
        const page = inlineRenderBlocking(html, { stylesheets, pageInit: { name, code: readFileSync(path.join(config.publicDir, name), 'utf8') } });
        const inlined = [...page.matchAll(/<style>/g)].length - [...html.matchAll(/<style>/g)].length;
        if (inlined !== stylesheets.size) {
          throw new Error(
            `inline-render-blocking: the build has ${stylesheets.size} stylesheets and index.html inlines ${inlined}; one of a lazy chunk's own would never load (vite.config.ts: cssCodeSplit is off)`,
          );
        }
        return page;
      },
    },
  };
}
