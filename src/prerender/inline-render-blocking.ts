import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { deferAppScripts } from './defer-app-scripts.ts';
import { scriptTagLoading } from './script-tag.ts';

/**
 * The files the browser must have before it paints anything, written into index.html: the
 * stylesheet and page-init.js (theme and first screen, which must run before the first paint).
 * Each was a round trip after the HTML's own, the largest part of what stood between a first visit
 * on a slow phone network and the first screen (README: Performance). Later visits are answered by
 * the service worker, so caching the two apart saved nothing there.
 */

export interface RenderBlockingFiles {
  /** Stylesheets by their file name in the build (`assets/style-….css`). */
  stylesheets: ReadonlyMap<string, string>;
  /** page-init.js: the name index.html loads it by, and its code. */
  pageInit: { name: string; code: string };
}

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*?\shref="([^"]+)"[^>]*>/g;
const CSP_SCRIPT_SRC = /(<meta http-equiv="Content-Security-Policy" content="[^"]*?script-src 'self')/;

/** The CSP source that allows exactly this inline script. */
export const scriptHash = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/** The build's file an href names, whatever the base path (`/`, `/sub/`, `./`) before it. */
const fileNamed = (href: string, names: Iterable<string>) => [...names].find((name) => href === name || href.endsWith(`/${name}`));

/**
 * Replaces the stylesheet links and page-init.js's script tag with their contents, and allows that
 * one inline script in the page's Content-Security-Policy by its hash (no other inline script is
 * allowed). Anything not found is an error: a build that quietly kept a round trip would not say so.
 * Returns the page and the stylesheets it took in.
 */
export function inlineRenderBlocking(html: string, files: RenderBlockingFiles): { html: string; inlined: string[] } {
  const inlined: string[] = [];
  let page = html.replace(STYLESHEET_LINK, (link, href: string) => {
    const name = fileNamed(href, files.stylesheets.keys());
    if (name === undefined) throw new Error(`inline-render-blocking: no stylesheet ${href} in the build (${link})`);
    const css = files.stylesheets.get(name)!;
    // A stylesheet's text cannot close the element early: CSS has no use for "</style".
    if (/<\/style/i.test(css)) throw new Error(`inline-render-blocking: ${href} contains "</style"`);
    inlined.push(name);
    return `<style>${css}</style>`;
  });
  if (inlined.length === 0) throw new Error('inline-render-blocking: index.html links no stylesheet');

  // The HTML parser reads CR LF as LF before the CSP hashes the script: a checkout with Windows line
  // endings would otherwise hash bytes the browser never sees, and the page's one script be refused.
  const code = files.pageInit.code.replace(/\r\n?/g, '\n');
  // Script text that could end the element early, or open an escaped state the parser reads apart.
  if (/<\/script|<!--|<script/i.test(code)) throw new Error(`inline-render-blocking: ${files.pageInit.name} contains "</script", "<script" or "<!--"`);
  // Other attributes on the tag stay (the app's scripts listed for page-init.js: defer-app-scripts.ts).
  const tag = scriptTagLoading(files.pageInit.name);
  if (!tag.test(page)) throw new Error(`inline-render-blocking: no <script src="…${files.pageInit.name}"> in index.html`);
  page = page.replace(tag, (_, _src: string, attributes: string) => `<script${attributes}>${code}</script>`);
  if (!CSP_SCRIPT_SRC.test(page)) throw new Error("inline-render-blocking: index.html has no Content-Security-Policy with script-src 'self'");
  return { html: page.replace(CSP_SCRIPT_SRC, (policy) => `${policy} ${scriptHash(code)}`), inlined };
}

/**
 * The build's step: runs after the first screen and the CSP are in index.html (order: 'post').
 * The stylesheets it takes in leave the build: no page links them, and the service worker would
 * otherwise precache them for nothing.
 */
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
        if (!bundle) throw new Error('inline-render-blocking: no bundle to read the stylesheet from');
        const stylesheets = new Map<string, string>();
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.css')) {
            stylesheets.set(file.fileName, typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source));
          }
        }
        const name = 'page-init.js';
        const page = inlineRenderBlocking(deferAppScripts(html, name), { stylesheets, pageInit: { name, code: readFileSync(path.join(config.publicDir, name), 'utf8') } });
        if (page.inlined.length !== stylesheets.size) {
          throw new Error(
            `inline-render-blocking: the build has ${stylesheets.size} stylesheets and index.html inlines ${page.inlined.length}; one of a lazy chunk's own would never load (vite.config.ts: cssCodeSplit is off)`,
          );
        }
        for (const fileName of page.inlined) delete bundle[fileName];
        return page.html;
      },
    },
  };
}
