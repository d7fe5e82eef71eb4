import { SEED_FILE } from './helpers.ts';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { readSources } from '../../src/ingest/sources/read-sources.ts';
import type { Idea } from '../../src/model/idea-index.ts';
import { createSearchEngine, runSearch } from '../../src/search/local-search.ts';
import synonymData from '../../src/search/synonyms.json';
import { createTextIndex, queryUnits, SYNONYMS, synonymTable, textSearch, tokenizeWithPhrases } from '../../src/search/text-index.ts';
import { DEFAULT_STATE, type SearchState } from '../../src/search/url-state.ts';

const { index } = buildIndex(readSources([SEED_FILE]), { generatedAt: 'test' });
const template = index.ideas[0]!;

/** A small index of our own: the words of each idea are in its title, description or skills only. */
function idea(id: string, title: string, description = '', skills: string[] = []): Idea {
  return {
    ...template,
    id,
    title,
    // A project name without the idea's words: "Project wasm" would match "wasm".
    project: `Project ${id.length}${id.at(-1)!.toUpperCase()}`,
    group: undefined,
    skills,
    skillsText: '',
    mentors: [],
    description: { markdown: description, text: description, html: '' },
  } as Idea;
}

const ideas = [
  idea('wasm', 'Run plugins as Wasm modules'),
  idea('webassembly', 'A WebAssembly runtime for the edge'),
  idea('k8s', 'Operator for K8s clusters'),
  idea('kubernetes', 'Kubernetes scheduler plugin'),
  idea('otel', 'Export traces with OTel'),
  idea('ml', 'Anomaly detection', 'Use ML models to find anomalies in metrics.'),
  idea('machine-learning', 'Model serving', 'Serve machine learning models at scale.'),
  idea('scattered', 'Image builder', 'Build virtual machine images; learning resources for newcomers.'),
  idea('golang-skill', 'Rewrite the CLI', 'Port the command-line tool.', ['Go']),
  idea('go-word', 'Onboarding guide', 'Let newcomers go through the setup step by step.'),
  idea('golang-text', 'Golang client library', 'A client written in golang.'),
  idea('beginner', 'Beginner friendly docs', 'A good first project for a beginner.'),
  idea('rust', 'Rust parser', 'Write a parser in Rust.'),
  idea('prometheus', 'Prometheus exporter', 'Expose Prometheus metrics.'),
  idea('cicd', 'Pipelines', 'Improve the CI/CD workflows of the project.'),
];
const text = createTextIndex(ideas);
const engine = createSearchEngine({ ideas }, text);
const ids = (q: string) => [...textSearch(text, q).positions].map((p) => ideas[p]!.id).sort();
const search = (state: Partial<SearchState>) => runSearch(engine, { ...DEFAULT_STATE, ...state });

describe('synonyms.json', () => {
  it('is groups of terms with a comment on how to extend it', () => {
    expect(synonymData.$comment).toMatch(/extend/i);
    expect(synonymData.groups.length).toBeGreaterThan(20);
    for (const group of synonymData.groups) expect(group.length).toBeGreaterThanOrEqual(2);
    for (const [a, b] of [
      ['wasm', 'webassembly'],
      ['k8s', 'kubernetes'],
      ['otel', 'opentelemetry'],
      ['golang', 'go'],
      ['ml', 'machine learning'],
      ['ci cd', 'cicd'],
      ['js', 'javascript'],
      ['ts', 'typescript'],
    ]) {
      expect(SYNONYMS.equivalents.get(a!), a).toContain(b);
      expect(SYNONYMS.equivalents.get(b!), b).toContain(a);
    }
  });

  it('normalizes terms as search words: case, accents and punctuation', () => {
    const table = synonymTable({ groups: [['CI/CD', 'Café-Bar']] });
    expect(table.equivalents.get('ci cd')).toEqual(['cafe bar']);
    expect(table.phrasesByFirstWord.get('cafe')).toEqual([['cafe', 'bar']]);
    expect(table.longestTerm).toBe(2);
  });
});

describe('query expansion', () => {
  it('finds an abbreviation from the full name and the other way round', () => {
    expect(ids('wasm')).toEqual(['wasm', 'webassembly']);
    expect(ids('webassembly')).toEqual(['wasm', 'webassembly']);
    expect(ids('WASM')).toEqual(['wasm', 'webassembly']);
    expect(ids('k8s')).toEqual(['k8s', 'kubernetes']);
    expect(ids('kubernetes')).toEqual(['k8s', 'kubernetes']);
    expect(ids('opentelemetry')).toEqual(['otel']);
  });

  it('finds a multi-word synonym as a phrase, never as scattered words', () => {
    expect(ids('ml')).toEqual(['machine-learning', 'ml']);
    // Typed, the words must all be there (in any order); the abbreviation counts too.
    expect(ids('machine learning')).toEqual(['machine-learning', 'ml', 'scattered']);
    // …and the exact phrase ranks above the scattered words.
    const hits = textSearch(text, 'machine learning');
    const scoreOf = (id: string) => hits.scores[hits.positions.indexOf(ideas.findIndex((idea) => idea.id === id))]!;
    expect(scoreOf('machine-learning')).toBeGreaterThan(scoreOf('scattered'));
    expect(ids('cicd')).toEqual(['cicd']);
  });

  it('indexes phrase terms where the words follow each other, across punctuation', () => {
    expect(tokenizeWithPhrases('Serve Machine-Learning models')).toContain('machine learning');
    expect(tokenizeWithPhrases('CI/CD workflows')).toContain('ci cd');
    expect(tokenizeWithPhrases('machine images and learning')).not.toContain('machine learning');
  });

  it('matches an ambiguous synonym ("go" for golang) only in names and skills', () => {
    expect(ids('golang')).toEqual(['golang-skill', 'golang-text']);
    // Typed itself, "go" is an ordinary word and matches everywhere, as before.
    expect(ids('go')).toEqual(['go-word', 'golang-skill', 'golang-text']);
  });

  it('keeps typo tolerance, prefixes and AND semantics for other words', () => {
    expect(ids('prometeus')).toEqual(['prometheus']);
    expect(ids('promet')).toEqual(['prometheus']);
    expect(ids('rust parser')).toEqual(['rust']);
    // A synonym's word needs the other word too.
    expect(ids('wasm plugins')).toEqual(['wasm']);
    expect(ids('webassembly edge')).toEqual(['webassembly']);
  });

  it('highlights what matched, phrase terms word by word', () => {
    const { terms } = textSearch(text, 'ml');
    expect(terms).toEqual(expect.arrayContaining(['ml', 'machine', 'learning']));
    expect(terms).not.toContain('machine learning');
    expect(textSearch(text, 'wasm').terms).toContain('webassembly');
  });

  it('groups the runs of words that form a synonym, longest first', () => {
    expect(queryUnits('Machine Learning for CI/CD').map((u) => [u.text, u.words.join(' ')])).toEqual([
      ['Machine Learning', 'machine learning'],
      ['for', 'for'],
      ['CI CD', 'ci cd'],
    ]);
    expect(queryUnits('go go GO')).toHaveLength(1);
  });

  it('finds the same ideas from either side of a group on the seed data', () => {
    const seed = createSearchEngine(index);
    const titles = (q: string) => runSearch(seed, { ...DEFAULT_STATE, q }).results.slice().map((r) => r.idea.title);
    expect(titles('k8s').length).toBeGreaterThan(0);
    expect(titles('k8s').sort()).toEqual(titles('kubernetes').sort());
  });
});

describe('partial matches', () => {
  it('shows the ideas with most of the words when none has all, and says which', () => {
    const outcome = search({ q: 'beginner golang rust' });
    expect(outcome.total).toBe(0);
    expect(outcome.results.slice()).toEqual([]);
    expect(outcome.partial).toBeDefined();
    const partial = outcome.partial!;
    expect(partial.words).toEqual(['beginner', 'golang', 'rust']);
    expect(partial.unmatched).toEqual([]);
    expect(partial.best).toBe(1);
    expect(partial.results.slice().map((r) => r.idea.id).sort()).toEqual(['beginner', 'golang-skill', 'golang-text', 'rust']);
    expect(partial.total).toBe(4);
    expect(partial.results.slice().find((r) => r.idea.id === 'rust')!.missing).toEqual(['beginner', 'golang']);
    // Facet counts follow the partial list, so it can be narrowed.
    expect(outcome.counts.projects.all().reduce((n, c) => n + c.count, 0)).toBe(4);
  });

  it('ranks by how many words an idea has, then by score, in every sort order', () => {
    const q = 'prometheus exporter kubernetes xyzzy';
    const hits = textSearch(text, q);
    expect(hits.partial).toEqual({ words: ['prometheus', 'exporter', 'kubernetes', 'xyzzy'], unmatched: ['xyzzy'], best: 2 });
    expect(ideas[hits.positions[0]!]!.id).toBe('prometheus');
    expect(hits.matchedWords![0]).toBe(0b011);
    for (const sort of ['relevance', 'newest', 'project'] as const) {
      const { partial } = search({ q, sort });
      expect(partial!.results.slice(0, 1)[0]!.idea.id, sort).toBe('prometheus');
      expect(partial!.results.slice(0, 1)[0]!.missing).toEqual(['kubernetes', 'xyzzy']);
      expect(partial!.results.slice(1).every((r) => r.missing!.length === 3)).toBe(true);
    }
  });

  it('applies selected facet values to the partial list', () => {
    const { partial } = search({ q: 'beginner golang rust', projects: [ideas.find((i) => i.id === 'rust')!.project] });
    expect(partial!.results.slice().map((r) => r.idea.id)).toEqual(['rust']);
    expect(partial!.best).toBe(1);
  });

  it('is not used for one word, nor when some idea has every word', () => {
    expect(search({ q: 'xyzzy' }).partial).toBeUndefined();
    expect(search({ q: 'xyzzy' }).total).toBe(0);
    expect(search({ q: 'rust parser' }).partial).toBeUndefined();
    expect(search({ q: 'xyzzy plugh' }).partial).toMatchObject({ unmatched: ['xyzzy', 'plugh'], best: 0, total: 0 });
  });
});
