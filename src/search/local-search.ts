import { cleanQuery } from './query-text.ts';
import { assembleEngine, engineTables, rankAndCount, type SearchEngine, type SearchOutcome } from './search-engine.ts';
import { createTextIndex, type SearchDoc, type TextIndex, textSearch } from './text-index.ts';
import type { SearchState } from './url-state.ts';

/** An engine with its own text index, searched synchronously (tests, benchmark, browsers without workers). */
export interface LocalSearchEngine extends SearchEngine {
  text: TextIndex;
}

export function createSearchEngine(index: { ideas: SearchDoc[] }, text?: TextIndex): LocalSearchEngine {
  const ideas = index.ideas;
  return {
    ...assembleEngine(ideas, engineTables(ideas)),
    text: text ?? createTextIndex(ideas),
  };
}

export function runSearch(engine: LocalSearchEngine, state: SearchState): SearchOutcome {
  const q = cleanQuery(state.q);
  return rankAndCount(engine, state, q ? textSearch(engine.text, q) : null);
}
