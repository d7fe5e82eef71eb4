import { createContext, type ReactNode, startTransition, useCallback, useContext, useEffect, useState } from 'react';
import type { IdeaIndex } from '../model/idea-index.ts';
import { IDEAS_PER_MESSAGE, LOAD_MARKS, SIMILAR_LIMIT, type WorkerMessage, type WorkerRequest } from '../search/index-worker-protocol.ts';
import { assembleEngine, type SearchEngine } from '../search/search-engine.ts';
import type { TextHits } from '../search/text-index.ts';

export const INDEX_URL = `${import.meta.env.BASE_URL}ideas-index.json`;

/** Full-text search, answered by the worker (or locally without one); null when a newer query superseded it. */
export type TextSearch = (query: string) => Promise<TextHits | null>;

/** Ids of ideas like the idea `id`, best first (see more-like-this.ts); answered once full-text search is ready. */
export type SimilarIdeas = (id: string, limit?: number) => Promise<string[]>;

interface Loaded {
  index: IdeaIndex;
  engine: SearchEngine;
  search: TextSearch;
  similar: SimilarIdeas;
}

type LoadState = { status: 'loading' } | { status: 'error'; message: string } | ({ status: 'ready' } & Loaded);

const IndexContext = createContext<(Loaded & { textReady: boolean }) | null>(null);

/**
 * Loads through the search worker. Results can be browsed and filtered as soon as the ideas and
 * tables arrive; full-text queries are answered once the worker has built its index. A worker
 * that cannot start (no module workers, script blocked or missing) calls `onUnavailable`.
 */
function loadInWorker(onState: (state: LoadState) => void, onTextReady: () => void, onUnavailable: () => void): () => void {
  let worker: Worker;
  try {
    worker = new Worker(new URL('../search/search.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    onUnavailable();
    return () => {};
  }
  let browsable = false;
  const ideas: IdeaIndex['ideas'] = [];
  const pending = new Map<number, (hits: TextHits | null) => void>();
  const pendingSimilar = new Map<number, (ids: string[]) => void>();
  let seq = 0;
  const search: TextSearch = (query) =>
    new Promise((resolve) => {
      pending.set(++seq, resolve);
      worker.postMessage({ type: 'search', seq, query } satisfies WorkerRequest);
    });
  const similar: SimilarIdeas = (id, limit = SIMILAR_LIMIT) =>
    new Promise((resolve) => {
      pendingSimilar.set(++seq, resolve);
      worker.postMessage({ type: 'similar', seq, id, limit } satisfies WorkerRequest);
    });
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    switch (message.type) {
      case 'downloaded':
        performance.mark(LOAD_MARKS.downloaded, { startTime: Math.max(0, message.at - performance.timeOrigin) });
        break;
      case 'ideas':
        for (const idea of message.ideas) ideas.push(idea);
        break;
      case 'tables':
        browsable = true;
        performance.mark(LOAD_MARKS.browseReady);
        onState({ status: 'ready', index: { ...message.meta, ideas } as IdeaIndex, engine: assembleEngine(ideas, message.tables), search, similar });
        break;
      case 'search-ready':
        performance.mark(LOAD_MARKS.searchReady);
        onTextReady();
        break;
      case 'hits':
      case 'skipped':
        pending.get(message.seq)?.(message.type === 'hits' ? message.hits : null);
        pending.delete(message.seq);
        break;
      case 'similar':
        pendingSimilar.get(message.seq)?.(message.ids);
        pendingSimilar.delete(message.seq);
        break;
      case 'error':
        onState({ status: 'error', message: message.message });
        worker.terminate();
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    if (browsable) onState({ status: 'error', message: 'Search stopped working. Reload the page to try again.' });
    else onUnavailable();
  };
  performance.mark(LOAD_MARKS.requested);
  worker.postMessage({ type: 'load', url: new URL(INDEX_URL, window.location.href).href, chunkSize: IDEAS_PER_MESSAGE } satisfies WorkerRequest);
  return () => worker.terminate();
}

/** Without worker support the index is fetched, parsed and searched here, on the main thread. */
async function loadOnMainThread(): Promise<LoadState> {
  const { loadOnMainThread: load } = await import('../search/load-on-main-thread.ts');
  const loaded = await load(INDEX_URL);
  if (!loaded.ok) return { status: 'error', message: loaded.message };
  const { index, engine, search, similar } = loaded;
  return { status: 'ready', index, engine, search, similar };
}

/** Loads the index once for the whole app; children render only when it is ready. */
export function IndexProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [textReady, setTextReady] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    // A transition lets React render the first full page (thousands of ideas counted, every card
    // and facet created) in slices instead of one long task that would freeze the page.
    const guard = (state: LoadState) => current && startTransition(() => setState(state));
    const loadHere = () =>
      loadOnMainThread().then(
        (result) => {
          guard(result);
          if (current) setTextReady(true);
        },
        () => guard({ status: 'error', message: 'The idea index could not be read.' }),
      );
    let stop: (() => void) | undefined;
    if (typeof Worker === 'function')
      stop = loadInWorker(
        guard,
        () => current && setTextReady(true),
        () => current && void loadHere(),
      );
    else void loadHere();
    return () => {
      current = false;
      stop?.();
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setTextReady(false);
    setAttempt((n) => n + 1);
  }, []);

  if (state.status === 'loading') return <LoadingSkeleton />;
  if (state.status === 'error') {
    return (
      <div
        role="alert"
        className="mx-auto my-16 max-w-lg rounded-lg border border-red-300 bg-red-50 p-6 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
      >
        <h2 className="text-lg font-semibold">Ideas could not be loaded</h2>
        <p className="mt-2">{state.message}</p>
        <button type="button" onClick={retry} className="mt-4 rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800">
          Try again
        </button>
      </div>
    );
  }
  return (
    <IndexContext.Provider value={{ index: state.index, engine: state.engine, search: state.search, similar: state.similar, textReady }}>
      {children}
    </IndexContext.Provider>
  );
}

function LoadingSkeleton() {
  return (
    <div aria-busy="true" aria-live="polite" className="mx-auto max-w-7xl px-4 py-6">
      <p className="sr-only">Loading ideas…</p>
      <div className="mb-6 h-12 animate-pulse rounded-lg bg-slate-200 dark:bg-slate-800" />
      <div className="flex gap-6">
        <div className="hidden w-64 shrink-0 space-y-3 lg:block">
          {Array.from({ length: 8 }, (_, i) => (
            <div key={i} className="h-5 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
          ))}
        </div>
        <div className="flex-1 space-y-4">
          {Array.from({ length: 5 }, (_, i) => (
            <div key={i} className="h-32 animate-pulse rounded-lg bg-slate-200 dark:bg-slate-800" />
          ))}
        </div>
      </div>
    </div>
  );
}

export function useIdeaIndex() {
  const value = useContext(IndexContext);
  if (!value) throw new Error('useIdeaIndex must be used inside <IndexProvider>');
  return value;
}
