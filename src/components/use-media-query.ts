import { useSyncExternalStore } from 'react';

/** Whether a media query matches now, updated when it changes (window resized, device rotated). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
  );
}

/** Tailwind's `lg` breakpoint: the facets sit beside the results from here, in a drawer below it. */
export const WIDE_LAYOUT = '(min-width: 64rem)';
