import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { readSources } from '../../src/ingest/sources/read-sources.ts';
import { createSearchEngine, runSearch } from '../../src/search/local-search.ts';
import { DEFAULT_STATE, type SearchState } from '../../src/search/url-state.ts';
import { highlight } from '../../src/search/highlight.ts';
import { keystrokeWarmUp } from '../../src/search/keystroke-warm-up.ts';
import { SEED_FILE } from './helpers.ts';

const { index } = buildIndex(readSources([SEED_FILE]), { generatedAt: 'test' });

describe('keystroke warm-up (run on the page before the first keystroke)', () => {
  it('changes no answer: the same results, counts and order before and after it', () => {
    const engine = createSearchEngine(index);
    const states: SearchState[] = [
      { ...DEFAULT_STATE, q: 'prometheus' },
      { ...DEFAULT_STATE, q: 'go', skills: ['Go'] },
      { ...DEFAULT_STATE, sort: 'newest' },
    ];
    const answer = (state: SearchState) => {
      const outcome = runSearch(engine, state);
      return { ids: outcome.results.slice().map((r) => r.idea.id), total: outcome.total, counts: outcome.counts };
    };
    const marked = () => highlight('Go operators for Prometheus, by Zoë', ['prom', 'go']);
    const before = states.map(answer);
    const marksBefore = marked();
    const steps = keystrokeWarmUp(engine);
    expect(steps.length).toBeGreaterThan(3);
    for (const step of steps) step();
    expect(states.map(answer)).toEqual(before);
    expect(marked()).toEqual(marksBefore);
    expect(before[0]!.ids.length).toBeGreaterThan(0);
  });
});
