/**
 * The filter box of a facet ("Filter skills…"): which values match what is typed, and in what
 * order. A value matches when its label contains the text (case and accents aside), when the
 * text is another name for it (skill aliases from the ingest vocabulary, search synonyms:
 * "golang" → Go, "k8s" → Kubernetes, "wasm" → WebAssembly), or when each typed word is a word of
 * the label with a typo ("prometeus" → Prometheus). Pure: no React, no DOM.
 *
 * The skills vocabulary (src/ingest/vocab/skill-aliases.json, about 9 KB gzipped) is loaded on
 * demand, in its own chunk, so it does not count against the initial JavaScript budget: call
 * loadFacetAliases() when a filter box is first used and match again when it resolves. Until
 * then, and if it cannot load, the search synonyms (src/search/synonyms.json) are the aliases.
 */
import { foldText } from './fold-text.ts';
import synonymData from './synonyms.json';

/** How well a label matches; lower is better. */
export const FACET_MATCH = {
  /** The label is the text. */
  exact: 0,
  /** The label starts with the text. */
  prefix: 1,
  /** A later word of the label starts with the text. */
  wordPrefix: 2,
  /** The text is another name of the label ("golang" for Go, "ts" for TypeScript). */
  alias: 3,
  /** The text is somewhere else in the label ("go" in "Django"). */
  substring: 4,
  /** Every typed word starts a word of the label, in another order ("operator kubernetes"). */
  words: 5,
  /**
   * The text is the start of a name of the label ("gol" for Go: golang), or a name of it with a
   * typo ("prometeus" for Prometheus), or another name of words in it ("k8s" for "Kubernetes
   * Operators").
   */
  related: 6,
  /** Every typed word is a word of the label, give or take a typo ("jurgn" for Jürgen). */
  typo: 7,
} as const;

/** Rank of a label that does not match. */
export const NO_MATCH = Number.POSITIVE_INFINITY;

/** Case, accents, and hyphens or runs of spaces ("end-to-end" is "end to end") do not matter. */
export const normalizeFacetText = (text: string): string =>
  foldText(text)
    .replace(/[\s_-]+/gu, ' ')
    .trim();

/** Words for typo matching: letters and digits only ("node.js" → node, js). */
const wordsOf = (normalized: string): string[] => normalized.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Typos allowed in a word of this length: none under 5 letters, 1 from 5, 2 from 8. */
export const typoBudget = (length: number): number => (length >= 8 ? 2 : length >= 5 ? 1 : 0);

/** Rows of the distance table, reused across calls (the filter box runs thousands per keystroke). */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * Optimal-string-alignment Damerau–Levenshtein distance of `a` to `b`, and of `a` to the closest
 * prefix of `b` (for a word still being typed), stopping early once both exceed `max`.
 */
export function typoDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): { whole: number; prefix: number } {
  const n = a.length;
  const m = b.length;
  if (rows[0]!.length <= m) rows = [0, 1, 2].map(() => new Int32Array(2 * (m + 1)));
  // before, previous, current: rows i - 2, i - 1 and i of the table (distance of a[0, i) to b[0, j)).
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return { whole: rowMin, prefix: rowMin };
    [before, previous, current] = [previous, current, before];
  }
  let prefix = previous[0]!;
  for (let j = 1; j <= m; j++) prefix = Math.min(prefix, previous[j]!);
  return { whole: previous[m]!, prefix };
}

/** Each letter of `a` missing from `b` needs an edit: a cheap bound before typoDistance. */
function missingLetters(a: string, b: string, max: number): boolean {
  let missing = 0;
  for (const letter of a) if (!b.includes(letter) && ++missing > max) return true;
  return false;
}

type SkillAliases = Record<string, string[]>;

let skillAliases: SkillAliases | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the skills vocabulary for alias matching (once; again after a failure). Matchers made
 * before it resolves do not see it: make new ones (facetMatchRank and filterFacetValues do).
 */
export function loadFacetAliases(): Promise<void> {
  loading ??= import('../ingest/vocab/skill-aliases.json').then(
    (vocabulary) => setSkillAliases(vocabulary.aliases),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Whether the skills vocabulary is loaded (see loadFacetAliases). */
export const facetAliasesLoaded = (): boolean => skillAliases !== undefined;

/** Uses this vocabulary (canonical skill name → other spellings) for alias matching. */
export function setSkillAliases(aliases: SkillAliases): void {
  skillAliases = aliases;
  aliasTable = undefined;
  lastMatcher = undefined;
}

/** Other names of each term (normalized), from the skills vocabulary and the search synonyms. */
let aliasTable: Map<string, Set<string>> | undefined;

function aliasesByTerm(): Map<string, Set<string>> {
  if (aliasTable) return aliasTable;
  const table = new Map<string, Set<string>>();
  const group = (terms: string[]) => {
    const normalized = [...new Set(terms.map(normalizeFacetText).filter(Boolean))];
    for (const term of normalized) {
      let others = table.get(term);
      if (!others) table.set(term, (others = new Set()));
      for (const other of normalized) if (other !== term) others.add(other);
    }
  };
  for (const [canonical, spellings] of Object.entries(skillAliases ?? {})) group([canonical, ...spellings]);
  for (const terms of synonymData.groups) group(terms);
  return (aliasTable = table);
}

/** The labels (normalized) that a filter text is another name of (`exact`), or nearly (`loose`). */
function aliasTargets(text: string): { exact: Set<string>; loose: Set<string> } {
  const table = aliasesByTerm();
  const exact = new Set(table.get(text));
  const loose = new Set<string>();
  const budget = text.includes(' ') ? 0 : typoBudget(text.length);
  for (const [term, others] of table) {
    // At least half of the start of another name ("gol" → golang → Go, but not "com" → component
    // model → WebAssembly), or another name with a typo.
    const near =
      term !== text &&
      ((text.length >= 3 && text.length * 2 >= term.length && term.startsWith(text)) ||
        (budget > 0 &&
          Math.abs(term.length - text.length) <= budget &&
          !missingLetters(text, term, budget) &&
          typoDistance(text, term, budget).whole <= budget));
    if (near) for (const other of [term, ...others]) if (!exact.has(other)) loose.add(other);
  }
  return { exact, loose };
}

interface PreparedLabel {
  normalized: string;
  /** Normalized, padded with spaces, for whole-word look-ups. */
  padded: string;
  words: string[];
}

const labelCache = new Map<string, PreparedLabel>();
const LABEL_CACHE_LIMIT = 20_000;

function prepareLabel(label: string): PreparedLabel {
  let prepared = labelCache.get(label);
  if (prepared) return prepared;
  const normalized = normalizeFacetText(label);
  prepared = { normalized, padded: ` ${normalized} `, words: wordsOf(normalized) };
  if (labelCache.size >= LABEL_CACHE_LIMIT) labelCache.clear();
  labelCache.set(label, prepared);
  return prepared;
}

/**
 * Each typed word is the start of a word of the label, or that word (or its start) with a typo:
 * FACET_MATCH.words or FACET_MATCH.typo, else NO_MATCH.
 */
function wordsMatch(filterWords: string[], label: PreparedLabel): number {
  if (filterWords.length === 0 || label.words.length === 0) return NO_MATCH;
  let typo = false;
  for (let i = 0; i < filterWords.length; i++) {
    const word = filterWords[i]!;
    const last = i === filterWords.length - 1;
    const budget = typoBudget(word.length);
    let matched = false;
    for (const candidate of label.words) {
      if (candidate.startsWith(word)) {
        matched = true;
        break;
      }
      if (budget === 0 || candidate.length < word.length - budget || (!last && candidate.length > word.length + budget)) continue;
      if (missingLetters(word, candidate, budget)) continue;
      // The last word may still be being typed: a typo in the start of a label word counts too.
      const distance = typoDistance(word, candidate, budget);
      if ((last ? distance.prefix : distance.whole) <= budget) {
        matched = true;
        typo = true;
        break;
      }
    }
    if (!matched) return NO_MATCH;
  }
  return typo ? FACET_MATCH.typo : FACET_MATCH.words;
}

/**
 * Prepares a filter text once and returns the rank of any label against it (see FACET_MATCH;
 * NO_MATCH when it does not match). An empty filter matches everything with rank 0.
 */
export function facetMatcher(filter: string): (label: string) => number {
  const text = normalizeFacetText(filter);
  if (!text) return () => FACET_MATCH.exact;
  const filterWords = wordsOf(text);
  let targets: { exact: Set<string>; loose: Set<string> } | undefined;
  // Targets of 3+ characters are also looked for as words inside a label ("k8s" → "Kubernetes operators").
  let wordTargets: string[] | undefined;
  return (label) => {
    const prepared = prepareLabel(label);
    const { normalized } = prepared;
    const at = normalized.indexOf(text);
    if (at === 0) return normalized.length === text.length ? FACET_MATCH.exact : FACET_MATCH.prefix;
    if (at > 0 && prepared.padded.includes(` ${text}`)) return FACET_MATCH.wordPrefix;
    targets ??= aliasTargets(text);
    if (targets.exact.has(normalized)) return FACET_MATCH.alias;
    if (at > 0) return FACET_MATCH.substring;
    const words = wordsMatch(filterWords, prepared);
    if (words === FACET_MATCH.words) return words;
    wordTargets ??= [...targets.exact, ...targets.loose].filter((t) => t.length >= 3).map((t) => ` ${t} `);
    if (targets.loose.has(normalized) || wordTargets.some((t) => prepared.padded.includes(t))) return FACET_MATCH.related;
    return words;
  };
}

let lastMatcher: { filter: string; rank: (label: string) => number } | undefined;

/** Rank of one label against a filter text (see facetMatcher; prefer it for many labels). */
export function facetMatchRank(filter: string, label: string): number {
  if (lastMatcher?.filter !== filter) lastMatcher = { filter, rank: facetMatcher(filter) };
  return lastMatcher.rank(label);
}

/** Whether a facet value's label matches what is typed in the facet's filter box. */
export const facetValueMatches = (filter: string, label: string): boolean => facetMatchRank(filter, label) !== NO_MATCH;

/**
 * The values whose label matches the filter, best matches first (see FACET_MATCH: exact, label
 * prefix, word prefix, alias, substring, words in another order, related names, typo); values of
 * the same rank keep their order (e.g. selected first, then by count).
 */
export function filterFacetValues<T>(filter: string, values: readonly T[], labelOf: (value: T) => string): T[] {
  const rank = facetMatcher(filter);
  return values
    .map((value, i) => ({ value, i, rank: rank(labelOf(value)) }))
    .filter((v) => v.rank !== NO_MATCH)
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((v) => v.value);
}
