import { afterFrames, FIRST_RESULTS_STAGES } from '../components/after-frames.ts';
import { createContext, type ReactNode, startTransition, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { releaseFirstScreen } from '../components/first-screen.ts';
import { type AppIndex, CARDS_PATH } from '../model/app-data.ts';
import { SIMILAR_LIMIT } from '../search/query-text.ts';
import { assembleEngine, type SearchEngine } from '../search/search-engine.ts';
import { keystrokeWarmUp, SEARCH_WARM_UP_QUERIES } from '../search/keystroke-warm-up.ts';
import type { SearchNow } from '../search/postings-snapshot.ts';
import { stepsWhenIdle } from './when-idle.ts';
import { useRevealedInTurn } from './reveal-in-turn.ts';
import type { TextHits } from '../search/text-index.ts';
import { IDEAS_PER_MESSAGE, LOAD_MARKS, type WorkerMessage, type WorkerRequest } from './index-worker-protocol.ts';

/** The first stage of the app's data (see src/model/app-data.ts); the others are named in it. */
export const CARDS_URL = `${import.meta.env.BASE_URL}${CARDS_PATH}`;

/** The cards' absolute address: the other stages' files are named relative to it. */
export const cardsUrl = (): string => new URL(CARDS_URL, window.location.href).href;

/** Full-text search, answered by the worker (or locally without one); null when a newer query superseded it. */
export type TextSearch = (query: string) => Promise<TextHits | null>;

/** Ids of ideas like the idea `id`, best first (see more-like-this.ts); answered once full-text search is ready. */
export type SimilarIdeas = (id: string, limit?: number) => Promise<string[]>;

/**
 * Where the descriptions are: being fetched and indexed (queries match names meanwhile), indexed,
 * or failed (with a message and a retry).
 */
export type TextStatus = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; message: string };

interface Loaded {
  index: AppIndex;
  engine: SearchEngine;
  search: TextSearch;
  /**
   * Full-text search on the page, answered at once: undefined until it can (the worker's postings
   * have arrived), and for the rare query only `search` answers.
   */
  searchNow?: SearchNow;
  /** The user is about to search (the box has focus): the page gets ready to answer keystrokes itself. */
  prepareSearchNow?: () => void;
  similar: SimilarIdeas;
}

type LoadState = { status: 'loading' } | { status: 'error'; message: string } | ({ status: 'ready' } & Loaded);

/**
 * The descriptions' state, apart from the index: it changes after the first results are shown,
 * and only what shows descriptions or searches them re-renders then.
 */
interface TextContextValue {
  /** `ready`: full-text search covers the descriptions (before, queries match titles, skills, projects and mentors). */
  text: TextStatus;
  retryText: () => void;
  /** Each idea's description by position, flattened for the cards' snippets (excerptText); null until they arrive. */
  descriptions: readonly string[] | null;
}

const IndexContext = createContext<Loaded | null>(null);

/** An index already loaded: the build renders the home page's first screen with it (src/prerender/). */
export const PreloadedIndexContext = createContext<Loaded | null>(null);
const TextContext = createContext<TextContextValue | null>(null);

interface TextEvents {
  onText: (status: TextStatus) => void;
  onDescriptions: (texts: string[]) => void;
}

/**
 * Loads through the search worker. Results can be browsed and filtered as soon as the cards and
 * tables arrive; queries are answered from the cards at once and with the descriptions once the
 * worker has indexed them. A worker that cannot start (no module workers, script blocked or
 * missing) calls `onUnavailable`.
 */
function loadInWorker(
  onState: (state: LoadState) => void,
  events: TextEvents,
  onUnavailable: () => void,
): { stop: () => void; retryText: () => void } {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./index.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    onUnavailable();
    return { stop: () => {}, retryText: () => {} };
  }
  let browsable = false;
  let stopped = false;
  let stopWarmUp = () => {};
  const ideas: AppIndex['ideas'] = [];
  const descriptions: string[] = [];
  const pending = new Map<number, (hits: TextHits | null) => void>();
  const pendingSimilar = new Map<number, (ids: string[]) => void>();
  let seq = 0;
  let answerHere: SearchNow | undefined;
  let stopSnapshotWarmUp = () => {};
  let snapshotAsked = false;
  const prepareSearchNow = () => {
    if (snapshotAsked || stopped) return;
    snapshotAsked = true;
    worker.postMessage({ type: 'send-snapshot' } satisfies WorkerRequest);
  };
  // A keystroke without the box's focus first (focused before the app took over): it asks too.
  const searchNow: SearchNow = (query) => (answerHere ? answerHere(query) : void prepareSearchNow());
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
  /** Once the first results are painted, the worker indexes the text and the page warms up its part of a keystroke. */
  const startIndexingAfterFirstResults = (engine: SearchEngine) =>
    afterFrames(FIRST_RESULTS_STAGES.indexing, () => {
      worker.postMessage({ type: 'painted' } satisfies WorkerRequest);
      // While the worker indexes, the page is idle: it readies the code a keystroke runs here.
      // Imported with the page, not on demand: it is a few hundred bytes, and Vite's helper for
      // a dynamic import (a link per dependency, looked up in the page) was a long task itself.
      if (!stopped) stopWarmUp = stepsWhenIdle(keystrokeWarmUp(engine));
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
      case 'tables': {
        browsable = true;
        performance.mark(LOAD_MARKS.browseReady);
        // The tables are put together in a task after the one reading the message: on a phone the
        // two together were a long task.
        setTimeout(() => {
          if (stopped) return;
          const engine = assembleEngine(ideas, message.tables);
          onState({ status: 'ready', index: { ...message.meta, ideas }, engine, search, searchNow, prepareSearchNow, similar });
          startIndexingAfterFirstResults(engine);
        });
        break;
      }
      case 'descriptions':
        for (let i = 0; i < message.texts.length; i++) descriptions[message.start + i] = message.texts[i]!;
        break;
      case 'search-ready':
        if (message.scope === 'names') {
          performance.mark(LOAD_MARKS.namesReady);
          break;
        }
        performance.mark(LOAD_MARKS.searchReady);
        events.onDescriptions(descriptions);
        events.onText({ state: 'ready' });
        break;
      case 'snapshot': {
        const { snapshot } = message;
        if (!snapshot) {
          performance.mark(LOAD_MARKS.keystrokesReady, { detail: 'worker' });
          break;
        }
        // Loaded now, not with the page: it brings the query planning (and MiniSearch with it),
        // which the first screen does not need.
        import('../search/postings-snapshot.ts')
          .then(({ snapshotSearch }) => {
            if (stopped) return;
            const answer = snapshotSearch(snapshot);
            // The page answers once the JIT has compiled its search code (run once, it is interpreted:
            // many times slower). One query per idle period, kept on at a key press (the page's other
            // warm-up stops then): meanwhile the worker answers, so typing early loses nothing.
            stopSnapshotWarmUp = stepsWhenIdle(
              [
                ...SEARCH_WARM_UP_QUERIES.map((query) => () => void answer(query)),
                () => {
                  answerHere = answer;
                  performance.mark(LOAD_MARKS.keystrokesReady, { detail: 'page' });
                },
              ],
              { keepOnInput: true },
            );
          })
          // The worker goes on answering.
          .catch(() => performance.mark(LOAD_MARKS.keystrokesReady, { detail: 'worker' }));
        break;
      }
      case 'text-error':
        events.onText({ state: 'failed', message: message.message });
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
        stopped = true;
        stopSnapshotWarmUp();
        onState({ status: 'error', message: message.message });
        worker.terminate();
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    // A first page still waiting to be put together (the 'tables' message) never comes now.
    stopped = true;
    stopSnapshotWarmUp();
    worker.terminate();
    if (browsable) onState({ status: 'error', message: 'Search stopped working. Reload the page to try again.' });
    else onUnavailable();
  };
  performance.mark(LOAD_MARKS.requested);
  worker.postMessage({ type: 'load', url: cardsUrl(), chunkSize: IDEAS_PER_MESSAGE } satisfies WorkerRequest);
  return {
    stop: () => {
      stopped = true;
      stopWarmUp();
      stopSnapshotWarmUp();
      worker.terminate();
    },
    retryText: () => {
      events.onText({ state: 'loading' });
      worker.postMessage({ type: 'retry-text' } satisfies WorkerRequest);
    },
  };
}

/** Without worker support the data is fetched, parsed and searched here, on the main thread. */
async function loadOnMainThread(events: TextEvents): Promise<LoadState> {
  const { loadOnMainThread: load } = await import('./load-on-main-thread.ts');
  const loaded = await load(cardsUrl());
  if (!loaded.ok) return { status: 'error', message: loaded.message };
  const { index, engine, search, searchNow, similar, descriptions, textError } = loaded;
  performance.mark(LOAD_MARKS.keystrokesReady, { detail: 'page' });
  if (descriptions) events.onDescriptions(descriptions);
  events.onText(textError ? { state: 'failed', message: textError } : { state: 'ready' });
  return { status: 'ready', index, engine, search, searchNow, similar };
}

/**
 * Loads the index once for the whole app; children render only when it is ready, a skeleton or an
 * error meanwhile. `pageWithoutIdeas`, a page that needs no ideas (not found), renders at once
 * instead, beside the children, in a place of its own: the load ending neither replaces it (it
 * keeps focus, a screen reader does not read it again) nor, should it fail, covers it.
 */
export function IndexProvider({ children, pageWithoutIdeas }: { children: ReactNode; pageWithoutIdeas?: ReactNode }) {
  const preloaded = useContext(PreloadedIndexContext);
  const [state, setState] = useState<LoadState>(() => (preloaded ? { status: 'ready', ...preloaded } : { status: 'loading' }));
  const [text, setText] = useState<TextStatus>({ state: 'loading' });
  const [descriptions, setDescriptions] = useState<readonly string[] | null>(null);
  const [attempt, setAttempt] = useState(0);
  // The worker's way to fetch the descriptions again; without a worker, everything is loaded again.
  const retryTextIn = useRef<(() => void) | null>(null);
  useEffect(() => {
    let current = true;
    // A transition lets React render the first full page (thousands of ideas counted, every card
    // and facet created) in slices instead of one long task that would freeze the page; the
    // descriptions arrive in one too, and reach the cards one card per task (useDescription).
    const guard = (state: LoadState) => current && startTransition(() => setState(state));
    const events: TextEvents = {
      onText: (status) => current && startTransition(() => setText(status)),
      onDescriptions: (texts) => current && startTransition(() => setDescriptions(texts)),
    };
    const loadHere = () =>
      loadOnMainThread(events).then(guard, () => guard({ status: 'error', message: 'The idea data could not be read.' }));
    let stop: (() => void) | undefined;
    // In a task of its own: starting a worker takes the main thread a while, which made the task
    // running the first render's effects a long one on a phone.
    const start = setTimeout(() => {
      if (typeof Worker === 'function') {
        const worker = loadInWorker(guard, events, () => {
          retryTextIn.current = null;
          if (current) void loadHere();
        });
        stop = worker.stop;
        retryTextIn.current = worker.retryText;
      } else void loadHere();
    });
    return () => {
      current = false;
      clearTimeout(start);
      stop?.();
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setText({ state: 'loading' });
    setDescriptions(null);
    setAttempt((n) => n + 1);
  }, []);
  const retryText = useCallback(() => (retryTextIn.current ? retryTextIn.current() : retry()), [retry]);
  const loaded = useMemo<Loaded | null>(
    () =>
      state.status === 'ready'
        ? {
            index: state.index,
            engine: state.engine,
            search: state.search,
            searchNow: state.searchNow,
            prepareSearchNow: state.prepareSearchNow,
            similar: state.similar,
          }
        : null,
    [state],
  );
  const textValue = useMemo<TextContextValue>(() => ({ text, retryText, descriptions }), [text, retryText, descriptions]);

  return (
    <>
      {pageWithoutIdeas}
      {pageWithoutIdeas && state.status !== 'ready' ? null : (
        <WhenLoaded state={state} loaded={loaded} textValue={textValue} retry={retry}>
          {children}
        </WhenLoaded>
      )}
    </>
  );
}

/** The children once the index is loaded: a skeleton until then, or the error with a retry. */
function WhenLoaded({
  state,
  loaded,
  textValue,
  retry,
  children,
}: {
  state: LoadState;
  loaded: Loaded | null;
  textValue: TextContextValue;
  retry: () => void;
  children: ReactNode;
}) {
  if (state.status === 'loading') return <LoadingSkeleton />;
  if (state.status === 'error') {
    return (
      <div
        role="alert"
        className="mx-auto my-16 max-w-lg rounded-lg border border-red-300 bg-red-50 p-6 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
      >
        <FirstScreenRelease />
        <h2 className="text-lg font-semibold">Ideas could not be loaded</h2>
        <p className="mt-2">{state.message}</p>
        <button type="button" onClick={retry} className="mt-4 rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800">
          Try again
        </button>
      </div>
    );
  }
  return (
    <IndexContext.Provider value={loaded}>
      <FirstScreenRelease />
      <TextContext.Provider value={textValue}>{children}</TextContext.Provider>
    </IndexContext.Provider>
  );
}

/**
 * The page's own content replaces the build's first screen in the frame it is first painted (a
 * layout effect runs before that paint): the first results, an error, or any other page.
 */
function FirstScreenRelease() {
  useLayoutEffect(releaseFirstScreen, []);
  return null;
}

function LoadingSkeleton() {
  return (
    <div aria-busy="true" aria-live="polite" className="mx-auto max-w-7xl px-4 py-6">
      <p className="sr-only">Loading ideas…</p>
      {/* One pulsing block rather than a dozen: the page repaints one layer per frame while it loads. */}
      <div aria-hidden="true" className="animate-pulse">
        <div className="mb-6 h-12 rounded-lg bg-slate-200 dark:bg-slate-800" />
        <div className="flex gap-6">
          <div className="hidden w-64 shrink-0 space-y-3 lg:block">
            {Array.from({ length: 8 }, (_, i) => (
              <div key={i} className="h-5 rounded bg-slate-200 dark:bg-slate-800" />
            ))}
          </div>
          <div className="flex-1 space-y-4">
            {Array.from({ length: 5 }, (_, i) => (
              <div key={i} className="h-32 rounded-lg bg-slate-200 dark:bg-slate-800" />
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}

/**
 * An idea's description, flattened for its card's snippet (excerptText): undefined while the descriptions are on
 * their way (or, once they are here, until this card's turn: reveal-in-turn.ts), null when they
 * could not be loaded.
 */
export function useDescription(id: string): string | null | undefined {
  const { engine } = useIdeaIndex();
  const { descriptions, text } = useTextStatus();
  const description = descriptions ? (descriptions[engine.positionOf.get(id) ?? -1] ?? null) : text.state === 'failed' ? null : undefined;
  return useRevealedInTurn(description);
}

/** The descriptions' state (see TextContextValue). */
export function useTextStatus(): TextContextValue {
  const value = useContext(TextContext);
  if (!value) throw new Error('useTextStatus must be used inside <IndexProvider>');
  return value;
}

export function useIdeaIndex() {
  const value = useContext(IndexContext);
  if (!value) throw new Error('useIdeaIndex must be used inside <IndexProvider>');
  return value;
}
