/**
 * The home page's first screen, written into index.html by the build (src/prerender/): the
 * unfiltered list's first cards as the app renders them, painted before any script has run. It
 * stands in for the app (whose root stays hidden meanwhile, styles.css) until the app has something
 * of its own to show: its first results, an error, or another page. It is a picture, not the page:
 * inert and hidden from assistive technology, so nothing can be typed or pressed that would be lost.
 */
export const FIRST_SCREEN_ID = 'first-screen';

/** Hands the page over to the app: from the next paint, what the app renders is what is seen. */
export function releaseFirstScreen(): void {
  document.getElementById(FIRST_SCREEN_ID)?.remove();
}
