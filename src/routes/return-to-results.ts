/**
 * Remembers the results view an idea was opened from, so "Back to results" can step back in
 * history (restoring the scroll position) or, on a fresh tab, link to the same filtered list.
 */
let lastResultsSearch = '';
let openedFromResults = false;

export function rememberResults(search: string) {
  lastResultsSearch = search;
}

export function markOpenedFromResults() {
  openedFromResults = true;
}

export function consumeOpenedFromResults(): boolean {
  const value = openedFromResults;
  openedFromResults = false;
  return value;
}

export function lastResults(): string {
  return lastResultsSearch;
}
