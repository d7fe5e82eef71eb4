import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { SCHEMA_VERSION } from '../../src/model/idea-index.ts';
import { indexFixture } from './helpers.ts';

/** Everything executable HTML could carry: script-like elements, handlers, non-http(s)/mailto URLs. */
export function executableParts(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
    if (/^<(script|iframe|svg|object|embed|style|link|meta|form|base)\b/i.test(tag)) found.push(tag);
    if (/\son[a-z]+\s*=/i.test(tag)) found.push(tag);
    for (const [, , url] of tag.matchAll(/\s(href|src|action|formaction|xlink:href)\s*=\s*"([^"]*)"/gi)) {
      if (!/^(https?:|mailto:|#)/i.test(url!)) found.push(tag);
    }
  }
  return found;
}

/** Markdown-ish lines: headings, labelled bullets, nesting, HTML, links, fences, junk. */
const line = fc.oneof(
  fc.constantFrom('', '---', '```', '> quote', '<script>alert(1)</script>', '| a | b |', '|---|---|', '=====', '-----'),
  fc.tuple(fc.integer({ min: 1, max: 7 }), fc.string({ maxLength: 30 })).map(([n, t]) => `${'#'.repeat(n)} ${t}`),
  fc
    .tuple(
      fc.constantFrom('- ', '* ', '  - ', '\t- ', '1. ', ''),
      fc.constantFrom('Description:', 'Mentor(s):', 'Recommended Skills:', 'Upstream Issue (URL):', 'LFX URL:', '**Skills**:', 'Odd label:', ''),
      fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.constantFrom(' Jane (@jane, j@x.io)', ' [x](javascript:alert(1))', ' Go, Rust', ' https://github.com/a/b/issues/1', ' @a, @b'),
      ),
    )
    .map((parts) => parts.join('')),
  fc.string({ maxLength: 60 }),
);

describe('robustness', () => {
  it('never throws on arbitrary markdown and always yields a well-formed index', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const { index } = buildIndex([{ path: 'lfx-mentorship/2024/01-Mar-May/project_ideas.md', content: lines.join('\n') }], { generatedAt: 'x' });
        expect(index.schemaVersion).toBe(SCHEMA_VERSION);
        for (const idea of index.ideas) {
          expect(idea.id).toMatch(/^[a-z0-9-]+$/);
          expect(typeof idea.title).toBe('string');
          expect(Array.isArray(idea.skills) && Array.isArray(idea.mentors) && Array.isArray(idea.issues)).toBe(true);
          expect(idea.source.line).toBeGreaterThan(0);
          expect(executableParts(idea.description.html)).toEqual([]);
          for (const m of idea.mentors) expect(JSON.stringify(m)).not.toMatch(/@x\.io/);
        }
        for (const d of index.diagnostics) expect(d.line).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('hostile markdown', () => {
  const { html } = indexFixture('hostile.md').ideas[0]!.description;

  it('renders nothing executable', () => {
    expect(executableParts(html)).toEqual([]);
    expect(html).not.toMatch(/<script|<iframe|<svg|<object|<embed/i);
    expect(html).not.toMatch(/javascript:|vbscript:|data:/i);
    expect(html).not.toMatch(/jav\s*&#x?0*9;?\s*ascript/i);
  });

  it('keeps safe links, opening upstream pages in a new tab', () => {
    expect(html).toContain('<a href="https://example.com" target="_blank" rel="noopener noreferrer nofollow">ok</a>');
    expect(html).toContain('href="https://github.com/cncf/mentoring/blob/main/programs/lfx-mentorship/2024/README.md"');
  });

  it('never republishes an e-mail address, not even as a mailto: link', () => {
    expect(html).not.toMatch(/mailto:|someone@example\.com/);
    expect(html).toMatch(/>mail</);
  });

  it('drops unsafe links but keeps their text', () => {
    expect(html).toMatch(/<a>click<\/a>|>click</);
    expect(html).toContain('enc');
  });
});
