/**
 * The search worker: downloads and checks the cards, computes the facet and sort tables, indexes
 * the cards' names at once, then downloads the descriptions and builds the full-text index (and
 * answers "more like this"), all off the main thread. At 10,000 ideas each of these steps alone
 * would be a long task on the page. Ideas go to the page in small chunks, tables as transferred
 * typed arrays.
 */
import type { AppIndex } from '../model/app-data.ts';
import { facetBuffers } from '../search/facet-values.ts';
import { excerptText } from '../search/highlight.ts';
import { SEARCH_WARM_UP_QUERIES } from '../search/keystroke-warm-up.ts';
import { latestOnly, nextTask } from '../search/latest-only.ts';
import { moreLikeThis } from '../search/more-like-this.ts';
import { engineTables } from '../search/search-engine.ts';
import { rankBuffers } from '../search/sort-results.ts';
import type { PostingsSnapshot } from '../search/term-postings.ts';
import { createTextIndex, postingsSnapshot, type SearchDoc, type TextIndex, textSearch } from '../search/text-index.ts';
import type { SearchRequest, SimilarRequest, WorkerMessage, WorkerRequest } from './index-worker-protocol.ts';
import { loadCards, loadText, searchDocs } from './load-app-data.ts';

const post = (message: WorkerMessage, transfer: Transferable[] = []) => postMessage(message, { transfer });

/**
 * The most postings (idea × term pairs, 12 bytes each) sent to the page for it to answer keystrokes
 * itself: the default dataset has about 92,000, 10,000 synthetic ideas about 750,000; past this the
 * page's memory would pay more than a keystroke gains, and the worker answers.
 */
const SNAPSHOT_LIMIT = 2_000_000;

/** Descriptions per message to the page (about 1 KB each). */
const TEXTS_PER_MESSAGE = 500;

let cardsUrl = '';
let index: AppIndex | undefined;
/** The cards' names only, until the descriptions are indexed. */
let names: TextIndex | undefined;
let full: TextIndex | undefined;
/** The descriptions could not be loaded (until a retry): "more like this" answers from the names. */
let textFailed = false;
let docs: SearchDoc[] = [];
let byId = new Map<string, SearchDoc>();
const waitingForNames: (() => void)[] = [];
const waitingForFull: (() => void)[] = [];
const release = (waiting: (() => void)[]) => waiting.splice(0).forEach((resume) => resume());

/**
 * How long indexing waits for the page to paint its first results (a hidden tab paints nothing).
 * On a phone's two or four cores, indexing beside the first frames makes each of them a long task.
 */
const PAINT_WAIT_MS = 1_000;

/** Rounds of the warm-up queries over the full-text index after the first (the index answers meanwhile). */
const MORE_WARM_UP_ROUNDS = 4;
const warmUp = (text: TextIndex) => SEARCH_WARM_UP_QUERIES.forEach((query) => textSearch(text, query));
/** One query per task: a keystroke's query is answered between them. */
async function warmUpInBackground(text: TextIndex) {
  for (let round = 0; round < MORE_WARM_UP_ROUNDS; round++)
    for (const query of SEARCH_WARM_UP_QUERIES) {
      await nextTask();
      textSearch(text, query);
    }
}
let pagePainted: () => void = () => {};
const painted = new Promise<void>((resolve) => (pagePainted = resolve));

async function load(url: string, chunkSize: number) {
  cardsUrl = url;
  const checked = await loadCards(url, () => post({ type: 'downloaded', at: performance.timeOrigin + performance.now() }));
  if (!checked.ok) return post({ type: 'error', message: checked.message });
  index = checked.value;
  const { ideas, ...meta } = index;
  for (let i = 0; i < ideas.length; i += chunkSize) post({ type: 'ideas', ideas: ideas.slice(i, i + chunkSize) });
  const tables = engineTables(ideas);
  post({ type: 'tables', meta, tables }, [...facetBuffers(tables.facets), ...rankBuffers(tables.ranks), tables.groups.buffer as ArrayBuffer]);
  await Promise.race([painted, new Promise((resolve) => setTimeout(resolve, PAINT_WAIT_MS))]);
  names = createTextIndex(ideas);
  warmUp(names);
  post({ type: 'search-ready', scope: 'names' });
  release(waitingForNames);
  await loadDescriptions();
}

async function loadDescriptions() {
  if (!index || full) return;
  textFailed = false;
  const text = await loadText(cardsUrl, index);
  if (!text.ok) {
    textFailed = true;
    release(waitingForFull);
    return post({ type: 'text-error', message: text.message });
  }
  for (let i = 0; i < text.value.ideas.length; i += TEXTS_PER_MESSAGE)
    post({ type: 'descriptions', start: i, texts: text.value.ideas.slice(i, i + TEXTS_PER_MESSAGE).map((t) => excerptText(t.text)) });
  docs = searchDocs(index.ideas, text.value);
  byId = new Map(docs.map((doc) => [doc.id, doc]));
  full = createTextIndex(docs);
  warmUp(full);
  names = undefined;
  post({ type: 'search-ready', scope: 'full' });
  release(waitingForFull);
  if (snapshotAsked) await sendSnapshot(full);
  void warmUpInBackground(full);
}

/**
 * The page asks for the postings when its search box gets focus, not at once: a visit that does not
 * search pays neither the copy's memory nor its handling while the page loads.
 */
let snapshotAsked = false;
let snapshotSent = false;

/** In a task of its own: a query waiting to be answered (the one the page asks again once the descriptions are indexed) goes first. */
async function sendSnapshot(text: TextIndex) {
  if (snapshotSent) return;
  snapshotSent = true;
  await nextTask();
  let snapshot: PostingsSnapshot | null = null;
  try {
    snapshot = postingsSnapshot(text, SNAPSHOT_LIMIT);
  } catch (error) {
    // The worker goes on answering keystrokes; the page is told so.
    console.error(error);
  }
  if (!snapshot) return post({ type: 'snapshot', snapshot: null });
  const { dictionary, fieldSets } = snapshot;
  const arrays = [dictionary.pairCodes, dictionary.pairStart, dictionary.pairTerms];
  for (const set of Object.values(fieldSets)) arrays.push(...(set.terms ? [set.terms] : []), set.offsets, set.docs);
  post({ type: 'snapshot', snapshot }, [...arrays.map((array) => array.buffer), ...Object.values(fieldSets).map((set) => set.scores.buffer)] as ArrayBuffer[]);
}

const answer = latestOnly<SearchRequest>(
  async (request) => {
    if (!names && !full) await new Promise<void>((resume) => waitingForNames.push(resume));
    const hits = full ? textSearch(full, request.query) : { ...textSearch(names!, request.query), namesOnly: true };
    const buffers = [hits.positions.buffer, hits.scores.buffer, ...(hits.matchedWords ? [hits.matchedWords.buffer] : [])];
    post({ type: 'hits', seq: request.seq, hits }, buffers as ArrayBuffer[]);
  },
  (request) => post({ type: 'skipped', seq: request.seq }),
);

/** Every request is answered (not only the latest, as for keystrokes): each asks about a different page. */
async function similar(request: SimilarRequest) {
  if (!names && !full) await new Promise<void>((resume) => waitingForNames.push(resume));
  if (!full && !textFailed) await new Promise<void>((resume) => waitingForFull.push(resume));
  const ideas = full ? docs : index!.ideas;
  const idea = full ? byId.get(request.id) : ideas.find((i) => i.id === request.id);
  post({ type: 'similar', seq: request.seq, ids: idea ? moreLikeThis((full ?? names)!, ideas, idea, request.limit) : [] });
}

onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  // A query or a page asking for similar ideas does not wait for the paint either.
  if (request.type !== 'load') pagePainted();
  if (request.type === 'painted') return;
  if (request.type === 'send-snapshot') {
    snapshotAsked = true;
    if (full) await sendSnapshot(full);
    return;
  }
  if (request.type === 'load') await load(request.url, request.chunkSize);
  else if (request.type === 'retry-text') await loadDescriptions();
  else if (request.type === 'similar') await similar(request);
  else answer(request);
};
