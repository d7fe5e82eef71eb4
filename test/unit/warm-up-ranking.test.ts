import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { readSources } from '../../src/ingest/sources/read-sources.ts';
import { createSearchEngine, runSearch } from '../../src/search/local-search.ts';
import { DEFAULT_STATE, type SearchState } from '../../src/search/url-state.ts';
import { rankingWarmUp } from '../../src/search/warm-up-ranking.ts';
import { SEED_FILE } from './helpers.ts';

const { index } = buildIndex(readSources([SEED_FILE]), { generatedAt: 'test' });

describe('ranking warm-up (run on the page before the first keystroke)', () => {
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
    const before = states.map(answer);
    const steps = rankingWarmUp(engine);
    expect(steps.length).toBeGreaterThan(3);
    for (const step of steps) step();
    expect(states.map(answer)).toEqual(before);
    expect(before[0]!.ids.length).toBeGreaterThan(0);
  });
});
