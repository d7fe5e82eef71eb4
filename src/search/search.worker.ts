/**
 * The search worker: downloads, parses and checks the index, computes the facet and sort tables,
 * builds MiniSearch and answers full-text queries (and "more like this"), all off the main thread.
 * At 10,000 ideas each of these steps alone would be a long task on the page. Ideas go to the page
 * in small chunks, tables as transferred typed arrays.
 */
import type { Idea } from '../model/idea-index.ts';
import { facetBuffers } from './facet-values.ts';
import { fetchIndex } from './fetch-index.ts';
import type { SearchRequest, SimilarRequest, WorkerMessage, WorkerRequest } from './index-worker-protocol.ts';
import { latestOnly } from './latest-only.ts';
import { moreLikeThis } from './more-like-this.ts';
import { engineTables } from './search-engine.ts';
import { createTextIndex, type TextIndex, textSearch } from './text-index.ts';
import { rankBuffers } from './sort-results.ts';

const post = (message: WorkerMessage, transfer: Transferable[] = []) => postMessage(message, { transfer });

let resolveReady: (value: TextIndex) => void;
const ready = new Promise<TextIndex>((resolve) => (resolveReady = resolve));
let allIdeas: Idea[] = [];
let byId = new Map<string, Idea>();

async function load(url: string, chunkSize: number) {
  const checked = await fetchIndex(url, () => post({ type: 'downloaded', at: performance.timeOrigin + performance.now() }));
  if (!checked.ok) return post({ type: 'error', message: checked.message });
  const { ideas, ...meta } = checked.index;
  for (let i = 0; i < ideas.length; i += chunkSize) post({ type: 'ideas', ideas: ideas.slice(i, i + chunkSize) });
  const tables = engineTables(ideas);
  post({ type: 'tables', meta, tables }, [...facetBuffers(tables.facets), ...rankBuffers(tables.ranks)]);
  allIdeas = ideas;
  byId = new Map(ideas.map((idea) => [idea.id, idea]));
  resolveReady(createTextIndex(ideas));
  post({ type: 'search-ready' });
}

const answer = latestOnly<SearchRequest>(
  async (request) => {
    const hits = textSearch(await ready, request.query);
    const buffers = [hits.positions.buffer, hits.scores.buffer, ...(hits.matchedWords ? [hits.matchedWords.buffer] : [])];
    post({ type: 'hits', seq: request.seq, hits }, buffers as ArrayBuffer[]);
  },
  (request) => post({ type: 'skipped', seq: request.seq }),
);

/** Every request is answered (not only the latest, as for keystrokes): each asks about a different page. */
async function similar(request: SimilarRequest) {
  const text = await ready;
  const idea = byId.get(request.id);
  post({ type: 'similar', seq: request.seq, ids: idea ? moreLikeThis(text, allIdeas, idea, request.limit) : [] });
}

onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'load') await load(request.url, request.chunkSize);
  else if (request.type === 'similar') await similar(request);
  else answer(request);
};
