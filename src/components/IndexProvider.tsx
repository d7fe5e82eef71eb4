import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import type { IdeaIndex } from '../model/idea-index.ts';
import { checkIndex } from '../model/validate-index.ts';
import type { IndexLoadMessage, IndexLoadRequest } from '../search/index-load-protocol.ts';
import { createSearchEngineAsync, type SearchEngine } from '../search/search-engine.ts';

export const INDEX_URL = `${import.meta.env.BASE_URL}ideas-index.json`;

type LoadState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; index: IdeaIndex; engine: SearchEngine };

const IndexContext = createContext<{ index: IdeaIndex; engine: SearchEngine } | null>(null);

/** Ideas per message from the worker: small enough that receiving one is never a long task. */
const CHUNK_SIZE = 250;

function loadInWorker(): Promise<LoadState> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('../search/load-index.worker.ts', import.meta.url), { type: 'module' });
    const ideas: IdeaIndex['ideas'] = [];
    const finish = (state: LoadState) => {
      worker.terminate();
      resolve(state);
    };
    worker.onmessage = (event: MessageEvent<IndexLoadMessage>) => {
      const message = event.data;
      if (message.type === 'ideas') {
        for (const idea of message.ideas) ideas.push(idea);
      } else if (message.type === 'error') {
        finish({ status: 'error', message: message.message });
      } else {
        const index = { ...message.meta, ideas } as IdeaIndex;
        createSearchEngineAsync(index).then(
          (engine) => finish({ status: 'ready', index, engine }),
          () => finish({ status: 'error', message: 'The search index could not be built.' }),
        );
      }
    };
    worker.onerror = () => finish({ status: 'error', message: 'The idea index could not be loaded.' });
    worker.postMessage({ url: new URL(INDEX_URL, window.location.href).href, chunkSize: CHUNK_SIZE } satisfies IndexLoadRequest);
  });
}

/** Without worker support the index is fetched and parsed here, on the main thread. */
async function loadOnMainThread(): Promise<LoadState> {
  let response: Response;
  try {
    response = await fetch(INDEX_URL, { cache: 'no-cache' });
  } catch {
    return { status: 'error', message: 'The idea index could not be downloaded. Check your connection and try again.' };
  }
  if (!response.ok) return { status: 'error', message: `The idea index could not be downloaded (HTTP ${response.status}).` };
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return { status: 'error', message: 'The idea index is not valid JSON.' };
  }
  const checked = checkIndex(json);
  if (!checked.ok) return { status: 'error', message: checked.message };
  const engine = await createSearchEngineAsync(checked.index);
  return { status: 'ready', index: checked.index, engine };
}

/** Loads the index once for the whole app; children render only when it is ready. */
export function IndexProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    (typeof Worker === 'function' ? loadInWorker() : loadOnMainThread()).then(
      (result) => current && setState(result),
      () => current && setState({ status: 'error', message: 'The idea index could not be read.' }),
    );
    return () => {
      current = false;
    };
  }, [attempt]);
  const load = useCallback(() => {
    setState({ status: 'loading' });
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
        <button type="button" onClick={load} className="mt-4 rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800">
          Try again
        </button>
      </div>
    );
  }
  return <IndexContext.Provider value={{ index: state.index, engine: state.engine }}>{children}</IndexContext.Provider>;
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
