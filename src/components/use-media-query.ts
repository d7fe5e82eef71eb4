import { useSyncExternalStore } from 'react';

/**
 * One MediaQueryList per query, its answer kept and updated by its change event: reading
 * `matches` afresh on every render can make the browser recompute style first, which on a page of
 * results costs milliseconds per keystroke.
 */
const queries = new Map<string, { matches: boolean; listeners: Set<() => void> }>();

function watched(query: string) {
  let entry = queries.get(query);
  if (!entry) {
    const list = window.matchMedia(query);
    const created = { matches: list.matches, listeners: new Set<() => void>() };
    list.addEventListener('change', (event) => {
      created.matches = event.matches;
      for (const listener of created.listeners) listener();
    });
    queries.set(query, (entry = created));
  }
  return entry;
}

/** Whether a media query matches now, updated when it changes (window resized, device rotated). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const entry = watched(query);
      entry.listeners.add(onChange);
      return () => entry.listeners.delete(onChange);
    },
    () => watched(query).matches,
    // The build's first screen (src/prerender/) is the narrow layout's, which CSS widens.
    () => false,
  );
}

/** Tailwind's `lg` breakpoint: the facets sit beside the results from here, in a drawer below it. */
export const WIDE_LAYOUT = '(min-width: 64rem)';
