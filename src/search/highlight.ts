import { PREFIX_MARK } from './query-text.ts';

export interface Segment {
  text: string;
  hit: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Matcher {
  /** Every term, longest first, each in a group of its own. */
  pattern: RegExp;
  /** Whether the term of group i + 1 is a prefix. */
  prefix: boolean[];
  /** The prefix terms alone, tried where a whole-word term failed (sticky). */
  prefixesHere: RegExp | undefined;
}

let cached: { key: string; matcher: Matcher | undefined } | undefined;

/** One matcher per term list, reused across the many strings highlighted for one result page. */
function matcherFor(terms: string[]): Matcher | undefined {
  const key = terms.join('\u0000');
  if (cached?.key !== key) cached = { key, matcher: buildMatcher(terms) };
  if (cached.matcher) cached.matcher.pattern.lastIndex = 0;
  return cached.matcher;
}

/**
 * The terms as alternatives, longest first. Where a word starts or ends is checked apart
 * (nextMatch), not in the pattern (a lookbehind for letters and digits): with Unicode's letter
 * classes in it, each new term list, that is each keystroke, cost a regular expression about
 * eight times as long to compile and run.
 */
function buildMatcher(terms: string[]): Matcher | undefined {
  const words = new Map<string, boolean>();
  for (const term of terms) {
    const prefix = term.endsWith(PREFIX_MARK);
    const word = (prefix ? term.slice(0, -PREFIX_MARK.length) : term).trim();
    if (word) words.set(word, prefix || words.get(word) === true);
  }
  const sorted = [...words].sort(([a], [b]) => b.length - a.length).slice(0, 50);
  if (sorted.length === 0) return undefined;
  const prefixes = sorted.filter(([, prefix]) => prefix).map(([word]) => escape(word));
  return {
    pattern: new RegExp(sorted.map(([word]) => `(${escape(word)})`).join('|'), 'giu'),
    prefix: sorted.map(([, prefix]) => prefix),
    prefixesHere: prefixes.length > 0 ? new RegExp(prefixes.join('|'), 'iuy') : undefined,
  };
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether the character starting at `index` (a code unit, or a surrogate pair) is a letter or a digit. */
function isWordCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  // ASCII, nearly every character here, without the regular expression.
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(index)!));
}

/** Whether the character before `index` is a letter or a digit (so a match there is not at a word's start). */
function letterBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const code = text.charCodeAt(index - 1);
  // The second half of a surrogate pair: the character is the pair.
  return isWordCharacter(text, code >= 0xdc00 && code <= 0xdfff && index >= 2 ? index - 2 : index - 1);
}

/** Whether a letter or a digit follows `index` (so a word does not end there). */
const letterAfter = (text: string, index: number) => index < text.length && isWordCharacter(text, index);

interface Found {
  index: number;
  text: string;
}

/**
 * The next match from `pattern.lastIndex`: at the start of a word, and for a term not marked as a
 * prefix, to the end of a word. Where a whole-word term fails, a prefix term may still match there
 * ("kube" is a term of the index, "kub" is being typed: "kubectl" shows "kub").
 */
function nextMatch(text: string, { pattern, prefix, prefixesHere }: Matcher): Found | null {
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const { index } = match;
    if (!letterBefore(text, index)) {
      const end = index + match[0].length;
      const group = match.findIndex((part, i) => i > 0 && part !== undefined);
      // A match ending in punctuation ("c++") ends no word, and is matched where it starts.
      if (prefix[group - 1] || !letterBefore(match[0], match[0].length) || !letterAfter(text, end)) return { index, text: match[0] };
      if (prefixesHere) {
        prefixesHere.lastIndex = index;
        const here = prefixesHere.exec(text);
        if (here) {
          pattern.lastIndex = index + here[0].length;
          return { index, text: here[0] };
        }
      }
    }
    // Not a word's start (or a whole-word term inside a longer word): the search goes on from the
    // next character (both halves of a surrogate pair, or the pattern would step back to the
    // pair's start), as a lookbehind would.
    const code = text.charCodeAt(index);
    pattern.lastIndex = index + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
  }
  return null;
}

/** Splits text into plain and matching segments, to render matches as <mark> without HTML strings. */
export function highlight(text: string, terms: string[]): Segment[] {
  const matcher = matcherFor(terms);
  if (!matcher) return [{ text, hit: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (let match = nextMatch(text, matcher); match; match = nextMatch(text, matcher)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), hit: false });
    segments.push({ text: match.text, hit: true });
    last = match.index + match.text.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), hit: false });
  return segments;
}

/**
 * A heading or field label on its own line ("Background", "Expected Outcome:", "## Objectives")
 * says nothing about the idea in a two-line excerpt.
 */
const LABEL_LINE = /^[ \t]*(?:#+[ \t]*)?(?:\*\*|__)?[\p{L}][\p{L}\p{N} ()/&'’-]{0,40}:?(?:\*\*|__)?:?[ \t]*$/u;
const LEADING_LABEL =
  /^(?:description|summary|background|overview|objectives?|goals?|expected outcomes?|outcomes?|details?|context|motivation|problem)\s*[:：-]\s*/i;

/** Marked as a label: a colon at its end, a heading's hashes, bold. */
const MARKED_LABEL = /[:：][ \t]*$|^[ \t]*#|\*\*|__/;

function withoutLabels(text: string): string {
  const lines = text.split('\n');
  const kept = lines.filter((line, i) => !(i + 1 < lines.length && LABEL_LINE.test(line) && line.trim().split(/\s+/).length <= 5 && !continued(line, lines[i + 1]!)));
  return kept.join('\n').replace(LEADING_LABEL, '');
}

/**
 * A short unmarked line whose sentence goes on below ("Cortex is a" / "cloud-native …") is not a
 * label; one word or words all capitalised ("Background", "Current Behavior") still are, whatever
 * follows ("etcd is …").
 */
function continued(line: string, next: string): boolean {
  if (MARKED_LABEL.test(line) || !/^[ \t]*\p{Ll}/u.test(next)) return false;
  const words = line.trim().split(/\s+/);
  return words.length > 1 && !words.every((word) => /^\p{Lu}/u.test(word));
}

/**
 * A description as one line without its labels: the text a card's snippet is cut from. Made by
 * the search worker as the descriptions reach the page (or, without a worker, as they are loaded),
 * so that rendering the first cards does not compile and run the label patterns.
 */
export function excerptText(text: string): string {
  return withoutLabels(text).replace(/\s+/g, ' ').trim();
}

/** A short excerpt of `flat` (an excerptText) around the first match (or the start), cut at word boundaries. */
export function snippet(flat: string, terms: string[], length = 180): string {
  if (flat.length <= length) return flat;
  const matcher = matcherFor(terms);
  const first = (matcher && nextMatch(flat, matcher)?.index) ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '… ' : ''}${flat.slice(start, end)}${end < flat.length ? ' …' : ''}`;
}
