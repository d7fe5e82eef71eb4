import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineRenderBlocking, type RenderBlockingFiles } from '../../src/prerender/inline-render-blocking.ts';

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; object-src 'none'" />`;
const page = (base: string) =>
  `<html><head>${CSP}<script src="${base}page-init.js"></script><link rel="stylesheet" crossorigin href="${base}assets/style-abc.css"></head><body></body></html>`;
const CSS = 'body{color:red}';
const CODE = "(function(){document.documentElement.classList.toggle('dark',false)})();\n";
const files = (code = CODE): RenderBlockingFiles => ({ stylesheets: new Map([['assets/style-abc.css', CSS]]), pageInit: { name: 'page-init.js', code } });
const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');
const inline = (html: string, with_ = files()) => inlineRenderBlocking(html, with_).html;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1]!;
const scriptOf = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;

describe('the files needed before the first paint are in the page', () => {
  it('writes the stylesheet and page-init.js into index.html, with no request left for either', () => {
    const result = inlineRenderBlocking(page('/'), files());
    expect(result.html).toContain(`<style>${CSS}</style>`);
    expect(result.html).toContain(`<script>${CODE}</script>`);
    expect(result.html).not.toMatch(/<link rel="stylesheet"|page-init\.js/);
    // Named, so the build can leave the file out (nothing links it any more).
    expect(result.inlined).toEqual(['assets/style-abc.css']);
  });

  it('allows exactly that inline script in the Content-Security-Policy, by its hash', () => {
    const html = inline(page('/'));
    const policy = policyOf(html);
    expect(policy).toContain(`script-src 'self' 'sha256-${sha256(CODE)}'`);
    // Not 'unsafe-inline': any other inline script stays refused.
    expect(policy).not.toContain('unsafe-inline');
    // The hash is of the code as written into the page, byte for byte.
    expect(policy).toContain(sha256(scriptOf(html)));
  });

  it('hashes the script as the browser reads it: Windows line endings become LF in the page and in the hash', () => {
    const html = inline(page('/'), files('var a = 1;\r\nvar b = 2;\r\n'));
    expect(scriptOf(html)).toBe('var a = 1;\nvar b = 2;\n');
    expect(policyOf(html)).toContain(sha256('var a = 1;\nvar b = 2;\n'));
  });

  it('works under a base path, absolute or relative', () => {
    for (const base of ['/mentorship-ideas/', './']) {
      const html = inline(page(base));
      expect(html, base).toContain(`<style>${CSS}</style>`);
      expect(html, base).toContain(`<script>${CODE}</script>`);
    }
  });

  it('fails the build rather than keep a round trip or ship a page its CSP or parser would break', () => {
    expect(() => inlineRenderBlocking(page('/'), { ...files(), stylesheets: new Map() })).toThrow(/no stylesheet \/assets\/style-abc\.css/);
    expect(() => inline(page('/').replace(/<link[^>]*>/, ''))).toThrow(/links no stylesheet/);
    expect(() => inline(page('/').replace(/<script[^>]*><\/script>/, ''))).toThrow(/no <script src="…page-init\.js">/);
    expect(() => inline(page('/').replace(CSP, ''))).toThrow(/no Content-Security-Policy/);
    expect(() => inlineRenderBlocking(page('/'), { ...files(), stylesheets: new Map([['assets/style-abc.css', 'a{}</style><script>x</script>']]) })).toThrow(
      /<\/style/,
    );
    expect(() => inline(page('/'), files('var s = "</script>";'))).toThrow(/<\/script/);
    expect(() => inline(page('/'), files('// <!-- old comment'))).toThrow(/<!--/);
  });
});
