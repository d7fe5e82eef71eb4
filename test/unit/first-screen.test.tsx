import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appDataFiles } from '../../src/ingest/emit/app-data-files.ts';
import { CARDS_PATH } from '../../src/model/app-data.ts';
import type { IdeaIndex } from '../../src/model/idea-index.ts';
import { firstScreenMarkup, withFirstScreen, withoutFirstScreen } from '../../src/prerender/first-screen-markup.ts';
import { renderFirstScreen } from '../../src/prerender/render-first-screen.tsx';
import { createSearchEngine } from '../../src/search/local-search.ts';
import { rankAndCount } from '../../src/search/search-engine.ts';
import { DEFAULT_STATE } from '../../src/search/url-state.ts';
import { builtIndexFile } from './helpers.ts';

const index = JSON.parse(readFileSync(builtIndexFile(), 'utf8')) as IdeaIndex;
const cards = appDataFiles(index).find((f) => f.path === CARDS_PATH)!.content;
const rendered = await renderFirstScreen(cards);
const INDEX_HTML = readFileSync(path.resolve(import.meta.dirname, '../../index.html'), 'utf8');

const decode = (text: string) =>
  text
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const linkTitles = (html: string) => [...html.matchAll(/<a [^>]*data-result-link[^>]*>([^<]*)</g)].map((m) => decode(m[1]!));

describe("the home page's first screen (built into index.html)", () => {
  it('shows the first cards of the unfiltered list, in the order the app shows them, and their count', () => {
    const engine = createSearchEngine(index);
    const expected = rankAndCount(engine, DEFAULT_STATE, null)
      .results.slice(0, 10)
      .map((r) => r.idea.title);
    const titles = linkTitles(rendered);
    expect(titles.length).toBeGreaterThanOrEqual(4);
    expect(titles).toEqual(expected.slice(0, titles.length));
    expect(rendered).toContain(`${index.ideas.length.toLocaleString('en')} ideas`);
    // The page around them: the header, the search box, the sort control.
    expect(rendered).toContain('Mentorship Ideas');
    expect(rendered).toMatch(/<input[^>]*type="search"/);
    expect(rendered).toContain('Sort by');
  });

  it('republishes no e-mail address', () => {
    expect(rendered).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/);
  });

  it('is a picture: inert, hidden from assistive technology, no id the app uses, no script or test hooks', () => {
    const markup = firstScreenMarkup(rendered);
    expect(markup).toMatch(/^<div id="first-screen"><p class="sr-only">Loading ideas…<\/p><div aria-hidden="true" inert>/);
    const ids = [...markup.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(2);
    expect(ids.filter((id) => id !== 'first-screen' && !id.startsWith('first-screen-'))).toEqual([]);
    expect(rendered).toContain('id="results"');
    expect(markup).not.toContain('id="results"');
    // Its controls have no names to be found by (the app's have), and it runs no script (the CSP would refuse it).
    expect(rendered).toMatch(/<label\b/);
    expect(rendered).toMatch(/<script\b/);
    expect(markup).not.toMatch(/<label\b|\s(for|aria-label|aria-labelledby)="|<script\b/);
    expect(markup).not.toMatch(/\sdata-[\w-]+/);
    expect(rendered).toMatch(/role="status" aria-live="polite"/);
    expect(markup).not.toMatch(/role="(status|alert)"|aria-live/);
    expect(linkTitles(markup)).toEqual([]);
  });

  it('rewrites tags only, never the text between them, and takes its controls out of the tab order', () => {
    const markup = firstScreenMarkup(
      '<label class="a">Sort<select data-x="1"><option>Relevance</option></select></label><h2><a data-result-link="" href="/i">Improve data-plane metrics, for the aria-label role</a></h2><button type="button">Save</button>',
    );
    expect(markup).toContain('>Improve data-plane metrics, for the aria-label role</a>');
    expect(markup).toContain('<span class="a">Sort<select tabindex="-1"><option>Relevance</option></select></span>');
    expect(markup).toContain('<a tabindex="-1" href="/i">');
    expect(markup).toContain('<button tabindex="-1" type="button">Save</button>');
  });

  it('goes before the app root with the address it belongs to, and index.html without it is what it was', () => {
    const html = withFirstScreen(INDEX_HTML, rendered, '/sub/');
    expect(html.indexOf('<div id="first-screen">')).toBeLessThan(html.indexOf('<div id="root"></div>'));
    expect(html).toContain('<meta name="first-screen-path" content="/sub/" />');
    expect(withoutFirstScreen(html)).toBe(INDEX_HTML);
    expect(() => withFirstScreen('<html><title>x</title></html>', rendered, '/')).toThrow(/no <div id="root"><\/div>/);
  });
});
