import aliasData from '../vocab/skill-aliases.json' with { type: 'json' };

interface AliasData {
  aliases: Record<string, string[]>;
  inSentences: string[];
  ignore: string[];
}
const data = aliasData as AliasData;

const canonicalByKey = new Map<string, string>();
for (const [canonical, aliases] of Object.entries(data.aliases)) {
  for (const spelling of [canonical, ...aliases]) canonicalByKey.set(spelling.toLowerCase(), canonical);
}
const ignored = new Set(data.ignore.map((s) => s.toLowerCase()));
const slashTerms = [...canonicalByKey.keys()].filter((k) => k.includes('/'));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sentencePatterns = data.inSentences.map((canonical) => {
  const spellings = [canonical, ...(data.aliases[canonical] ?? [])].filter((s) => s.length >= 3 || s === canonical);
  const alternatives = spellings.map((s) => `(?<![\\w.+#])${escape(s)}(?![\\w+#]|\\.\\w)`);
  // Two-letter names ("Go") are matched with their case only, so the verb "go" is not a skill.
  const flags = canonical.length <= 2 ? '' : 'i';
  const short = canonical.length <= 2 ? `|${alternatives.slice(1).join('|')}` : '';
  const source = canonical.length <= 2 ? `${alternatives[0]}` : alternatives.join('|');
  return { canonical, pattern: new RegExp(source, flags), extra: short ? new RegExp(short.slice(1), 'i') : undefined };
});

const QUALIFIER_PARENS =
  /\(\s*(?:[^()]*\b(?:basic|basics|optional|beginner|beginners|ok|preferred|nice to have|good to have|required|not required|a plus|bonus|advanced|intermediate|expert|familiarity|some|helpful|desired|preferably|ideally|any)\b[^()]*)\)/gi;
const LEADING =
  /^(?:(?:and|or|with|a|an|the|some|basic|basics of|good|strong|solid|deep|light|moderate|general|working|prior|hands-on|ideally|preferably|optionally|nice to have|familiarity|familiar|experience|experienced|knowledge|understanding|proficiency|proficient|expertise|interest|interested|comfortable|skills?|ability to|able to|understand|know how to|know|learning|writing|using|programming|in|with|of|on|about|at least|bonus|plus|e\.g\.?|i\.e\.?|like|such as|including|etc\.?)\s+)+/i;
const TRAILING =
  /(?:\s+(?:programming(?: languages?)?|languages?|lang|coding|development|skills?|experience|knowledge|basics|fundamentals|concepts|is a plus|a plus|is nice to have|nice to have|preferred|required|is required|optional|is ok|ecosystem|familiarity|understanding|background|is helpful|helpful|etc\.?))+$/i;
const FUNCTION_WORDS =
  /\b(?:we|you|i|will|would|should|could|can|is|are|be|been|to|that|this|these|those|any|though|although|but|not|if|it|its|our|your|their|how|what|which|who|the|of|in|for|from|into|as|at|by|also|willing|able|want|need|must|have|has|lot|way)\b/i;

const MAX_WORDS = 4;

/**
 * Facet values from a skills text: splits lists, drops qualifiers, merges aliases and case, and
 * pulls known technologies out of sentences. A sentence is never returned as a value.
 */
export function normalizeSkills(text: string): string[] {
  const found: string[] = [];
  for (const chunk of splitChunks(text)) {
    const pieces = splitPieces(chunk);
    // When one part of a chunk is a sentence ("You should be comfortable reading code and asking
    // questions early"), the other parts are fragments of it: only known skills count there.
    const prose = pieces.some((piece) => isSentence(stripFiller(piece)));
    for (const piece of pieces) found.push(...skillsFromPiece(piece, !prose));
  }
  return [...new Map(found.map((s) => [s.toLowerCase(), s])).values()];
}

/** Chunks between list separators (`,` `;` `/` new lines, brackets, full stops). */
function splitChunks(text: string): string[] {
  let protectedText = text.replace(QUALIFIER_PARENS, ' ');
  for (const term of slashTerms) {
    protectedText = protectedText.replace(new RegExp(escape(term), 'gi'), (m) => m.replace(/\//g, '\uE000'));
  }
  return protectedText
    .split(/[,;\n()[\]|]|\.(?:\s|$)|\//)
    .map((chunk) => chunk.replace(/\uE000/g, '/'))
    .filter((chunk) => /\p{L}/u.test(chunk));
}

/** A chunk's parts joined by "and", "or", "&", "+", "as well as", "plus" or a dash. */
function splitPieces(chunk: string): string[] {
  return chunk
    .split(/\s+(?:and|or|&|\+|as well as|plus)\s+|\s+[-–]\s+/i)
    .map((p) =>
      p
        .replace(/\s+\++$/, '')
        .replace(/^[\s*•:.'"`-]+|[\s*•:.'"`!?-]+$/g, '')
        .trim(),
    )
    .filter((p) => /\p{L}/u.test(p));
}

const stripFiller = (piece: string) => piece.replace(LEADING, '').replace(TRAILING, '').replace(LEADING, '').trim();
/** -ing words that name a field ("Networking protocols", "Operating System"), not a task. */
const GERUND_NOUNS = new Set(
  'networking operating profiling testing logging tracing monitoring scheduling debugging benchmarking fuzzing packaging routing caching streaming computing rendering indexing messaging'.split(
    ' ',
  ),
);
/** "managing Kubernetes", "Following recommended deliverables": a task, not a skill. */
const isVerbPhrase = (text: string) => {
  const first = /^(\p{L}+ing)\s/iu.exec(text)?.[1];
  return first !== undefined && !GERUND_NOUNS.has(first.toLowerCase());
};
const isSentence = (text: string) => text.split(/\s+/).length > MAX_WORDS || FUNCTION_WORDS.test(text);

function skillsFromPiece(piece: string, allowUnknown: boolean): string[] {
  const direct = lookup(piece);
  if (direct !== undefined) return direct ? [direct] : [];
  const stripped = stripFiller(piece);
  const known = lookup(stripped);
  if (known !== undefined) return known ? [known] : [];
  if (allowUnknown && stripped && stripped.length <= 40 && !isSentence(stripped) && !isVerbPhrase(stripped) && /^[\p{L}0-9]/u.test(stripped)) {
    return [displayCase(stripped)];
  }
  return technologiesIn(piece);
}

/** Canonical name, '' for a word that is never a skill, undefined when unknown. */
function lookup(value: string): string | undefined {
  const key = value.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!key || ignored.has(key)) return '';
  return canonicalByKey.get(key);
}

/** Known technologies named in a sentence (`Ideally Go programming, though …` → Go). */
export function technologiesIn(sentence: string): string[] {
  return sentencePatterns.filter(({ pattern, extra }) => pattern.test(sentence) || (extra?.test(sentence) ?? false)).map(({ canonical }) => canonical);
}

function displayCase(value: string): string {
  return value === value.toLowerCase() ? value.charAt(0).toUpperCase() + value.slice(1) : value;
}
