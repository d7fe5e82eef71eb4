import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineRenderBlocking } from '../../src/prerender/inline-render-blocking.ts';

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; object-src 'none'" />`;
const page = (base: string) =>
  `<html><head>${CSP}<script src="${base}page-init.js"></script><link rel="stylesheet" crossorigin href="${base}assets/index-abc.css"></head><body></body></html>`;
const CSS = 'body{color:red}';
const CODE = "(function(){document.documentElement.classList.toggle('dark',false)})();\n";
const files = (base: string) => ({ stylesheets: new Map([[`${base}assets/index-abc.css`, CSS]]), pageInit: { name: 'page-init.js', code: CODE } });
const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

describe('the files needed before the first paint are in the page', () => {
  it('writes the stylesheet and page-init.js into index.html, with no request left for either', () => {
    const html = inlineRenderBlocking(page('/'), files('/'));
    expect(html).toContain(`<style>${CSS}</style>`);
    expect(html).toContain(`<script>${CODE}</script>`);
    expect(html).not.toMatch(/<link rel="stylesheet"|page-init\.js/);
  });

  it('allows exactly that inline script in the Content-Security-Policy, by its hash', () => {
    const html = inlineRenderBlocking(page('/'), files('/'));
    const policy = /content="([^"]*)"/.exec(html)![1]!;
    expect(policy).toContain(`script-src 'self' 'sha256-${sha256(CODE)}'`);
    // Not 'unsafe-inline': any other inline script stays refused.
    expect(policy).not.toContain('unsafe-inline');
    // The hash is of the code as written into the page, byte for byte.
    const inline = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(policy).toContain(sha256(inline));
  });

  it('works under a base path', () => {
    const html = inlineRenderBlocking(page('/mentorship-ideas/'), files('/mentorship-ideas/'));
    expect(html).toContain(`<style>${CSS}</style>`);
    expect(html).toContain(`<script>${CODE}</script>`);
  });

  it('fails the build rather than keep a round trip or ship a page its CSP would break', () => {
    expect(() => inlineRenderBlocking(page('/'), { ...files('/'), stylesheets: new Map() })).toThrow(/no stylesheet \/assets\/index-abc\.css/);
    expect(() => inlineRenderBlocking(page('/').replace(/<link[^>]*>/, ''), files('/'))).toThrow(/links no stylesheet/);
    expect(() => inlineRenderBlocking(page('/').replace(/<script[^>]*><\/script>/, ''), files('/'))).toThrow(/no <script src="…page-init\.js">/);
    expect(() => inlineRenderBlocking(page('/').replace(CSP, ''), files('/'))).toThrow(/no Content-Security-Policy/);
    expect(() =>
      inlineRenderBlocking(page('/'), { ...files('/'), stylesheets: new Map([['/assets/index-abc.css', 'a{}</style><script>x</script>']]) }),
    ).toThrow(/<\/style/);
  });
});
