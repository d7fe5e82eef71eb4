/**
 * The filter state lives in the URL (`?q=ebpf&skills=Go,Rust&mentor=kakkoyun`). This module
 * turns any query string, however hostile, into a valid state and back.
 *
 * Format v1 (links without `v` are v1): `q` text; `skills`, `mentor`, `project`, `program`,
 * `year`, `term` (term keys such as `lfx-2026-3`), `status` (accepted|proposed), `maturity`
 * (sandbox|incubating|graduated|archived), `size` (hours: 90|175|350), `difficulty`
 * (Easy|Medium|Hard), `needs` (what an application asks for) comma-separated values (a literal comma inside a value is escaped as `%2C` before
 * URL encoding, so it appears as `%252C`); `sort` one of
 * relevance|newest|project; `page` from 1. Unknown keys are ignored; a later format adds `v=2`.
 */
export const URL_FORMAT_VERSION = 1;

export const SORT_ORDERS = ['relevance', 'newest', 'project'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export const FACET_KEYS = ['skills', 'mentors', 'projects', 'programs', 'years', 'terms', 'status', 'maturity', 'size', 'difficulty', 'needs'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export interface SearchState {
  q: string;
  skills: string[];
  mentors: string[];
  projects: string[];
  programs: string[];
  years: string[];
  terms: string[];
  status: string[];
  maturity: string[];
  size: string[];
  difficulty: string[];
  needs: string[];
  sort: SortOrder;
  page: number;
}

export const DEFAULT_STATE: SearchState = {
  q: '',
  skills: [],
  mentors: [],
  projects: [],
  programs: [],
  years: [],
  terms: [],
  status: [],
  maturity: [],
  size: [],
  difficulty: [],
  needs: [],
  sort: 'relevance',
  page: 1,
};

/**
 * A facet value in the URL either selects ideas that have it or, written with a leading `-`
 * (`skills=Go,-Machine Learning`, as Algolia writes negative facet filters), excludes them.
 */
export const EXCLUDE_PREFIX = '-';
export const isExclusion = (token: string) => token.startsWith(EXCLUDE_PREFIX);
export const tokenValue = (token: string) => (isExclusion(token) ? token.slice(EXCLUDE_PREFIX.length) : token);
export const exclusionOf = (value: string) => `${EXCLUDE_PREFIX}${value}`;

/**
 * A facet's tokens after the user includes or excludes `value`: doing it again undoes it, and
 * including an excluded value (or the reverse) replaces one with the other.
 */
export function refine(tokens: string[], value: string, mode: 'include' | 'exclude'): string[] {
  const token = mode === 'include' ? value : exclusionOf(value);
  const others = tokens.filter((t) => tokenValue(t) !== value);
  return tokens.includes(token) ? others : [...others, token];
}

/** Every parameter a link may carry. */
export type UrlParam =
  'q' | 'sort' | 'page' | 'skills' | 'mentor' | 'project' | 'program' | 'year' | 'term' | 'status' | 'maturity' | 'size' | 'difficulty' | 'needs';

/** No value selected in any facet. */
export const NO_SELECTION: Pick<SearchState, FacetKey> = Object.fromEntries(FACET_KEYS.map((key) => [key, []])) as unknown as Pick<SearchState, FacetKey>;

/** URL parameter name of each facet, and older or alternative spellings still accepted. */
export const FACET_PARAMS: Record<FacetKey, { name: UrlParam; aliases: string[] }> = {
  skills: { name: 'skills', aliases: ['skill'] },
  mentors: { name: 'mentor', aliases: ['mentors'] },
  projects: { name: 'project', aliases: ['projects'] },
  programs: { name: 'program', aliases: ['programs'] },
  years: { name: 'year', aliases: ['years'] },
  terms: { name: 'term', aliases: ['terms'] },
  status: { name: 'status', aliases: [] },
  maturity: { name: 'maturity', aliases: [] },
  size: { name: 'size', aliases: [] },
  difficulty: { name: 'difficulty', aliases: [] },
  needs: { name: 'needs', aliases: [] },
};

export const LIMITS = { query: 200, values: 50, valueLength: 120, rawParam: 20_000 } as const;

/**
 * Text from an address as the page may show it: a control character (tab, newline, NUL) becomes a
 * space, as between words (query-text.ts's cleanQuery reads a query so), and the invisible marks that reorder
 * text (bidirectional marks, overrides, embeddings and isolates) go. Written back into the page a
 * NUL showed as a box and a right-to-left override turned the results line and the tab's title
 * around ("0 ideas for “”"). Joiners stay: emoji and Indic or Persian words need them.
 */
const CONTROLS = /[\p{Cc}\u2028\u2029]/gu;
const BIDI_MARKS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
export const visibleText = (s: string) => s.replace(CONTROLS, ' ').replace(BIDI_MARKS, '');

/** A parameter's text, or `fallback` for anything else (an array, an object, nothing). */
const stringOr = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

/** Cut first: an address can carry a megabyte. */
const text = (value: unknown, max: number): string => visibleText(stringOr(value, '').slice(0, max * 2)).slice(0, max);

const list = (value: unknown): string[] =>
  [
    ...new Set(
      stringOr(value, '')
        .slice(0, LIMITS.rawParam)
        .split(',')
        .map(decodeComma)
        .map((x) => visibleText(x).trim())
        .filter((x) => x.length > 0 && x.length <= LIMITS.valueLength),
    ),
  ].slice(0, LIMITS.values);

const sortOrder = (value: unknown): SortOrder => ((SORT_ORDERS as readonly unknown[]).includes(value) ? (value as SortOrder) : 'relevance');

const pageNumber = (value: unknown): number => {
  const s = stringOr(value, '1');
  return /^\d{1,6}$/.test(s) ? Math.max(1, Number(s)) : 1;
};

function decodeComma(value: string): string {
  return value.replace(/%(2C|25)/gi, (_, code: string) => (code === '25' ? '%' : ','));
}
function encodeComma(value: string): string {
  return value.replace(/%/g, '%25').replace(/,/g, '%2C');
}

/**
 * Raw parameters from a query string, every value kept as text (`q=2024` stays "2024", never a
 * number or JSON). Repeated list keys are merged; for text keys the first wins.
 */
export function parseSearchString(search: string): Record<string, string> {
  const params = new URLSearchParams(search.length > 1_000_000 ? search.slice(0, 1_000_000) : search);
  const raw: Record<string, string> = Object.create(null);
  const listNames = new Map<string, string>();
  for (const { name, aliases } of Object.values(FACET_PARAMS)) for (const n of [name, ...aliases]) listNames.set(n, name);
  for (const [key, value] of params) {
    const listName = listNames.get(key);
    if (listName) raw[listName] = raw[listName] ? `${raw[listName]},${value}` : value;
    else if (!(key in raw)) raw[key] = value;
  }
  return raw;
}

/** A valid state from raw parameters; anything malformed falls back to its default. */
export function decodeState(raw: Record<string, unknown>): SearchState {
  // The plain list (`/`), the address of most first visits: nothing to check, and the checks'
  // first run is part of the task that matches the address at start-up.
  if (Object.keys(raw).length === 0) return defaultState();
  return {
    q: text(raw.q, LIMITS.query),
    ...(Object.fromEntries(FACET_KEYS.map((key) => [key, list(raw[FACET_PARAMS[key].name] ?? firstAlias(raw, key))])) as Record<FacetKey, string[]>),
    sort: sortOrder(raw.sort),
    page: pageNumber(raw.page),
  };
}

/** DEFAULT_STATE with lists of its own. */
const defaultState = (): SearchState => ({
  ...DEFAULT_STATE,
  ...(Object.fromEntries(FACET_KEYS.map((key) => [key, [] as string[]])) as Record<FacetKey, string[]>),
});

function firstAlias(raw: Record<string, unknown>, key: FacetKey): unknown {
  for (const alias of FACET_PARAMS[key].aliases) if (Object.hasOwn(raw, alias)) return raw[alias];
  return undefined;
}

/** The shortest parameters for a state: defaults are left out, so `/` is the plain list. */
export function encodeState(state: Partial<SearchState>): Partial<Record<UrlParam, string>> {
  const out: Partial<Record<UrlParam, string>> = {};
  if (state.q) out.q = state.q;
  for (const key of FACET_KEYS) {
    const values = state[key];
    if (values && values.length > 0) out[FACET_PARAMS[key].name] = values.map(encodeComma).join(',');
  }
  if (state.sort && state.sort !== 'relevance') out.sort = state.sort;
  if (state.page && state.page > 1) out.page = String(state.page);
  return out;
}

/** Query string (with `?`, or '' when empty) for raw parameters; commas stay readable. */
export function stringifySearch(raw: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const query = params.toString().replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}

export function isDefaultState(state: SearchState): boolean {
  return Object.keys(encodeState(state)).length === 0;
}

/** The same search, however the two states were made (their addresses are equal). */
export function sameSearchState(a: SearchState, b: SearchState): boolean {
  return a === b || stringifySearch(encodeState(a)) === stringifySearch(encodeState(b));
}
