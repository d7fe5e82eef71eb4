/**
 * Without worker support the index is fetched, parsed and searched on the page. Loaded only in
 * that case (a dynamic import), so MiniSearch and the index checks stay out of the first download.
 */
import type { IdeaIndex } from '../model/idea-index.ts';
import { fetchIndex } from './fetch-index.ts';
import { createSearchEngine } from './local-search.ts';
import { moreLikeThis, SIMILAR_LIMIT } from './more-like-this.ts';
import type { SearchEngine } from './search-engine.ts';
import { type TextHits, textSearch } from './text-index.ts';

export type MainThreadLoad =
  | { ok: false; message: string }
  | {
      ok: true;
      index: IdeaIndex;
      engine: SearchEngine;
      search: (query: string) => Promise<TextHits | null>;
      similar: (id: string, limit?: number) => Promise<string[]>;
    };

export async function loadOnMainThread(url: string): Promise<MainThreadLoad> {
  const checked = await fetchIndex(url);
  if (!checked.ok) return { ok: false, message: checked.message };
  const engine = createSearchEngine(checked.index);
  return {
    ok: true,
    index: checked.index,
    engine,
    search: async (q) => textSearch(engine.text, q),
    similar: async (id, limit = SIMILAR_LIMIT) => {
      const idea = engine.byId.get(id);
      return idea ? moreLikeThis(engine.text, engine.ideas, idea, limit) : [];
    },
  };
}
