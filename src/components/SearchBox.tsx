import { useEffect, useRef, useState } from 'react';
import { formatCount } from '../model/format-count.ts';
import { useMediaQuery } from './use-media-query.ts';

/** A text for the box to show in place of what was typed (the address changed, a clear); a new object each time. */
export interface BoxValue {
  text: string;
}

interface Props {
  value: BoxValue;
  /** What is typed shows at once, rendering the box alone; the page follows when it is ready. */
  onChange: (value: string) => void;
  onClear: () => void;
  onArrowDown: () => void;
  /** The box got focus: the user is about to type. */
  onFocus?: () => void;
  ideaCount: number;
}

export const SEARCH_INPUT_ID = 'search-input';

/** Inputs that take no text: `/` typed on them is the search shortcut, not a character. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

const takesText = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type)));

/** `/` pressed anywhere but in a text field (where it types a slash): the shortcut to the search box. */
export const isSearchShortcut = (e: KeyboardEvent) => e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !e.isComposing && !takesText(e.target);

/** Focuses the search box if the page shows one; false when it does not. */
export function focusSearchBox(): boolean {
  const input = document.getElementById(SEARCH_INPUT_ID);
  if (!(input instanceof HTMLInputElement)) return false;
  input.focus();
  return true;
}

let focusOnMount = false;
const PRERENDERED = typeof window === 'undefined';

/** Asks the next search box that appears (the search page is on its way) to take focus. */
export function requestSearchFocus() {
  focusOnMount = true;
}

/** The search field (`/` from anywhere focuses it, see Layout): Esc clears it, ↓ moves into the results. */
export function SearchBox({ value, onChange, onClear, onArrowDown, onFocus, ideaCount }: Props) {
  const input = useRef<HTMLInputElement>(null);
  // Tailwind's `sm` (40rem), so the build's first screen, which picks its hint by CSS, picks the same one.
  const wide = useMediaQuery('(min-width: 40rem)');
  // Below 24rem (the smallest phones, 320–375 px) even the short hint is cut: the count alone.
  const roomy = useMediaQuery('(min-width: 24rem)');
  const [text, setText] = useState(value.text);
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    setText(value.text);
  }
  useEffect(() => {
    if (!focusOnMount) return;
    focusOnMount = false;
    input.current?.focus();
  }, []);

  const hint = (size: 'long' | 'short' | 'tiny') =>
    `Search ${formatCount(ideaCount)} ideas${size === 'tiny' ? '' : ` by ${size === 'long' ? 'title, skill, mentor, project' : 'skill, mentor'}`}…`;
  return (
    <form role="search" onSubmit={(e) => e.preventDefault()} className="relative">
      <label htmlFor={SEARCH_INPUT_ID} className="sr-only">
        Search ideas
      </label>
      <input
        ref={input}
        id={SEARCH_INPUT_ID}
        type="search"
        value={text}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        // A phone's box holds about 36 characters: the long hint would be cut mid-word there.
        placeholder={PRERENDERED ? undefined : hint(wide ? 'long' : roomy ? 'short' : 'tiny')}
        onFocus={onFocus}
        onChange={(e) => {
          setText(e.target.value);
          onChange(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onClear();
          } else if (e.key === 'ArrowDown') {
            e.preventDefault();
            onArrowDown();
          }
        }}
        className="w-full rounded-lg border border-slate-300 bg-white py-3 pl-4 pr-4 text-base sm:pr-24 shadow-sm dark:border-slate-600 dark:bg-slate-900"
      />
      {PRERENDERED && (
        // The build's first screen (src/prerender/) is rendered without a window to measure: both
        // hints, the one for the screen's width shown by CSS, as the placeholder would be.
        <span
          aria-hidden="true"
          className="pointer-events-none absolute inset-y-0 left-px right-4 flex items-center overflow-hidden whitespace-nowrap pl-4 text-base text-[color-mix(in_oklab,currentcolor_50%,transparent)] sm:right-24"
        >
          <span className="hidden max-[24rem]:inline">{hint('tiny')}</span>
          <span className="max-[24rem]:hidden sm:hidden">{hint('short')}</span>
          <span className="max-sm:hidden">{hint('long')}</span>
        </span>
      )}
      {/* In the page's own font: the browser's monospace list (Tailwind's kbd) is six font look-ups
          on Linux, five of them for fonts it lacks, in the first screen's layout. */}
      <kbd
        className="pointer-events-none absolute right-3 hidden font-sans sm:block top-1/2 -translate-y-1/2 rounded border border-slate-300 px-1.5 text-xs text-slate-600 dark:border-slate-600 dark:text-slate-400"
        aria-hidden="true"
      >
        /
      </kbd>
    </form>
  );
}
