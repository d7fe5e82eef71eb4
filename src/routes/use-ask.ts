import { type Dispatch, type SetStateAction, startTransition, useMemo, useRef } from 'react';
import type { TextSearch } from '../data/IndexProvider.tsx';
import type { SearchNow } from '../search/postings-snapshot.ts';
import { cleanQuery } from '../search/query-text.ts';
import { sameTextHits } from '../search/same-hits.ts';
import type { TextHits } from '../search/text-index.ts';
import type { SearchEngine } from '../search/search-engine.ts';
import { rememberAnswer, type TextAnswer } from './return-to-results.ts';

/** The unfiltered list, kept on screen as an answer is (see KeptList). */
export const UNFILTERED = 'unfiltered';
/**
 * What the page keeps on screen while a word is typed that matches not every word yet, or nothing
 * yet: the last answer in which some idea had every word, or the unfiltered list (the box was
 * empty since).
 */
export type KeptList = TextAnswer | typeof UNFILTERED;

/**
 * How long the page waits for an answer before it follows the box anyway: while the index is still
 * loading, the address and the title keep up with what is typed.
 */
const ANSWER_WAIT_MS = 150;

interface Options {
  engine: SearchEngine;
  search: TextSearch;
  /** Answers on the page, at once, when it can (see IndexProvider's `searchNow`). */
  searchNow?: SearchNow;
  /** The descriptions are indexed: a query answered from the names alone is asked again. */
  textReady: boolean;
  setDraft: (text: string) => void;
  setAnswer: Dispatch<SetStateAction<TextAnswer | null>>;
  setFullAnswer: Dispatch<SetStateAction<KeptList | null>>;
}

export interface Asking {
  /** Asks for `text` now; its answer renders with `text` as the page's draft, in one transition. */
  ask: (text: string) => void;
  /** Asks for `text` unless its query was the last one asked (since the index or its scope changed). */
  askIfNew: (text: string) => void;
}

/**
 * The search page's questions to the search worker. Only the newest question's answer is shown; it
 * arrives with the text it answers, so a keystroke renders the page once, with its results.
 */
export function useAsk({ engine, search, searchNow, textReady, setDraft, setAnswer, setFullAnswer }: Options): Asking {
  // Shared by every `Asking` the page has had: an answer to a question asked before the descriptions
  // were indexed is dropped once a newer question is asked.
  const latest = useRef(0);
  const fallback = useRef<ReturnType<typeof setTimeout>>(undefined);
  // The last query asked, and of which index, over the names alone or over the descriptions too.
  const asked = useRef<{ query: string; engine: SearchEngine; textReady: boolean } | null>(null);
  // The box was emptied since the last answer shown. The page forgets the last query's answers when
  // it renders an empty box (search-page.tsx), but that render is a transition, which the next
  // letter's answer (or the page following the box without one) can go ahead of: they forget them.
  const emptied = useRef(false);
  return useMemo(() => {
    const ask = (text: string) => {
      const id = ++latest.current;
      clearTimeout(fallback.current);
      const query = cleanQuery(text);
      asked.current = { query, engine, textReady };
      if (!query) {
        emptied.current = true;
        startTransition(() => setDraft(text));
        return;
      }
      // Answered on the page: the results render with the input event, in the frame showing the letter.
      const now = searchNow?.(query);
      if (now) return show(text, query, now);
      fallback.current = setTimeout(
        () =>
          startTransition(() => {
            setDraft(text);
            forgetIfEmptied();
          }),
        ANSWER_WAIT_MS,
      );
      void search(query).then((hits) => {
        if (id !== latest.current || !hits) return;
        clearTimeout(fallback.current);
        // A transition: React renders the new results in slices and drops them for a newer keystroke,
        // so typing never waits behind a long render.
        startTransition(() => show(text, query, hits));
      });
    };
    /** The answer `hits` to `query`, rendered with `text` as the page's draft. */
    const show = (text: string, query: string, hits: TextHits) => {
      const next = { query, hits };
      // An answer from the names alone is replaced once the descriptions are indexed: not kept for Back.
      if (!hits.namesOnly) rememberAnswer(engine, next);
      // An answer equal to the one shown (a list shown again asks once more) keeps the one shown.
      const newer = (shown: KeptList | null) =>
        shown !== null && shown !== UNFILTERED && shown.query === next.query && sameTextHits(shown.hits, next.hits) ? shown : next;
      setDraft(text);
      forgetIfEmptied();
      setAnswer(newer);
      if (!hits.partial && hits.positions.length > 0) setFullAnswer(newer);
    };
    const forgetIfEmptied = () => {
      if (!emptied.current) return;
      emptied.current = false;
      setAnswer(null);
      setFullAnswer(UNFILTERED);
    };
    const askIfNew = (text: string) => {
      const last = asked.current;
      if (last?.query !== cleanQuery(text) || last.engine !== engine || last.textReady !== textReady) ask(text);
    };
    return { ask, askIfNew };
  }, [engine, search, searchNow, textReady, setDraft, setAnswer, setFullAnswer]);
}
