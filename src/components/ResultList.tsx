import { memo, startTransition, useEffect, useRef, useState } from 'react';
import type { Ranked } from '../search/ranked-list.ts';
import { takeReturnFocus } from '../routes/return-to-results.ts';
import { afterFrames, FIRST_RESULTS_STAGES } from './after-frames.ts';
import { ResultCard } from './ResultCard.tsx';
import { focusSearchBox } from './SearchBox.tsx';

interface Props {
  results: Ranked[];
  terms: string[];
  selectedSkills: ReadonlySet<string>;
  label: string;
  /** A result link was followed; `id` is its idea. */
  onOpen: (id: string) => void;
  /** A new list paints its first cards, then the rest (while a query is being typed). */
  staged?: boolean;
}

/**
 * The first list the app shows (opening the site), and each new list while a query is being typed,
 * paint the cards that fill the window first, and the rest a few at a time in the frames after:
 * creating and laying out twenty cards at once is the longest task of a first visit on a phone,
 * and most of a keystroke's time before its results are on screen. Other lists (a filter clicked,
 * Back to a scrolled list) render whole, so the scroll position can be restored.
 */
function cardsFillingWindow(): number {
  // The build's first screen (src/prerender/): what a laptop's window shows; a taller one gets the
  // rest when the app takes over (more made the first screen's frame longer, not its first paint sooner).
  if (typeof window === 'undefined') return FIRST_SCREEN_CARDS;
  // Read from the window's size, not measured: measuring in a render would force a layout. The list
  // starts about LIST_TOP down the page, and cards are at least CARD_HEIGHT tall (taller on phones,
  // where they wrap), so this is never fewer than the window shows.
  const narrow = window.innerWidth < 640;
  return Math.max(2, Math.ceil((window.innerHeight - LIST_TOP) / (narrow ? CARD_HEIGHT.phone : CARD_HEIGHT.wide)));
}
const LIST_TOP = 200;
const FIRST_SCREEN_CARDS = 4;
const CARD_HEIGHT = { wide: 130, phone: 190 };
/** Cards added per frame after the first ones. */
const CARDS_PER_FRAME = 7;
let listShownBefore = false;

interface Rendered {
  results: Ranked[];
  /** Cards rendered from the top of the list. */
  count: number;
  /** Whether `count` has grown since the list arrived. */
  grown: boolean;
  /** Ideas rendered below the first `count` cards: those already in the page when the list arrived. */
  kept: ReadonlySet<string>;
}
const NONE_KEPT: ReadonlySet<string> = new Set();

/** The cards in the page: the first `count`, and below them the kept ones that are in the list. */
const shownOf = ({ results, count, kept }: Pick<Rendered, 'results' | 'count' | 'kept'>): Ranked[] =>
  count >= results.length ? results : kept.size === 0 ? results.slice(0, count) : results.filter(({ idea }, i) => i < count || kept.has(idea.id));

/**
 * One page of result cards; ↑/↓ move between result links, ↑ on the first one and Esc return to
 * the search box. Shown again after opening an idea (Back), focus is back on that idea's link.
 * Memoized: re-renders only when results change.
 */
export const ResultList = memo(function ResultList({ results, terms, selectedSkills, label, onOpen, staged: stageNewLists = false }: Props) {
  const list = useRef<HTMLOListElement>(null);
  // The first list of the visit, if this is it.
  const [firstList] = useState(() => (listShownBefore ? null : results));
  const firstCount = (list: Ranked[]) => (list === firstList || stageNewLists ? Math.min(cardsFillingWindow(), list.length) : list.length);
  // How many cards of which list are rendered. A list on screen when typing starts stays whole.
  const [rendered, setRendered] = useState<Rendered>(() => ({ results, count: firstCount(results), grown: false, kept: NONE_KEPT }));
  let { count, grown, kept } = rendered;
  if (rendered.results !== results) {
    count = firstCount(results);
    grown = false;
    // While typing, cards of the previous list that are in the new one stay in the page as they are,
    // not removed now and created again in the frames after (their highlighting follows then).
    kept = stageNewLists ? new Set(shownOf(rendered).map(({ idea }) => idea.id)) : NONE_KEPT;
    setRendered({ results, count, grown, kept });
  }
  // A list that arrived while a query was typed keeps its offscreen cards out of layout (below).
  const [typedList, setTypedList] = useState<Ranked[] | null>(null);
  if (stageNewLists && typedList !== results) setTypedList(results);
  const complete = count >= results.length;
  useEffect(() => {
    listShownBefore = true;
    if (complete) return;
    // After the cards so far are painted (on the visit's first list, also the facets beside them).
    const frames = results === firstList && !grown ? FIRST_RESULTS_STAGES.restOfCards : 1;
    return afterFrames(frames, () =>
      startTransition(() => setRendered((now) => (now.results === results ? { ...now, count: now.count + CARDS_PER_FRAME, grown: true } : now))),
    );
  }, [complete, count, grown, results, firstList]);
  const shown = shownOf({ results, count, kept });
  useEffect(() => {
    const id = takeReturnFocus();
    // Never take focus from something the user has focused meanwhile.
    if (id === null || (document.activeElement && document.activeElement !== document.body)) return;
    const card = [...(list.current?.children ?? [])].find((li) => li instanceof HTMLElement && li.dataset.ideaId === id);
    const link = card?.querySelector<HTMLAnchorElement>('a[data-result-link]');
    // The router has already restored the scroll position; focusing must not move it.
    link?.focus({ preventScroll: true });
  }, []);
  return (
    <ol
      ref={list}
      id="results"
      className="space-y-4"
      aria-label={label}
      onKeyDown={(e) => {
        if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
        if (e.key === 'Escape') {
          e.preventDefault();
          focusSearchBox();
        } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          focusResult(list.current, e.key === 'ArrowDown' ? 1 : -1);
        }
      }}
    >
      {shown.map(({ idea, folded }, i) => (
        // Each card is positioned (relative), so the browser paints it apart and repaints it only when
        // it changes: the frame showing a typed letter repainted all twenty cards (2–3 ms) before.
        // Cards of the visit's first list and of a list shown while typing skip style, layout and
        // paint below the fold until scrolled to (content-visibility): the frames adding the rest of
        // the first list, and the next keystroke's, lay out the few cards on screen, not the page's
        // twenty (Lighthouse: 11–150 ms of blocking from layout against 216–297). Not a list shown
        // again on Back, whose real height places the scroll position.
        <li
          key={idea.id}
          data-idea-id={idea.id}
          className={results === typedList || results === firstList ? 'relative [contain-intrinsic-size:auto_9rem] [content-visibility:auto]' : 'relative'}
        >
          <ResultCard idea={idea} folded={folded} terms={terms} selectedSkills={selectedSkills} onOpen={onOpen} stale={i >= count} />
        </li>
      ))}
    </ol>
  );
});

/** Moves focus to the next/previous result link, or the first one; ↑ from the first goes back to the search box. */
export function focusResult(list: HTMLElement | null, delta: number | 'first') {
  const links = [...(list?.querySelectorAll<HTMLAnchorElement>('a[data-result-link]') ?? [])];
  if (links.length === 0) return;
  // The card holding focus: its title link, or another control of the card (the bookmark).
  const current = links.findIndex((link) => (link.closest('li') ?? link).contains(document.activeElement));
  if (delta !== 'first' && delta < 0 && current === 0) {
    focusSearchBox();
    return;
  }
  const next = delta === 'first' ? 0 : Math.min(links.length - 1, Math.max(0, current + delta));
  links[next]?.focus();
}
