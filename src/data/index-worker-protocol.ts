import type { AppIndex, IdeaCard } from '../model/app-data.ts';
import type { EngineTables } from '../search/search-engine.ts';
import type { PostingsSnapshot } from '../search/term-postings.ts';
import type { TextHits } from '../search/text-index.ts';

/** Messages between the app and the search worker (see index.worker.ts). */
export type SearchRequest = { type: 'search'; seq: number; query: string };
/** Ideas like the idea `id` (see more-like-this.ts); answered once the descriptions are indexed. */
export type SimilarRequest = { type: 'similar'; seq: number; id: string; limit: number };
export type WorkerRequest =
  | { type: 'load'; url: string; chunkSize: number }
  /** After `text-error`: download the descriptions again. */
  | { type: 'retry-text' }
  /** The page has painted its first results: indexing may start (until then it would share the CPU with them). */
  | { type: 'painted' }
  /** The user is about to search (the search box has focus): send the postings once the descriptions are indexed. */
  | { type: 'send-snapshot' }
  | SearchRequest
  | SimilarRequest;

export type WorkerMessage =
  /** The cards are downloaded; `at` is epoch milliseconds (a worker has its own time origin). */
  | { type: 'downloaded'; at: number }
  | { type: 'ideas'; ideas: IdeaCard[] }
  | { type: 'tables'; meta: Omit<AppIndex, 'ideas'>; tables: EngineTables }
  /** Queries are answered: from the cards alone (`names`), or with the descriptions (`full`). */
  | { type: 'search-ready'; scope: 'names' | 'full' }
  /** The ideas' descriptions from position `start`, as the cards' snippets are cut from them (excerptText). */
  | { type: 'descriptions'; start: number; texts: string[] }
  /**
   * Asked for by `send-snapshot`, sent once the descriptions are indexed: the full-text index's
   * postings, typed arrays transferred, so the page answers keystrokes itself
   * (postings-snapshot.ts); null for an index too large to copy.
   */
  | { type: 'snapshot'; snapshot: PostingsSnapshot | null }
  /** The descriptions could not be loaded; search goes on over the cards. */
  | { type: 'text-error'; message: string }
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

/** User Timing marks of the data's loading phases, read by the browser benchmark (and DevTools). */
export const LOAD_MARKS = {
  requested: 'ideas-index:requested',
  downloaded: 'ideas-index:downloaded',
  browseReady: 'ideas-index:browse-ready',
  namesReady: 'ideas-index:names-ready',
  searchReady: 'ideas-index:search-ready',
  /**
   * Where keystrokes are answered is settled: on the page (detail `page`: the postings snapshot is
   * in and its search code warmed up, or there is no worker) or by the worker (detail `worker`: the
   * index is too large to copy, or the page's search code failed to load).
   */
  keystrokesReady: 'ideas-index:keystrokes-ready',
} as const;

/**
 * Ideas per message from the worker. The page deserializes each message in one task, so this
 * bounds that task: 100 synthetic ideas (about 240 KB) take about 5–12 ms in Chromium.
 */
export const IDEAS_PER_MESSAGE = 100;
