import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  decodeState,
  encodeState,
  exclusionOf,
  FACET_KEYS,
  LIMITS,
  parseSearchString,
  sameSearchState,
  type SearchState,
  stringifySearch,
} from '../../src/search/url-state.ts';
import { createSearchEngine } from '../../src/search/local-search.ts';
import { corpusIndex } from './helpers.ts';

const fromUrl = (search: string) => decodeState(parseSearchString(search));
const toUrl = (state: SearchState) => stringifySearch(encodeState(state));

describe('URL state', () => {
  it('reads the plain list (no parameters) as the schema reads parameters that are all missing or wrong', () => {
    expect(decodeState({})).toEqual(DEFAULT_STATE);
    expect(decodeState({})).toEqual(decodeState({ q: undefined }));
    expect(decodeState({})).toEqual(decodeState({ sort: 'sideways', page: 'x' }));
    // Lists of its own: changing one changes nothing else.
    const state = decodeState({});
    state.skills.push('Go');
    expect(decodeState({}).skills).toEqual([]);
    expect(DEFAULT_STATE.skills).toEqual([]);
  });

  it('reads the documented short format', () => {
    expect(fromUrl('?q=ebpf&skills=Go,Rust&mentor=kakkoyun&sort=newest&page=2')).toEqual({
      ...DEFAULT_STATE,
      q: 'ebpf',
      skills: ['Go', 'Rust'],
      mentors: ['kakkoyun'],
      sort: 'newest',
      page: 2,
    });
    expect(toUrl({ ...DEFAULT_STATE, q: 'ebpf', skills: ['Go', 'Rust'], mentors: ['kakkoyun'] })).toBe('?q=ebpf&skills=Go,Rust&mentor=kakkoyun');
    expect(toUrl(DEFAULT_STATE)).toBe('');
    expect(fromUrl('?term=lfx-2026-3,gsoc-2024&status=accepted&maturity=graduated&size=350&difficulty=Hard&needs=cover-letter')).toEqual({
      ...DEFAULT_STATE,
      terms: ['lfx-2026-3', 'gsoc-2024'],
      status: ['accepted'],
      maturity: ['graduated'],
      size: ['350'],
      difficulty: ['Hard'],
      needs: ['cover-letter'],
    });
  });

  it('keeps numeric-looking and JSON-looking text as text', () => {
    expect(fromUrl('?q=2024').q).toBe('2024');
    expect(fromUrl('?q=662E41').q).toBe('662E41');
    expect(fromUrl('?q={"a":1}').q).toBe('{"a":1}');
    expect(fromUrl('?q=[1,2]&skills=["Go"]').skills).toEqual(['["Go"]']);
    expect(fromUrl('?q=true').q).toBe('true');
  });

  it('survives hostile parameters', () => {
    expect(fromUrl('?skills=Go&skills=Rust&q=a&q=b')).toMatchObject({ q: 'a', skills: ['Go', 'Rust'] });
    expect(fromUrl('?__proto__=x&constructor=1&q=ok')).toMatchObject({ q: 'ok' });
    // Keys such as __proto__ are kept as plain text, never as the prototype of the parsed object.
    const raw = parseSearchString('?__proto__=x&constructor=y&skills=Go');
    expect(Object.getPrototypeOf(raw)).toBeNull();
    expect({ proto: raw['__proto__'], constructor: raw.constructor, skills: raw.skills }).toEqual({ proto: 'x', constructor: 'y', skills: 'Go' });
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(fromUrl('?q=%E0%A4%A&skills=%ZZ').skills).toEqual(['%ZZ']);
    expect(fromUrl('?sort=__proto__&page=-5').sort).toBe('relevance');
    expect(fromUrl('?page=99999999999').page).toBe(1);
    const huge = fromUrl(`?q=${'x'.repeat(200_000)}&skills=${'a,'.repeat(100_000)}`);
    expect(huge.q.length).toBe(LIMITS.query);
    expect(huge.skills.length).toBeLessThanOrEqual(LIMITS.values);
  });

  it('reads parameters that are not text (as another reader of the address might hand them over) as missing', () => {
    const state = decodeState({ q: ['a', 'b'], skills: { Go: 1 }, mentors: 42, sort: ['newest'], page: 3, years: null });
    expect(state).toEqual(decodeState({}));
    expect(decodeState({ q: 'ok', skills: 'Go', sort: 'toString' })).toMatchObject({ q: 'ok', skills: ['Go'], sort: 'relevance', page: 1 });
  });

  it('reads control characters as spaces and drops the marks that turn text around, which no query or value means', () => {
    // A NUL showed as a box in a chip; a right-to-left override reversed the results line and the tab's title.
    expect(fromUrl('?skills=%00,Go%0A,%E2%80%AERust,%D8%9C&q=%E2%80%AEkube%E2%81%A6rnetes%E2%80%8F%07')).toMatchObject({
      q: 'kubernetes ',
      skills: ['Go', 'Rust'],
    });
    // A tab or a newline between words keeps them apart.
    expect(fromUrl('?q=go%09rust%0Aoperator').q).toBe('go rust operator');
    // What is visible stays: letters of any script, and the joiners of emoji, Indic and Persian text.
    for (const text of ['日本語 👩\u200d💻 क्\u200dष', 'می\u200cخواهم']) expect(fromUrl(`?q=${encodeURIComponent(text)}`).q).toBe(text);
  });

  it('reads any address back the same once read: what it shows is what it links to', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), (q, skill) => {
        const once = fromUrl(`?q=${encodeURIComponent(q)}&skills=${encodeURIComponent(skill)}`);
        expect(fromUrl(toUrl(once))).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts alternative spellings of facet keys', () => {
    expect(fromUrl('?skill=Go&mentors=x&projects=Thanos')).toMatchObject({ skills: ['Go'], mentors: ['x'], projects: ['Thanos'] });
  });

  it('round-trips any state through the URL', () => {
    const value = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.length > 0);
    fc.assert(
      fc.property(
        fc.record({
          q: fc.string({ maxLength: 50 }).map((s) => s.trim()),
          skills: fc.uniqueArray(value, { maxLength: 4 }),
          mentors: fc.uniqueArray(value, { maxLength: 4 }),
          projects: fc.uniqueArray(value, { maxLength: 3 }),
          programs: fc.constant<string[]>([]),
          years: fc.uniqueArray(fc.integer({ min: 2015, max: 2030 }).map(String), { maxLength: 3 }),
          terms: fc.uniqueArray(fc.constantFrom('lfx-2026-3', 'gsoc-2024', 'lfx-2019'), { maxLength: 3 }),
          status: fc.uniqueArray(fc.constantFrom('accepted', 'proposed'), { maxLength: 2 }),
          maturity: fc.uniqueArray(fc.constantFrom('sandbox', 'incubating', 'graduated'), { maxLength: 2 }),
          size: fc.uniqueArray(fc.constantFrom('90', '175', '350'), { maxLength: 2 }),
          difficulty: fc.uniqueArray(fc.constantFrom('Easy', 'Medium', 'Hard'), { maxLength: 2 }),
          needs: fc.uniqueArray(fc.constantFrom('resume', 'cover-letter', 'coding-challenge'), { maxLength: 2 }),
          sort: fc.constantFrom('relevance', 'newest', 'project'),
          page: fc.integer({ min: 1, max: 500 }),
        }),
        (state) => {
          expect(fromUrl(toUrl(state as SearchState))).toEqual(state);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('including and excluding facet values', () => {
  it('writes an exclusion as -value, and each action undoes itself or replaces the other', async () => {
    const { refine } = await import('../../src/search/url-state.ts');
    expect(refine([], 'Go', 'include')).toEqual(['Go']);
    expect(refine(['Go'], 'Go', 'include')).toEqual([]);
    expect(refine(['Go'], 'Machine Learning', 'exclude')).toEqual(['Go', '-Machine Learning']);
    expect(refine(['Go', '-Machine Learning'], 'Machine Learning', 'exclude')).toEqual(['Go']);
    expect(refine(['Go', '-Machine Learning'], 'Machine Learning', 'include')).toEqual(['Go', 'Machine Learning']);
    expect(refine(['Go'], 'Go', 'exclude')).toEqual(['-Go']);
    expect(toUrl({ ...DEFAULT_STATE, skills: ['Go', '-Machine Learning'] })).toBe('?skills=Go,-Machine+Learning');
    expect(fromUrl('?skills=Go,-Machine%20Learning').skills).toEqual(['Go', '-Machine Learning']);
  });
});

describe('sameSearchState', () => {
  it('finds two states made apart equal when their addresses are, and tells any difference', () => {
    const typed = { ...fromUrl('?skills=Go,Rust&sort=newest'), q: 'ebpf', page: 1 };
    expect(sameSearchState(typed, fromUrl('?q=ebpf&skills=Go,Rust&sort=newest'))).toBe(true);
    expect(sameSearchState(typed, fromUrl('?q=ebpf&skills=Rust,Go&sort=newest'))).toBe(false);
    expect(sameSearchState(typed, fromUrl('?q=ebpf&skills=Go,Rust'))).toBe(false);
    expect(sameSearchState(typed, { ...typed, page: 2 })).toBe(false);
    expect(sameSearchState(typed, { ...typed, q: 'ebp' })).toBe(false);
  });
});

describe('every facet value of the whole default dataset in a link', () => {
  it('reads back as itself, selected and excluded, so that no filter is lost when shared', () => {
    const engine = createSearchEngine({ ideas: corpusIndex().ideas });
    const lost: string[] = [];
    for (const key of FACET_KEYS) {
      const values = engine.facets.values[key];
      expect(values.length, key).toBeGreaterThan(0);
      for (const value of values) {
        for (const token of [value, exclusionOf(value)]) {
          const back = fromUrl(toUrl({ ...DEFAULT_STATE, [key]: [token] }))[key];
          if (back.length !== 1 || back[0] !== token) lost.push(`${key}: ${JSON.stringify(token)} → ${JSON.stringify(back)}`);
        }
      }
    }
    expect(lost).toEqual([]);
  }, 60_000);
});
