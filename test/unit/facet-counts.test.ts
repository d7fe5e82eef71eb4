import { SEED_FILE } from './helpers.ts';
import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { readSources } from '../../src/ingest/sources/read-sources.ts';
import type { Idea } from '../../src/model/idea-index.ts';
import { COLLAPSED_VALUES, filterAndCount } from '../../src/search/facet-counts.ts';
import { facetTable, facetValuesOf, NO_VALUE } from '../../src/search/facet-values.ts';
import { FACET_KEYS, type FacetKey, NO_SELECTION, type SearchState } from '../../src/search/url-state.ts';

const { index } = buildIndex(readSources([SEED_FILE]), { generatedAt: 'test' });
const ideas = index.ideas;
const table = facetTable(ideas);

/** The disjunctive rule spelled out idea by idea: the reference the fast code must agree with. */
function reference(positions: number[], state: Pick<SearchState, FacetKey>) {
  const passes = (idea: Idea, key: FacetKey) => {
    const wanted = state[key].filter((t) => !t.startsWith('-'));
    const unwanted = state[key].filter((t) => t.startsWith('-')).map((t) => t.slice(1));
    const values = facetValuesOf(idea, key);
    return (wanted.length === 0 || values.some((v) => wanted.includes(v))) && !values.some((v) => unwanted.includes(v));
  };
  const matches = positions.filter((p) => FACET_KEYS.every((key) => passes(ideas[p]!, key)));
  const counts = Object.fromEntries(
    FACET_KEYS.map((key) => {
      const tally = new Map<string, number>();
      for (const p of positions) {
        const idea = ideas[p]!;
        if (!FACET_KEYS.every((other) => other === key || passes(idea, other))) continue;
        for (const v of new Set(facetValuesOf(idea, key))) tally.set(v, (tally.get(v) ?? 0) + 1);
      }
      return [key, tally];
    }),
  ) as Record<FacetKey, Map<string, number>>;
  return { matches, counts };
}

const valuesOf = (key: FacetKey) => table.values[key];
/** Selected values, some excluded (`-value`), an unknown one now and then. */
const selection = (key: FacetKey) =>
  fc.uniqueArray(
    fc.oneof(
      { weight: 7, arbitrary: fc.constantFrom(...valuesOf(key), 'no-such-value') },
      { weight: 2, arbitrary: fc.constantFrom(...valuesOf(key), 'no-such-value').map((v) => `-${v}`) },
      { weight: 1, arbitrary: fc.constant('no-such-value') },
    ),
    { maxLength: 3, selector: (t) => t.replace(/^-/, '') },
  );
/** Most facets unselected, as in real use: with all eleven refined, nothing would ever match. */
const sparse = (key: FacetKey) => fc.oneof({ weight: 3, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: selection(key) });
const state = fc.record({
  skills: sparse('skills'),
  mentors: sparse('mentors'),
  projects: sparse('projects'),
  programs: sparse('programs'),
  years: sparse('years'),
  terms: sparse('terms'),
  status: sparse('status'),
  maturity: sparse('maturity'),
  size: sparse('size'),
  difficulty: sparse('difficulty'),
  needs: sparse('needs'),
});
const everything = ideas.map((_, i) => i);
const candidates = fc.oneof(fc.constant(everything), fc.subarray(everything));

describe('facet counting', () => {
  it('agrees with the disjunctive rule computed idea by idea, for any candidates and selection', () => {
    fc.assert(
      fc.property(candidates, fc.oneof(state, fc.constant(NO_SELECTION)), (positions, selected) => {
        const fast = filterAndCount(Uint32Array.from(positions), selected, table);
        const slow = reference(positions, selected);
        expect([...fast.matches].sort((a, b) => a - b)).toEqual(slow.matches);
        for (const key of FACET_KEYS) {
          const known = fast.counts[key].all().filter((c) => !c.unknown);
          expect(known.filter((c) => c.count > 0).map((c) => [c.value, c.count])).toEqual(
            expect.arrayContaining([...slow.counts[key]].filter(([, n]) => n > 0)),
          );
          expect(known.filter((c) => c.count > 0)).toHaveLength([...slow.counts[key].values()].filter((n) => n > 0).length);
          // Listed: values with ideas, or refined; the collapsed list is what the full list starts with.
          const all = fast.counts[key].all();
          expect(all.filter((c) => c.count === 0 && !c.selected && !c.excluded)).toEqual([]);
          expect(fast.counts[key].size).toBe(all.length);
          expect(fast.counts[key].head).toEqual(all.filter((c, i) => i < COLLAPSED_VALUES || c.selected || c.excluded));
          expect(
            fast.counts[key]
              .all()
              .filter((c) => c.selected || c.excluded)
              .map((c) => (c.excluded ? `-${c.value}` : c.value))
              .sort(),
          ).toEqual([...new Set(selected[key])].sort());
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the landing view (everything, nothing selected) the index-wide counts', () => {
    const { matches, counts } = filterAndCount(Uint32Array.from(everything), NO_SELECTION, table);
    expect(matches).toHaveLength(40);
    expect(counts.skills.all().find((c) => c.value === 'Go')?.count).toBe(index.facets.skills.find((s) => s.value === 'Go')?.count);
    expect(counts.projects.all().reduce((n, c) => n + c.count, 0)).toBe(40);
  });

  it('counts a query most ideas match (from the totals, less the few that do not) as idea by idea', () => {
    const goIdeas = everything.filter((p) => ideas[p]!.skills.includes('Go'));
    const allButTwo = everything.filter((p) => p !== goIdeas[0] && p !== goIdeas[1]);
    const { matches, counts } = filterAndCount(Uint32Array.from(allButTwo), NO_SELECTION, table);
    const slow = reference(allButTwo, NO_SELECTION);
    expect([...matches]).toEqual(allButTwo);
    expect(counts.skills.all().find((c) => c.value === 'Go')?.count).toBe(goIdeas.length - 2);
    for (const key of FACET_KEYS)
      expect(new Map(counts[key].all().map((c) => [c.value, c.count]))).toEqual(new Map([...slow.counts[key]].filter(([, n]) => n > 0)));
  });

  it('lists years and terms newest first whatever their counts, selected ones in place', () => {
    const block = (project: string, title: string) => `### ${project}\n\n#### ${title}\n\n- Description: x\n- Recommended Skills: Go\n- Mentor(s): A (@a)`;
    const files = [
      {
        path: 'lfx-mentorship/2021/01-Spring/project_ideas.md',
        content: [block('Thanos', 'One'), block('Thanos', 'Two'), block('Thanos', 'Three')].join('\n\n'),
      },
      { path: 'lfx-mentorship/2024/03-Sep-Nov/README.md', content: block('Jaeger', 'Four') },
      { path: 'summerofcode/2024.md', content: [block('Jaeger', 'Five'), block('Jaeger', 'Six')].join('\n\n') },
    ];
    const built = buildIndex(files, { generatedAt: 'test' }).index;
    const terms = facetTable(built.ideas);
    const all = Uint32Array.from(built.ideas.map((_, i) => i));
    const none = NO_SELECTION;
    const { counts } = filterAndCount(all, none, terms);
    expect(counts.terms.all().map((c) => [c.value, c.count])).toEqual([
      ['lfx-2024-3', 1],
      ['gsoc-2024', 2],
      ['lfx-2021-1', 3],
    ]);
    expect(counts.years.all().map((c) => c.value)).toEqual(['2024', '2021']);
    const picked = filterAndCount(all, { ...none, terms: ['lfx-2021-1'] }, terms);
    expect(picked.counts.terms.all().map((c) => [c.value, c.selected])).toEqual([
      ['lfx-2024-3', false],
      ['gsoc-2024', false],
      ['lfx-2021-1', true],
    ]);
    expect(picked.matches).toHaveLength(3);
  });
});

describe('facets counted together (program, year, term, status…)', () => {
  // The whole corpus: many terms, years and statuses, where the 2021 seed list has one of each.
  const corpus = buildIndex(readSources([path.resolve(import.meta.dirname, '../../data/cncf-mentoring/programs')]), { generatedAt: 'test' }).index.ideas;
  const corpusTable = facetTable(corpus);

  it('numbers each idea by its combination of their values, which gives its values back', () => {
    const joint = corpusTable.joint!;
    expect(joint.keys).toEqual(expect.arrayContaining(['programs', 'years', 'terms', 'status']));
    // Far fewer combinations than ideas: that is what makes counting them quicker.
    expect(joint.size).toBeLessThan(corpus.length / 4);
    corpus.forEach((idea, position) => {
      joint.keys.forEach((key, k) => {
        const n = joint.values[k]![joint.ofIdea[position]!]!;
        expect(n === NO_VALUE ? [] : [corpusTable.values[key][n]], `${idea.id} ${key}`).toEqual(facetValuesOf(idea, key));
      });
    });
  });

  it('gives every facet the counts of counting it idea by idea, for any matches and selection', () => {
    const everyone = corpus.map((_, i) => i);
    const selection = fc.record({
      terms: fc.subarray(corpusTable.values.terms, { maxLength: 2 }),
      skills: fc.subarray(['Go', 'Rust', 'Python', '-Go'], { maxLength: 1 }),
      status: fc.subarray(corpusTable.values.status, { maxLength: 1 }),
    });
    fc.assert(
      fc.property(fc.oneof(fc.constant(everyone), fc.subarray(everyone, { minLength: 1 })), selection, (positions, picked) => {
        const state = { ...NO_SELECTION, ...picked };
        const { matches, counts } = filterAndCount(Uint32Array.from(positions), state, corpusTable);
        const passes = (position: number, except?: FacetKey) =>
          FACET_KEYS.every((key) => {
            if (key === except) return true;
            const values = facetValuesOf(corpus[position]!, key);
            const wanted = state[key].filter((t) => !t.startsWith('-'));
            const unwanted = state[key].filter((t) => t.startsWith('-')).map((t) => t.slice(1));
            return (wanted.length === 0 || values.some((v) => wanted.includes(v))) && !values.some((v) => unwanted.includes(v));
          });
        expect([...matches]).toEqual(positions.filter((p) => passes(p)));
        for (const key of FACET_KEYS) {
          const expected = new Map<string, number>();
          for (const p of positions) if (passes(p, key)) for (const v of new Set(facetValuesOf(corpus[p]!, key))) expected.set(v, (expected.get(v) ?? 0) + 1);
          const counted = new Map(counts[key].all().filter((c) => c.count > 0).map((c) => [c.value, c.count]));
          expect(counted, key).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('counting from the last keystroke', () => {
  const corpus = buildIndex(readSources([path.resolve(import.meta.dirname, '../../data/cncf-mentoring/programs')]), { generatedAt: 'test' }).index.ideas;
  const counted = (result: ReturnType<typeof filterAndCount>) => FACET_KEYS.map((key) => result.counts[key].all().map((c) => [c.value, c.count]));

  it('gives ideas that came and went since the last keystroke the counts of counting anew', () => {
    const typing = facetTable(corpus);
    const everyone = corpus.map((_, i) => i);
    // A match set, then each next one a few ideas away from it, as when a word is typed on.
    const steps = fc.array(fc.tuple(fc.subarray(everyone, { maxLength: 12 }), fc.subarray(everyone, { maxLength: 12 })), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.subarray(everyone, { minLength: 200 }), steps, (start, changes) => {
        let current = new Set(start);
        const results = [filterAndCount(Uint32Array.from(start), NO_SELECTION, typing)];
        for (const [gone, come] of changes) {
          for (const p of gone) current.delete(p);
          for (const p of come) current.add(p);
          current = new Set([...current].sort((a, b) => a - b));
          results.push(filterAndCount(Uint32Array.from(current), NO_SELECTION, typing));
          // A table of its own has no last keystroke: it counts every match.
          const anew = filterAndCount(Uint32Array.from(current), NO_SELECTION, facetTable(corpus));
          expect(counted(results.at(-1)!)).toEqual(counted(anew));
        }
        // Each earlier answer keeps its own counts.
        expect(counted(results[0]!)).toEqual(counted(filterAndCount(Uint32Array.from(start), NO_SELECTION, facetTable(corpus))));
      }),
      { numRuns: 25 },
    );
  });

  it('counts anew after matches out of order (partial matches, MiniSearch) and after none', () => {
    const typing = facetTable(corpus);
    const some = corpus.map((_, i) => i).filter((i) => i % 3 === 0);
    const shuffled = [...some.slice(1), some[0]!];
    for (const next of [shuffled, [...some].reverse(), [], some, [some[0]!], some.slice(0, -1)]) {
      filterAndCount(Uint32Array.from(some), NO_SELECTION, typing);
      const anew = filterAndCount(Uint32Array.from(next), NO_SELECTION, facetTable(corpus));
      expect(counted(filterAndCount(Uint32Array.from(next), NO_SELECTION, typing)), `${next.length} matches`).toEqual(counted(anew));
    }
  });
});
