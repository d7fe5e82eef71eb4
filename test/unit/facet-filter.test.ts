import { beforeAll, describe, expect, it } from 'vitest';
import {
  FACET_MATCH,
  facetAliasesLoaded,
  facetMatcher,
  facetMatchRank,
  facetValueMatches,
  filterFacetValues,
  loadFacetAliases,
  NO_MATCH,
  typoBudget,
  typoDistance,
} from '../../src/search/facet-filter.ts';

describe('before the skills vocabulary is loaded', () => {
  it('knows the search synonyms only', () => {
    expect(facetAliasesLoaded()).toBe(false);
    expect(facetValueMatches('k8s', 'Kubernetes')).toBe(true);
    expect(facetValueMatches('golang', 'Go')).toBe(true);
    // A spelling that only the skills vocabulary knows.
    expect(facetValueMatches('promql', 'Prometheus')).toBe(false);
  });
});

describe('facetValueMatches', () => {
  beforeAll(async () => {
    await loadFacetAliases();
    expect(facetAliasesLoaded()).toBe(true);
  });

  it('knows the skills vocabulary once loaded', () => {
    expect(facetValueMatches('promql', 'Prometheus')).toBe(true);
    expect(facetValueMatches('reactjs', 'React')).toBe(true);
    expect(facetValueMatches('npm', 'Node.js')).toBe(true);
  });

  it('understands aliases and typos: the four examples of the issue', () => {
    expect(facetValueMatches('golang', 'Go')).toBe(true);
    expect(facetValueMatches('k8s', 'Kubernetes')).toBe(true);
    expect(facetValueMatches('wasm', 'WebAssembly')).toBe(true);
    expect(facetValueMatches('prometeus', 'Prometheus')).toBe(true);
    expect(facetMatchRank('golang', 'Go')).toBe(FACET_MATCH.alias);
    // "prometeus" is a misspelling of a known name (related); of any other label, a typo.
    expect(facetMatchRank('prometeus', 'Prometheus')).toBe(FACET_MATCH.related);
    expect(facetMatchRank('jurgn', 'Jürgen Etzlstorfer')).toBe(FACET_MATCH.typo);
  });

  it('works the other way round and through the search synonyms', () => {
    expect(facetValueMatches('kubernetes', 'K8s')).toBe(true);
    expect(facetValueMatches('webassembly', 'Wasm')).toBe(true);
    expect(facetValueMatches('otel', 'OpenTelemetry')).toBe(true);
    expect(facetValueMatches('ts', 'TypeScript')).toBe(true);
    expect(facetValueMatches('js', 'JavaScript')).toBe(true);
    expect(facetValueMatches('ml', 'Machine Learning')).toBe(true);
    expect(facetValueMatches('machine learning', 'ML')).toBe(true);
    // An alias found as words of a longer label.
    expect(facetValueMatches('k8s', 'Kubernetes Operators')).toBe(true);
    expect(facetValueMatches('golang', 'client-go')).toBe(false); // "go" is too short to look for inside labels
  });

  it('matches the start of an alias once half of it is typed', () => {
    expect(facetValueMatches('gol', 'Go')).toBe(true);
    expect(facetValueMatches('golan', 'Go')).toBe(true);
    // "component model" is a WebAssembly alias, but "com" is too little of it.
    expect(facetValueMatches('com', 'WebAssembly')).toBe(false);
  });

  it('is a case- and accent-insensitive substring match, hyphens as spaces', () => {
    expect(facetValueMatches('KUBE', 'Kubernetes')).toBe(true);
    expect(facetValueMatches('jurgen', 'Jürgen Etzlstorfer @jetzlstorfer')).toBe(true);
    expect(facetValueMatches('Jür', 'Jurgen')).toBe(true);
    expect(facetValueMatches('end to end', 'End-to-end testing')).toBe(true);
    expect(facetValueMatches('  rust ', 'Rust')).toBe(true);
    expect(facetValueMatches('c++', 'C++')).toBe(true);
  });

  it('allows one typo from 5 letters and two from 8, against a word of the label', () => {
    expect(facetValueMatches('kafak', 'Apache Kafka')).toBe(true); // transposition
    expect(facetValueMatches('grafna', 'Grafana')).toBe(true);
    expect(facetValueMatches('kubernets', 'Kubernetes')).toBe(true);
    expect(facetValueMatches('opentelmetri', 'OpenTelemetry')).toBe(true); // 2 typos, 12 letters
    expect(facetValueMatches('jurgn', 'Jürgen Etzlstorfer')).toBe(true);
    // A word still being typed, with a typo in what is there.
    expect(facetValueMatches('kubrne', 'Kubernetes')).toBe(true);
    // Several words: each must be a word of the label (or its start), in any order.
    expect(facetValueMatches('operator kubernets', 'Kubernetes Operators')).toBe(true);
    expect(facetMatchRank('operators kubernetes', 'Kubernetes Operators')).toBe(FACET_MATCH.words);
  });

  it('does not match by typo what is too short or too far', () => {
    // "go" is in "Django", as a substring, never by a typo, and not as the best match.
    expect(facetMatchRank('go', 'Django')).toBe(FACET_MATCH.substring);
    expect(facetMatchRank('go', 'Git')).toBe(NO_MATCH);
    expect(facetMatchRank('golang', 'Django')).toBe(NO_MATCH);
    expect(facetValueMatches('go', 'gRPC')).toBe(false);
    expect(facetValueMatches('k8s', 'K3s')).toBe(false); // 3 letters: no typo
    expect(facetValueMatches('rust', 'REST APIs')).toBe(false); // 4 letters: no typo
    expect(facetValueMatches('grfna', 'Grafana')).toBe(false); // 2 typos in 5 letters
    expect(facetValueMatches('prometeus', 'Thanos')).toBe(false);
    expect(facetValueMatches('wasm', 'Kubernetes')).toBe(false);
    expect(facetValueMatches('k8s', 'WebAssembly')).toBe(false);
    expect(facetValueMatches('kubernetes operators', 'Kubernetes')).toBe(false);
  });

  it('matches everything for an empty filter', () => {
    expect(facetMatchRank('', 'Anything')).toBe(FACET_MATCH.exact);
    expect(facetValueMatches('   ', 'Anything')).toBe(true);
  });
});

describe('ranking', () => {
  beforeAll(() => loadFacetAliases());

  it('puts exact and prefix matches first, then words, aliases and typos', () => {
    const rank = facetMatcher('go');
    expect(rank('Go')).toBe(FACET_MATCH.exact);
    expect(rank('Go templates')).toBe(FACET_MATCH.prefix);
    expect(rank('client-go')).toBe(FACET_MATCH.wordPrefix);
    expect(rank('Django')).toBe(FACET_MATCH.substring);
    expect(facetMatchRank('ts', 'TypeScript')).toBeLessThan(facetMatchRank('ts', 'CloudEvents'));
  });

  it('sorts matching values by rank, keeping their order within a rank', () => {
    const values = [
      { value: 'Django', count: 9 },
      { value: 'MongoDB', count: 8 },
      { value: 'Go', count: 7 },
      { value: 'Git', count: 6 },
      { value: 'Go templates', count: 5 },
      { value: 'Google Cloud', count: 4 },
    ];
    expect(filterFacetValues('go', values, (v) => v.value).map((v) => v.value)).toEqual(['Go', 'Go templates', 'Google Cloud', 'Django', 'MongoDB']);
    // "go templates" is itself a spelling of Go in the skills vocabulary.
    expect(filterFacetValues('golang', values, (v) => v.value).map((v) => v.value)).toEqual(['Go', 'Go templates']);
    expect(filterFacetValues('', values, (v) => v.value)).toEqual(values);
  });
});

describe('typo distance', () => {
  it('counts a transposition as one edit and measures against prefixes too', () => {
    expect(typoDistance('kafak', 'kafka').whole).toBe(1);
    expect(typoDistance('abc', 'abc')).toEqual({ whole: 0, prefix: 0 });
    expect(typoDistance('kubrne', 'kubernetes')).toMatchObject({ prefix: 1 });
    expect(typoDistance('', 'abc')).toEqual({ whole: 3, prefix: 0 });
    expect(typoDistance('abcdef', 'uvwxyz', 1).whole).toBeGreaterThan(1);
  });

  it('allows no typo under 5 letters, 1 from 5, 2 from 8', () => {
    expect([4, 5, 7, 8, 12].map(typoBudget)).toEqual([0, 1, 1, 2, 2]);
  });
});
