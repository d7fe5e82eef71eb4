import { SEED_FILE } from './helpers.ts';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { readSources } from '../../src/ingest/sources/read-sources.ts';
import type { Idea } from '../../src/model/idea-index.ts';
import { highlight, snippet } from '../../src/search/highlight.ts';
import { createSearchEngine, runSearch } from '../../src/search/local-search.ts';
import { MINISEARCH_OPTIONS, planQuery, textSearch } from '../../src/search/text-index.ts';
import { lastWordBelowPrefix, PREFIX_MARK } from '../../src/search/query-text.ts';
import { DEFAULT_STATE, type SearchState } from '../../src/search/url-state.ts';

const { index } = buildIndex(readSources([SEED_FILE]), { generatedAt: 'test' });
const engine = createSearchEngine(index);
const search = (state: Partial<SearchState>) => runSearch(engine, { ...DEFAULT_STATE, ...state });
const titles = (state: Partial<SearchState>) =>
  search(state)
    .results.slice()
    .map((r) => r.idea.title);
const count = (state: Partial<SearchState>, facet: keyof ReturnType<typeof search>['counts'], value: string) =>
  search(state)
    .counts[facet].all()
    .find((c) => c.value === value)?.count ?? 0;

describe('full-text query', () => {
  it('returns everything, newest first, for an empty query', () => {
    const all = search({})
      .results.slice()
      .map((r) => r.idea);
    expect(all).toHaveLength(40);
    const orders = all.map((i) => i.termOrder);
    expect(orders).toEqual([...orders].sort((a, b) => b - a));
    // Order is newest first over a multi-term index too.
    const twoTerms = createSearchEngine(
      buildIndex(
        [
          {
            path: 'lfx-mentorship/2021/01-Spring/project_ideas.md',
            content: '### Thanos\n\n#### Old\n\n- Description: a\n- Recommended Skills: Go\n- Mentor(s): A (@a)',
          },
          {
            path: 'lfx-mentorship/2026/01-Mar-May/README.md',
            content: '### Thanos\n\n#### New\n\n- Description: b\n- Recommended Skills: Go\n- Mentor(s): B (@b)',
          },
        ],
        { generatedAt: 'test' },
      ).index,
    );
    expect(
      runSearch(twoTerms, DEFAULT_STATE)
        .results.slice()
        .map((r) => r.idea.title),
    ).toEqual(['New', 'Old']);
  });

  it('matches prefixes while typing and ranks title matches first', () => {
    const top = titles({ q: 'thano' }).slice(0, 4);
    expect(top).toHaveLength(4);
    expect(top.filter((t) => !/Thanos|Ruler|Sharding|Exemplars/.test(t))).toEqual([]);
    expect(titles({ q: 'jepsen' })).toEqual(['Implement Jepsen test for TiKV']);
  });

  it('matches a word of one or two letters whole, not as a prefix', () => {
    // "ti" would start TiKV; "tikv" finds it.
    expect(titles({ q: 'tikv' })).toContain('Implement Jepsen test for TiKV');
    expect(titles({ q: 'ti' })).not.toContain('Implement Jepsen test for TiKV');
  });

  it('tolerates typos in longer terms', () => {
    const typo = titles({ q: 'prometeus' });
    expect(typo).toContain('Monitor Kyverno with Prometheus');
    expect(typo).toContain('Improve Prometheus integration and exposure of Prometheus metrics');
  });

  it('says which typed words no idea has, and the words matched in their place', () => {
    const hits = (q: string) => textSearch(engine.text, q);
    expect(hits('prometeus').spelledAs).toEqual([{ typed: 'prometeus', found: ['prometheus'] }]);
    expect(hits('kyverno prometeus').spelledAs).toEqual([{ typed: 'prometeus', found: ['prometheus'] }]);
    // Of the nearest words, those many ideas use: not one idea's own misspelling beside them.
    const block = (title: string, text: string) => `#### ${title}\n\n- Description: ${text}\n- Recommended Skills: Go\n- Mentor(s): A (@a)`;
    const typos = buildIndex(
      [
        {
          path: 'lfx-mentorship/2024/01-Mar-May/README.md',
          content: `### Harbor\n\n${[block('One', 'Kubernetes operators'), block('Two', 'On Kubernetes'), block('Three', 'Kubernetes events'), block('Four', 'A kuberentes cluster')].join('\n\n')}`,
        },
      ],
      { generatedAt: 'test' },
    ).index;
    expect(textSearch(createSearchEngine(typos).text, 'kuberntes').spelledAs).toEqual([{ typed: 'kuberntes', found: ['kubernetes'] }]);
    // Found as typed, or as the start of a longer word: nothing to say.
    expect(hits('prometheus').spelledAs).toBeUndefined();
    expect(hits('promet').spelledAs).toBeUndefined();
    expect(hits('kyverno').spelledAs).toBeUndefined();
  });

  it('requires all terms to match', () => {
    expect(titles({ q: 'kyverno prometheus' })).toEqual(['Monitor Kyverno with Prometheus']);
    expect(titles({ q: 'kyverno windows' })).toEqual([]);
  });

  it('offers the ideas with most of the terms when none has all', () => {
    const { total, partial } = search({ q: 'kyverno windows' });
    expect(total).toBe(0);
    expect(partial).toMatchObject({ words: ['kyverno', 'windows'], unmatched: [], best: 1 });
    expect(partial!.results.slice().map((r) => r.idea.title)).toEqual(expect.arrayContaining(['Monitor Kyverno with Prometheus', 'Build on Windows']));
    expect(partial!.results.length).toBeGreaterThan(0);
    expect(partial!.results.slice().filter((r) => r.missing!.length !== 1)).toEqual([]);
    expect(search({ q: 'kyverno prometheus' }).partial).toBeUndefined();
  });

  it('expands abbreviations and synonyms (src/search/synonyms.json)', () => {
    expect(titles({ q: 'k8s' }).sort()).toEqual(titles({ q: 'kubernetes' }).sort());
    expect(titles({ q: 'k8s' }).length).toBeGreaterThan(0);
  });

  it('ignores accents and case', () => {
    // Jürgen Etzlstorfer mentors two Keptn ideas.
    const keptn = ['Generate service skeleton via CLI', 'Improve Prometheus integration and exposure of Prometheus metrics'];
    expect(titles({ q: 'jurgen' }).sort()).toEqual(keptn);
    expect(titles({ q: 'JÜRGEN' }).sort()).toEqual(keptn);
    // The search above would also pass by typo tolerance; these cannot.
    expect(MINISEARCH_OPTIONS.processTerm!('Jürgen')).toBe('jurgen');
    const projects = ['Ebd', 'Ébc', 'Eba'].map((project, i) => ({ ...index.ideas[i]!, id: `p${i}`, project }));
    expect(
      runSearch(createSearchEngine({ ideas: projects }), { ...DEFAULT_STATE, sort: 'project' })
        .results.slice()
        .map((r) => r.idea.project),
    ).toEqual(['Eba', 'Ébc', 'Ebd']);
  });

  it('searches mentors and skills', () => {
    expect(titles({ q: 'kakkoyun' })).toHaveLength(3);
    expect(titles({ q: 'clojure' })).toEqual(['Implement Jepsen test for TiKV']);
  });

  it('is safe with any input', () => {
    for (const q of ['"', '(', '*', ')(*&^%$', '🚀🔥', 'a'.repeat(10_000), '\u0000\u0007', 'AND OR NOT', '__proto__', 'constructor']) {
      const outcome = search({ q });
      // A sane answer, not just no exception: counts agree with the list, nothing undefined in it.
      expect(outcome.total).toBe(outcome.results.length);
      expect(outcome.results.slice().every((r) => typeof r.idea?.id === 'string')).toBe(true);
      expect(outcome.total).toBeLessThanOrEqual(40);
    }
  });
});

describe('facets', () => {
  it('counts follow the query', () => {
    expect(count({}, 'skills', 'Go')).toBeGreaterThan(count({ q: 'thanos' }, 'skills', 'Go'));
    expect(count({ q: 'thanos' }, 'projects', 'Thanos')).toBe(4);
  });

  it('is OR within a facet and AND across facets', () => {
    const rust = search({ skills: ['Rust'] }).total;
    const clojure = search({ skills: ['Clojure'] }).total;
    const either = search({ skills: ['Rust', 'Clojure'] }).total;
    expect(either).toBe(
      rust +
        clojure -
        search({ skills: ['Rust'] })
          .results.slice()
          .filter((r) => r.idea.skills.includes('Clojure')).length,
    );
    expect(
      search({ skills: ['Rust'], projects: ['TiKV'] })
        .results.slice()
        .every((r) => r.idea.project === 'TiKV' && r.idea.skills.includes('Rust')),
    ).toBe(true);
  });

  it("ignores a facet's own selection when counting it (disjunctive)", () => {
    const before = count({}, 'skills', 'Rust');
    expect(count({ skills: ['Go'] }, 'skills', 'Rust')).toBe(before);
    // but other facets narrow it
    expect(count({ projects: ['Tremor'] }, 'skills', 'Rust')).toBe(4);
  });

  it('keeps selected values at count 0 and flags unknown ones', () => {
    const { counts, total } = search({ q: 'kyverno', projects: ['Thanos'], skills: ['COBOL'] });
    expect(total).toBe(0);
    expect(counts.skills.all().find((c) => c.value === 'COBOL')).toEqual({ value: 'COBOL', count: 0, selected: true, unknown: true });
    expect(counts.projects.all().find((c) => c.value === 'Thanos')).toMatchObject({ selected: true, unknown: false, count: 0 });
  });

  it('lists selected values first, in the same place whatever the query does to their counts', () => {
    const selected = ['Rust', 'COBOL', 'Go'];
    const orderFor = (q: string) =>
      search({ q, skills: selected })
        .counts.skills.all()
        .map((c) => c.value);
    for (const q of ['', 'thanos', 'tikv', 'kyverno windows']) {
      expect(orderFor(q).slice(0, 3), q).toEqual(['Go', 'Rust', 'COBOL']);
    }
    const unselected = search({ skills: selected }).counts.skills.all().slice(3);
    expect(unselected.map((c) => c.count)).toEqual([...unselected.map((c) => c.count)].sort((a, b) => b - a));
  });

  it('filters mentors by handle key', () => {
    expect(search({ mentors: ['kakkoyun'] }).total).toBe(3);
  });
});

describe('sort orders', () => {
  const byProject = search({ sort: 'project' })
    .results.slice()
    .map((r) => r.idea.project);
  it('sorts project A–Z', () => expect(byProject).toEqual([...byProject].sort((a, b) => a.localeCompare(b))));

  it('sorts newest term first', () => {
    const many: Idea[] = [2019, 2023, 2021].map((year, i) => ({ ...index.ideas[i]!, id: `x${year}`, year, termOrder: year * 10 }));
    const e = createSearchEngine({ ideas: many });
    expect(
      runSearch(e, { ...DEFAULT_STATE, sort: 'newest' })
        .results.slice()
        .map((r) => r.idea.year),
    ).toEqual([2023, 2021, 2019]);
    expect(
      runSearch(e, DEFAULT_STATE)
        .results.slice()
        .map((r) => r.idea.year),
    ).toEqual([2023, 2021, 2019]);
  });
});

describe('highlighting', () => {
  it('marks word-start matches, case-insensitively', () => {
    expect(highlight('Monitor Kyverno with Prometheus', ['prom*'])).toEqual([
      { text: 'Monitor Kyverno with ', hit: false },
      { text: 'Prom', hit: true },
      { text: 'etheus', hit: false },
    ]);
    expect(highlight('a+b (c)', ['(', '+'])).toHaveLength(3);
  });

  it('marks a term only at the start of a word, in any script, and finds a later word start after a miss', () => {
    const hits = (text: string, terms: string[]) =>
      highlight(text, terms)
        .filter((s) => s.hit)
        .map((s) => s.text);
    // "operator" inside "cooperator" is no word start; the next "Operator" is.
    expect(hits('a cooperator and an Operator', ['operator'])).toEqual(['Operator']);
    expect(hits('kubectl-k8s k8s', ['k8s'])).toEqual(['k8s', 'k8s']);
    expect(hits('2k8s k8s', ['k8s'])).toEqual(['k8s']);
    // Letters of other scripts count as letters: not a word start after "é" or a CJK character.
    expect(hits('cafégo go', ['go'])).toEqual(['go']);
    expect(hits('中go go', ['go'])).toEqual(['go']);
    // A letter outside the Basic Multilingual Plane (two UTF-16 units) before the term.
    expect(hits('𝐀go go', ['go'])).toEqual(['go']);
    // Case-insensitive beyond ASCII.
    expect(hits('Émile émile', ['émile'])).toEqual(['Émile', 'émile']);
  });

  it('marks a word as search matched it: whole, or as a prefix for the word being typed', () => {
    const hits = (text: string, terms: string[]) =>
      highlight(text, terms)
        .filter((s) => s.hit)
        .map((s) => s.text);
    // A term of the index (a prefix's or a typo's expansion) is a whole word: "prom" is not PromBench.
    expect(hits('PromBench, a prom, Prometheus', ['prom', 'prometheus'])).toEqual(['prom', 'Prometheus']);
    expect(hits('Go services at Google, in go.', ['go'])).toEqual(['Go', 'go']);
    expect(hits('Karthik K N on Kubernetes', ['k'])).toEqual(['K']);
    // The word being typed is marked as a prefix.
    expect(hits('Kubernetes and kubectl', ['kub*'])).toEqual(['Kub', 'kub']);
    // Where a whole-word term fails, the prefix being typed may still match there.
    expect(hits('kubectl and kube', ['kube', 'kub*'])).toEqual(['kub', 'kube']);
    // A shorter word does not hide a longer term at the same place.
    expect(hits('Golang or Go', ['go', 'golang'])).toEqual(['Golang', 'Go']);
    // Whole or not holds however Unicode folds case ("ſ" is "s", "ς" is "σ").
    expect(hits('ſx s', ['s'])).toEqual(['s']);
    expect(hits('λςx λς', ['λσ'])).toEqual(['λς']);
    expect(hits('𠀀x 𠀀', ['𠀀'])).toEqual(['𠀀']);
    // A term ending in punctuation ends no word.
    expect(hits('c++17 and C++', ['c++'])).toEqual(['c++', 'C++']);
    // The snippet starts at a whole-word match, not inside "Google".
    expect(snippet(`${'Google '.repeat(40)}written in Go ${'lorem '.repeat(40)}`, ['go'])).toContain('written in Go');
  });

  it('gives the words typed to highlight as search takes them: the last one a prefix from three letters', () => {
    expect(planQuery('kubernetes oper').typed).toEqual(['kubernetes', `oper${PREFIX_MARK}`]);
    expect(planQuery('rust go').typed).toEqual(['rust', 'go']);
    // Split as search splits them, at punctuation: "ui" is a word of two letters, matched whole.
    expect(planQuery('web/ui').typed).toEqual(['web', 'ui']);
  });

  it('starts a snippet at a word-start match, not inside a word', () => {
    const text = `${'cooperation '.repeat(30)}then the operator ${'dolor sit '.repeat(40)}`;
    expect(snippet(text, [`operat${PREFIX_MARK}`])).toContain('the operator');
  });

  it('cuts a snippet around the first match', () => {
    const text = `${'lorem ipsum '.repeat(40)}the eBPF probe ${'dolor sit '.repeat(40)}`;
    const s = snippet(text, ['ebpf']);
    expect(s).toContain('eBPF');
    expect(s.startsWith('… ')).toBe(true);
    expect(s.length).toBeLessThan(200);
  });
});

describe('the word being typed', () => {
  it('is too short for a prefix below three letters, whatever comes before it', () => {
    expect(lastWordBelowPrefix('ku')).toBe(true);
    expect(lastWordBelowPrefix('kubernetes  o')).toBe(true);
    expect(lastWordBelowPrefix('kub')).toBe(false);
    expect(lastWordBelowPrefix('go kub')).toBe(false);
  });
});
