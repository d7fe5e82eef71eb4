/**
 * Without worker support the data is fetched, parsed and searched on the page. Loaded only in
 * that case (a dynamic import), so MiniSearch and the data checks stay out of the first download.
 * Both stages are awaited: a page without workers has no way to search while indexing anyway.
 */
import type { AppIndex } from '../model/app-data.ts';
import { createSearchEngine } from '../search/local-search.ts';
import { excerptText } from '../search/highlight.ts';
import { moreLikeThis, SIMILAR_LIMIT } from '../search/more-like-this.ts';
import type { SearchEngine } from '../search/search-engine.ts';
import { createTextIndex, type TextHits, textSearch } from '../search/text-index.ts';
import { loadCards, loadText, searchDocs } from './load-app-data.ts';

export type MainThreadLoad =
  | { ok: false; message: string }
  | {
      ok: true;
      index: AppIndex;
      engine: SearchEngine;
      /** Each idea's description as its snippet is cut from it (excerptText), by position; null when they could not be loaded (names are still searched). */
      descriptions: string[] | null;
      textError?: string;
      search: (query: string) => Promise<TextHits | null>;
      /** `search`, answered at once: here the index is on the page anyway. */
      searchNow: (query: string) => TextHits;
      similar: (id: string, limit?: number) => Promise<string[]>;
    };

export async function loadOnMainThread(url: string): Promise<MainThreadLoad> {
  const cards = await loadCards(url);
  if (!cards.ok) return cards;
  const index = cards.value;
  const text = await loadText(url, index);
  const docs = text.ok ? searchDocs(index.ideas, text.value) : index.ideas;
  const engine = createSearchEngine({ ideas: index.ideas }, createTextIndex(docs));
  const searchNow = (q: string): TextHits => (text.ok ? textSearch(engine.text, q) : { ...textSearch(engine.text, q), namesOnly: true });
  return {
    ok: true,
    index,
    engine,
    descriptions: text.ok ? text.value.ideas.map((t) => excerptText(t.text)) : null,
    ...(text.ok ? {} : { textError: text.message }),
    search: async (q) => searchNow(q),
    searchNow,
    similar: async (id, limit = SIMILAR_LIMIT) => {
      const idea = engine.byId.get(id);
      return idea ? moreLikeThis(engine.text, docs, idea, limit) : [];
    },
  };
}
