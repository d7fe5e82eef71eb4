import type { Idea, IdeaIndex } from '../model/idea-index.ts';
import type { EngineTables } from './search-engine.ts';
import type { TextHits } from './text-index.ts';

/** Messages between the app and the search worker (see search.worker.ts). */
export type SearchRequest = { type: 'search'; seq: number; query: string };
/** Ideas like the idea `id` (see more-like-this.ts); answered once the text index is built. */
export type SimilarRequest = { type: 'similar'; seq: number; id: string; limit: number };
export type WorkerRequest = { type: 'load'; url: string; chunkSize: number } | SearchRequest | SimilarRequest;

export type WorkerMessage =
  /** The index is downloaded; `at` is epoch milliseconds (a worker has its own time origin). */
  | { type: 'downloaded'; at: number }
  | { type: 'ideas'; ideas: Idea[] }
  | { type: 'tables'; meta: Omit<IdeaIndex, 'ideas'>; tables: EngineTables }
  | { type: 'search-ready' }
  /**
   * Full-text matches; typed arrays (positions, scores, and matchedWords when no idea had every
   * word and `hits.partial` says which ideas have most of them) are transferred, not copied.
   */
  | { type: 'hits'; seq: number; hits: TextHits }
  /** A newer search arrived before this one ran: it is not answered. */
  | { type: 'skipped'; seq: number }
  /** Ids of ideas like the one asked about, best first; none for an unknown id. */
  | { type: 'similar'; seq: number; ids: string[] }
  | { type: 'error'; message: string };

/** User Timing marks of the index's loading phases, read by the browser benchmark (and DevTools). */
export const LOAD_MARKS = {
  requested: 'ideas-index:requested',
  downloaded: 'ideas-index:downloaded',
  browseReady: 'ideas-index:browse-ready',
  searchReady: 'ideas-index:search-ready',
} as const;

/**
 * Ideas per message from the worker. The page deserializes each message in one task, so this
 * bounds that task: 100 synthetic ideas (about 240 KB) take about 5–12 ms in Chromium.
 */
export const IDEAS_PER_MESSAGE = 100;

/** Ideas offered under "More like this" unless the page asks for another number. */
export const SIMILAR_LIMIT = 6;
