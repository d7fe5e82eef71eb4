/**
 * The search worker: downloads, parses and checks the index, computes the facet and sort tables,
 * builds MiniSearch and answers full-text queries, all off the main thread. At 10,000 ideas each
 * of these steps alone would be a long task on the page. Ideas go to the page in small chunks,
 * tables as transferred typed arrays.
 */
import { checkIndex } from '../model/validate-index.ts';
import { facetBuffers } from './facet-values.ts';
import type { SearchRequest, WorkerMessage, WorkerRequest } from './index-worker-protocol.ts';
import { latestOnly } from './latest-only.ts';
import { engineTables } from './search-engine.ts';
import { createTextIndex, type TextIndex, textSearch } from './text-index.ts';
import { rankBuffers } from './sort-results.ts';

const post = (message: WorkerMessage, transfer: Transferable[] = []) => postMessage(message, { transfer });

interface Searchable {
  text: TextIndex;
  positionOf: Map<string, number>;
}
let resolveReady: (value: Searchable) => void;
const ready = new Promise<Searchable>((resolve) => (resolveReady = resolve));

async function load(url: string, chunkSize: number) {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch {
    return post({ type: 'error', message: 'The idea index could not be downloaded. Check your connection and try again.' });
  }
  if (!response.ok) return post({ type: 'error', message: `The idea index could not be downloaded (HTTP ${response.status}).` });
  let body: string;
  try {
    body = await response.text();
  } catch {
    return post({ type: 'error', message: 'The idea index could not be downloaded. Check your connection and try again.' });
  }
  post({ type: 'downloaded', at: performance.timeOrigin + performance.now() });
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return post({ type: 'error', message: 'The idea index is not valid JSON.' });
  }
  const checked = checkIndex(json);
  if (!checked.ok) return post({ type: 'error', message: checked.message });
  const { ideas, ...meta } = checked.index;
  for (let i = 0; i < ideas.length; i += chunkSize) post({ type: 'ideas', ideas: ideas.slice(i, i + chunkSize) });
  const tables = engineTables(ideas);
  post({ type: 'tables', meta, tables }, [...facetBuffers(tables.facets), ...rankBuffers(tables.ranks)]);
  resolveReady({ text: createTextIndex(ideas), positionOf: new Map(ideas.map((idea, i) => [idea.id, i])) });
  post({ type: 'search-ready' });
}

const answer = latestOnly<SearchRequest>(
  async (request) => {
    const { text, positionOf } = await ready;
    const hits = textSearch(text, positionOf, request.query);
    post({ type: 'hits', seq: request.seq, hits }, [hits.positions.buffer, hits.scores.buffer] as ArrayBuffer[]);
  },
  (request) => post({ type: 'skipped', seq: request.seq }),
);

onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'load') await load(request.url, request.chunkSize);
  else answer(request);
};
