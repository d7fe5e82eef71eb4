import { describe, expect, it } from 'vitest';
import { APP_SCRIPTS_ATTRIBUTE, deferAppScripts } from '../../src/prerender/defer-app-scripts.ts';
import { inlineRenderBlocking } from '../../src/prerender/inline-render-blocking.ts';

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'" />`;
/** index.html as Vite writes it: page-init.js, then the entry and the chunks it preloads. */
const built = (base: string, preloads = ['assets/runtime-1.js', 'assets/react-2.js']) =>
  `<html><head>${CSP}<script src="${base}page-init.js"></script>\n` +
  `    <script type="module" crossorigin src="${base}assets/index-abc.js"></script>\n` +
  preloads.map((p) => `    <link rel="modulepreload" crossorigin href="${base}${p}">\n`).join('') +
  `    <link rel="stylesheet" crossorigin href="${base}assets/style-abc.css"></head><body><div id="root"></div></body></html>`;
const listed = (html: string) => new RegExp(`<script[^>]*\\s${APP_SCRIPTS_ATTRIBUTE}="([^"]*)"`).exec(html)?.[1]?.split(' ');

describe('the app’s scripts are requested by page-init.js, not by the HTML', () => {
  it('lists the entry first, then every chunk Vite preloads, on page-init.js’s tag, and leaves no tag that would request them', () => {
    const html = deferAppScripts(built('/'), 'page-init.js');
    expect(listed(html)).toEqual(['/assets/index-abc.js', '/assets/runtime-1.js', '/assets/react-2.js']);
    expect(html).not.toMatch(/type="module"|modulepreload/);
    // The rest of the page is as it was.
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/style-abc.css">');
    expect(html).toContain('<div id="root"></div>');
  });

  it('works under a base path and with nothing to preload', () => {
    expect(listed(deferAppScripts(built('/mentorship-ideas/'), 'page-init.js'))).toEqual([
      '/mentorship-ideas/assets/index-abc.js',
      '/mentorship-ideas/assets/runtime-1.js',
      '/mentorship-ideas/assets/react-2.js',
    ]);
    expect(listed(deferAppScripts(built('./', []), 'page-init.js'))).toEqual(['./assets/index-abc.js']);
  });

  it('keeps the list when page-init.js is written into the page, outside the code its hash covers', () => {
    const code = '(function(){})();';
    const html = inlineRenderBlocking(deferAppScripts(built('/'), 'page-init.js'), {
      stylesheets: new Map([['assets/style-abc.css', 'a{}']]),
      pageInit: { name: 'page-init.js', code },
    }).html;
    expect(html).toContain(`<script ${APP_SCRIPTS_ATTRIBUTE}="/assets/index-abc.js /assets/runtime-1.js /assets/react-2.js">${code}</script>`);
    expect(html).not.toContain('page-init.js');
  });

  it('fails the build rather than ship a page that loads the app twice or never', () => {
    const twoEntries = built('/').replace('</head>', '<script type="module" crossorigin src="/assets/other.js"></script></head>');
    expect(() => deferAppScripts(twoEntries, 'page-init.js')).toThrow(/2 module scripts/);
    expect(() => deferAppScripts(built('/').replace(/<script type="module"[^>]*><\/script>/, ''), 'page-init.js')).toThrow(/0 module scripts/);
    expect(() => deferAppScripts(built('/').replace(/<script src="[^"]*"><\/script>/, ''), 'page-init.js')).toThrow(/no <script src="…page-init\.js">/);
    // A module loaded some other way than Vite writes it would be left for the HTML to request.
    const unknown = built('/').replace('</head>', '<link rel="modulepreload" href="/assets/x.js"></head>');
    expect(() => deferAppScripts(unknown, 'page-init.js')).toThrow(/does not know/);
    const spaced = built('/').replace('assets/index-abc.js', 'assets/index abc.js');
    expect(() => deferAppScripts(spaced, 'page-init.js')).toThrow(/cannot be listed/);
  });
});
