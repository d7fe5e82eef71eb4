export interface Segment {
  text: string;
  hit: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let cached: { key: string; pattern: RegExp | undefined } | undefined;

/** One pattern per term list, reused across the many strings highlighted for one result page. */
function matcher(terms: string[]): RegExp | undefined {
  const key = terms.join('\u0000');
  if (cached?.key !== key) cached = { key, pattern: buildMatcher(terms) };
  if (cached.pattern) cached.pattern.lastIndex = 0;
  return cached.pattern;
}

function buildMatcher(terms: string[]): RegExp | undefined {
  const words = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].sort((a, b) => b.length - a.length).slice(0, 50);
  if (words.length === 0) return undefined;
  // Terms are matched at the start of words, as MiniSearch matches prefixes.
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})`, 'giu');
}

/** Splits text into plain and matching segments, to render matches as <mark> without HTML strings. */
export function highlight(text: string, terms: string[]): Segment[] {
  const pattern = matcher(terms);
  if (!pattern) return [{ text, hit: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), hit: false });
    segments.push({ text: match[0], hit: true });
    last = match.index + match[0].length;
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

function withoutLabels(text: string): string {
  const lines = text.split('\n');
  const kept = lines.filter((line, i) => !(LABEL_LINE.test(line) && line.trim().split(/\s+/).length <= 5 && i + 1 < lines.length));
  return kept.join('\n').replace(LEADING_LABEL, '');
}

/** Descriptions as one line without labels, for the cards' snippets: kept, as each card asks again on every keystroke. */
const flatTexts = new Map<string, string>();
function flattened(text: string): string {
  let flat = flatTexts.get(text);
  if (flat === undefined) {
    if (flatTexts.size >= 2_000) flatTexts.clear();
    flatTexts.set(text, (flat = withoutLabels(text).replace(/\s+/g, ' ').trim()));
  }
  return flat;
}

/** A short excerpt around the first match (or the start), cut at word boundaries; never opening on a label. */
export function snippet(text: string, terms: string[], length = 180): string {
  const flat = flattened(text);
  if (flat.length <= length) return flat;
  const first = matcher(terms)?.exec(flat)?.index ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '… ' : ''}${flat.slice(start, end)}${end < flat.length ? ' …' : ''}`;
}
