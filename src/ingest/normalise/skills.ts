import { fieldForLabel } from '../markdown/field-labels.ts';
import aliasData from '../vocab/skill-aliases.json' with { type: 'json' };
import { EMAIL_MARKER } from './redact.ts';

interface AliasData {
  aliases: Record<string, string[]>;
  inSentences: string[];
  notInSentences: string[];
  ignore: string[];
}
const data = aliasData as AliasData;

/** Spellings compare without case, and a hyphen counts as a space (`OCI-Registries`, `Event-Driven`). */
const keyOf = (value: string) =>
  value
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/(?<=\p{L})[-_](?=\p{L})/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const canonicalByKey = new Map<string, string>();
for (const [canonical, aliases] of Object.entries(data.aliases)) {
  for (const spelling of [canonical, ...aliases]) canonicalByKey.set(keyOf(spelling), canonical);
}
const ignored = new Set(data.ignore.map(keyOf));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A spelling as a pattern in which a space or hyphen matches either. */
const spellingPattern = (s: string) => escape(s).replace(/[\s-]+/g, '[\\s-]+');
/** Names with a slash (`Pub/Sub`, `CI/CD`, `spf13/cobra`) that the list split must not cut. */
const SLASH_TERMS = new RegExp(
  [...new Set(Object.entries(data.aliases).flatMap(([c, a]) => [c, ...a]))]
    .filter((s) => s.includes('/'))
    .sort((a, b) => b.length - a.length)
    .map(spellingPattern)
    .join('|'),
  'gi',
);
/** Lower case with runs of spaces and hyphens as one space: a cheap test before the patterns. */
const plainOf = (s: string) => s.toLowerCase().replace(/[\s-]+/g, ' ');
const ambiguous = new Set(data.notInSentences.map(keyOf));
const sentencePatterns = data.inSentences.map((canonical) => {
  // A short name ("Go") is found by its own spelling; "communication" alone is not found at all
  // (it is in notInSentences: "Kubernetes API communication" asks for no communication skills).
  const spellings = [canonical, ...(data.aliases[canonical] ?? [])].filter((s) => (s.length >= 3 || s === canonical) && !ambiguous.has(keyOf(s)));
  // `Go-to-market` is not Go; `Go-based` is.
  const alternatives = spellings.map((s) => `(?<![\\w.+#])${spellingPattern(s)}(?![\\w+#]|\\.\\w|-to-)`);
  // Two-letter names ("Go", "AI") are matched with their case only, so the verb "go" is not a skill.
  const short = canonical.length <= 2;
  return {
    canonical,
    needles: spellings.map(plainOf),
    pattern: new RegExp(short ? alternatives[0]! : alternatives.join('|'), short ? '' : 'i'),
    extra: short && alternatives.length > 1 ? new RegExp(alternatives.slice(1).join('|'), 'i') : undefined,
  };
});

const QUALIFIER_WORDS =
  'basic|basics|optional|beginner|beginners|ok|preferred|nice to have|good to have|required|not required|a plus|bonus|advanced|intermediate|expert|familiarity|some|helpful|desired|preferably|ideally|ideal|secondarily|interest|any|recommended|highly recommended|must|must have|mandatory|level|strongly preferred|optionally';
const QUALIFIER_PARENS = new RegExp(String.raw`\(\s*(?:[^()]*\b(?:${QUALIFIER_WORDS})\b[^()]*)\)`, 'gi');
/** Words that say how much or how well, never what: stripped from both ends of a value. */
const LEADING = new RegExp(
  String.raw`^(?:(?:and|or|&|with|a|an|the|some|basic|basics of|good|great|strong|strongly|solid|deep|light|moderate|general|working|prior|practical|professional|hands-on|excellent|decent|reasonable|sufficient|extensive|thorough|proven|demonstrated|fluent|fluency|fluency in|modern|advanced|intermediate|beginner|ideal|ideally|preferably|preferred|optional|optionally|secondarily|particularly|especially|mainly|mostly|primarily|potentially|possibly|also|either|both|nice to have|familiarity|familiarities|familiar|familar|experience|experienced|exposure|exposure to|knowledge|understanding|proficiency|proficient|expertise|competency|competence|competent|comfort|comfortable|confidence|confident|interest|interested|skills?|skilled|ability to|able to|understand|know how to|know|learning|using|programming|in|with|of|on|about|at least|at least one|bonus|plus|e\.g\.?|eg|i\.e\.?|like|such as|including|etc\.?)\s+)+`,
  'i',
);
const TRAILING =
  /(?:\s+(?:and|or|&|programming(?: languages?)?|languages?|lang|coding|development|skills?|experience|expertise|proficiency|competency|knowledge|basics|fundamentals|concepts|is a plus|is a strong plus|a strong plus|a plus|are a plus|are nice to have|are a bonus|are helpful|is nice to have|nice to have|would be nice|would be great|preferred|strongly|required|is required|is highly recommended|highly recommended|recommended|optional|is ok|is helpful|helpful|is a bonus|bonus|ecosystem|familiarity|understanding|background|level|etc\.?|…))+$/i;
const FUNCTION_WORDS =
  /\b(?:we|you|i|will|would|should|could|can|is|are|be|been|to|that|this|these|those|any|though|although|but|not|if|it|its|our|your|their|how|what|which|who|the|of|in|for|from|into|as|at|by|also|willing|able|want|need|must|have|has|lot|way|both|either|all|each|one)\b/i;
/** Words that carry no skill of their own next to a known name (`Kubernetes architecture` is Kubernetes). */
const GENERIC_WORDS = new Set(
  (
    'a an the and or & with of for in on using via based its to ' +
    'architecture internals internal concepts concept fundamentals fundamental basics basic resources usage ecosystem tooling tools tool components component ' +
    'mechanisms model conceptual principles patterns pattern stack framework frameworks library libraries sdk sdks spec specs specification specifications ' +
    'workloads workload plugin plugins structure semantics methodology methodologies practices best syntax format formats integration integrations ' +
    'knowledge skills skill experience environment environments development programming applications application services projects project technologies ' +
    'technology platform platforms features operations administration admin management deployment deployments familiarity understanding expertise ' +
    'proficiency configuration configurations ecosystems apis api clients client cli objects object workflow workflows cluster clusters protocol protocols ' +
    'parsing authoring'
  ).split(' '),
);

const MAX_WORDS = 4;
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const HANDLE = /(?:^|\s|\()@[\w-]+/g;
/**
 * What the mentors offer to teach, to the end of its line, is no skill asked for: "We will provide
 * mentorship re. benchmarking and profiling and integrating results with github actions" (GSoC
 * 2023 Buildpacks).
 */
const MENTORS_OFFER = /\b(?:we|mentors)(?: will|'ll|’ll) (?:provide|teach|help|guide|mentor)\b[^\n]*/gi;
/** `unit and feature testing` names two kinds of testing, not "Unit" and "feature testing". */
const SHARED_HEAD = /(?<![\p{L}\d-])(\p{L}[\p{L}\d-]*)(\s*(?:\/|&|\band\b|\bor\b)\s*)(\p{L}[\p{L}\d-]*)\s+(\p{L}+)/giu;

/**
 * Facet values from a skills text: splits lists, drops labels and qualifiers, merges aliases
 * and case, and pulls known technologies out of sentences. A sentence is never returned as a
 * value. Values the vocabulary does not know are returned as written; the corpus-level rule in
 * link/skill-facet.ts decides whether they become facet values.
 */
export function normalizeSkills(text: string): string[] {
  const found: string[] = [];
  for (const chunk of splitChunks(clean(text))) found.push(...skillsFromChunk(chunk));
  return [...new Map(found.map((s) => [s.toLowerCase(), s])).values()];
}

/** Canonical name of a value the vocabulary knows (a canonical name or an alias), else undefined. */
export function knownSkill(value: string): string | undefined {
  return lookup(value) || undefined;
}

/** Links, handles, e-mail markers and everything after another field's label are not skills. */
function clean(text: string): string {
  let out = text.split(EMAIL_MARKER).join(' ').replace(URL, ' ').replace(HANDLE, ' ').replace(MENTORS_OFFER, ' ');
  out = cutAtFieldLabel(out);
  // `(basic)` goes; `(Go preferred)` keeps its Go.
  out = out.replace(QUALIFIER_PARENS, (qualified) => (technologiesIn(qualified).length > 0 ? qualified : ' '));
  return out.replace(SHARED_HEAD, (match, first: string, _sep: string, second: string, head: string) => {
    if (lookup(first) !== undefined || !lookup(`${first} ${head}`)) return match;
    return `${first} ${head}, ${second} ${head}`;
  });
}

/** `Go, Rust Mentors: Ada Lovelace` — the skills end where a mentors or issue label starts. */
function cutAtFieldLabel(text: string): string {
  for (const colon of text.matchAll(/:(?!\/\/)/g)) {
    const before = text.slice(0, colon.index);
    const tail = /[\p{L}()\s-]*$/u.exec(before)![0];
    const tailStart = before.length - tail.length;
    for (const word of [...tail.matchAll(/\S+/g)].slice(-MAX_WORDS)) {
      const field = fieldForLabel(tail.slice(word.index));
      if (field && field !== 'skills' && field !== 'technologies') return before.slice(0, tailStart + word.index);
    }
  }
  return text;
}

/** Chunks between list separators (`,` `;` `/` new lines, brackets, full stops). */
function splitChunks(text: string): string[] {
  return text
    .replace(SLASH_TERMS, (m) => m.replace(/\//g, '\uE000'))
    .split(/[,;\n()[\]{}|…]|\.(?:\s|$)|\//)
    .map((chunk) => chunk.replace(/\uE000/g, '/'))
    .filter((chunk) => /\p{L}/u.test(chunk));
}

/**
 * A leading label (`Backend: Strong Go`, `E.g: pandas`) is a heading, not a skill: what follows
 * counts. Only when that names nothing the vocabulary knows (`TypeScript & React: hooks and
 * component lifecycles`), or when the label is itself a list of known names (`DevOps & CI/CD:
 * GitHub Actions`), do the label's known names count as well.
 */
function skillsFromChunk(chunk: string): string[] {
  const labelled = /^\s*([^:]+?)\s*:\s*(.*)$/s.exec(chunk);
  if (labelled && labelled[1]!.split(/\s+/).length <= MAX_WORDS) {
    const [, label, rest] = labelled;
    const fromRest = /\p{L}/u.test(rest!) ? skillsFromChunk(rest!) : [];
    const labelPieces = splitPieces(label!);
    // A label listing several names the vocabulary knows ("DevOps & CI/CD: GitHub Actions,
    // Docker") names skills itself; one word ("Backend: Strong Go") is a heading.
    const labelIsSkills = labelPieces.length > 1 && labelPieces.every((piece) => lookup(piece));
    if (!labelIsSkills && fromRest.some((skill) => lookup(skill))) return fromRest;
    return [...labelPieces.flatMap((piece) => skillsFromPiece(piece, false)), ...fromRest];
  }
  // A sentence introducing a list ("(Bonus) Experience using any of the following: Argo, Istio"):
  // the list after its colon names skills, and the sentence only its distinctive names.
  if (labelled && /\p{L}/u.test(labelled[2]!)) {
    const fromRest = skillsFromChunk(labelled[2]!);
    if (fromRest.some((skill) => lookup(skill))) return [...technologiesIn(labelled[1]!), ...fromRest];
  }
  const pieces = splitPieces(chunk);
  // When one part of a chunk is a sentence ("You should be comfortable reading code and asking
  // questions early"), the other parts are fragments of it: only known skills count there.
  const prose = pieces.some((piece) => isSentence(stripFiller(piece)));
  return pieces.flatMap((piece) => skillsFromPiece(piece, !prose));
}

/** A chunk's parts joined by "and", "or", "&", "+", "as well as", "plus", "like", "such as" or a dash. */
function splitPieces(chunk: string): string[] {
  return chunk
    .split(/\s+(?:and|or|&|\+|as well as|plus|like|such as|including|e\.g\.?|i\.e\.?|especially|particularly)\s+|\s+[-–—]\s+|\s*—\s*/i)
    .map((p) =>
      p
        .replace(/\s+\++$/, '')
        // A leading dot belongs to the name (`.NET`); other punctuation around a value does not.
        .replace(/^(?:[\s*•:'"`-]|\.(?![\p{L}\d]))+|[\s*•:.'"`!?-]+$/gu, '')
        .replace(/\s+(?:and|or|&)$/i, '')
        .trim(),
    )
    .filter((p) => /\p{L}/u.test(p));
}

const stripFiller = (piece: string) => piece.replace(LEADING, '').replace(TRAILING, '').replace(LEADING, '').trim();
/** -ing words that name a field ("Networking protocols", "Operating System"), not a task. */
const GERUND_NOUNS = new Set(
  'networking operating profiling testing logging tracing monitoring scheduling debugging benchmarking fuzzing packaging routing caching streaming computing rendering indexing messaging engineering modeling modelling prototyping wireframing storytelling processing'.split(
    ' ',
  ),
);
/** "managing Kubernetes", "Following recommended deliverables": a task, not a skill. */
const isVerbPhrase = (text: string) => {
  const first = /^(\p{L}+ing)\s/iu.exec(text)?.[1];
  return first !== undefined && !GERUND_NOUNS.has(first.toLowerCase());
};
const isSentence = (text: string) => text.split(/\s+/).length > MAX_WORDS || FUNCTION_WORDS.test(text);
const looksLikeValue = (text: string) =>
  text.length > 0 &&
  text.length <= 40 &&
  /^[\p{L}0-9.]/u.test(text) &&
  !/[:@…]/.test(text) &&
  !isSentence(text) &&
  !isVerbPhrase(text) &&
  fieldForLabel(text) === undefined;

/**
 * A piece's skills: its canonical name, or the known names it is made of, or (when allowed) the
 * piece itself as an unknown value. Distinctive names inside it count too, so `Kubernetes CRDs`
 * is also Kubernetes and `Golang CLI framework Cobra` is also Go.
 */
function skillsFromPiece(piece: string, allowUnknown: boolean): string[] {
  const named = technologiesIn(piece);
  const direct = lookup(piece);
  if (direct !== undefined) return direct ? [direct, ...named] : [];
  const stripped = stripFiller(piece);
  const known = lookup(stripped);
  if (known !== undefined) return known ? [known, ...named] : named;
  const parts = knownParts(stripped);
  if (parts) return [...parts, ...named];
  if (allowUnknown && looksLikeValue(stripped)) return [displayCase(stripped), ...named];
  return named;
}

/**
 * Verbs the vocabulary also reads as skills (Technical Writing, UI Design): leading a value they
 * name the task, not the skill (`writing unit tests`, `designing agent skills`).
 */
const TASK_VERBS = new Set(['writing', 'designing']);
const WRITTEN_TEXTS = /\b(?:documentation|docs?|guides?|tutorials?|blogs?|blog posts?|articles?)\b/i;

/**
 * `writing Rust programs`, `participating in a community`: the first word is the task's verb, no
 * skill; what it works on may be. Not when the first word starts a known name (`Spring Boot
 * applications`) or is one (`Autoscaling algorithms`, `Troubleshooting Kubernetes`), other than
 * the verbs above.
 */
function leadsWithTaskVerb(words: string[]): boolean {
  if (!isVerbPhrase(words.join(' '))) return false;
  const first = words[0]!.toLowerCase();
  // Writing what is read is technical writing (`Writing documentation`, `writing tutorials`).
  if (first === 'writing' && WRITTEN_TEXTS.test(words.slice(1).join(' '))) return false;
  if (TASK_VERBS.has(first)) return true;
  for (let j = Math.min(words.length, 5); j >= 1; j--) if (lookup(words.slice(0, j).join(' '))) return false;
  return true;
}

/**
 * Known names that make up the whole value, with connecting and generic words between them
 * (`Go testing` → Go, Testing; `PostgreSQL internals` → PostgreSQL). Undefined when any other
 * word is left over: the value is then more than its known parts.
 */
function knownParts(value: string): string[] | undefined {
  const words = value
    .replace(/['’]s\b/g, '')
    .split(/\s+/)
    .filter(Boolean);
  const start = words.length > 1 && leadsWithTaskVerb(words) ? 1 : 0;
  const found: string[] = [];
  for (let i = start; i < words.length;) {
    let matched = 0;
    for (let j = Math.min(words.length, i + 5); j > i && !matched; j--) {
      const name = lookup(words.slice(i, j).join(' '));
      if (name) {
        found.push(name);
        matched = j - i;
      }
    }
    if (!matched && !GENERIC_WORDS.has(words[i]!.toLowerCase()) && lookup(words[i]!) !== '') return undefined;
    i += matched || 1;
  }
  return found.length > 0 ? [...new Set(found)] : undefined;
}

/** Canonical name, '' for a word that is never a skill (or a field label), undefined when unknown. */
function lookup(value: string): string | undefined {
  const key = keyOf(value);
  if (!key || ignored.has(key) || fieldForLabel(key) !== undefined) return '';
  // A plural of a known name is that name (`OCI Registries`, `Kubernetes Operators`).
  return canonicalByKey.get(key) ?? (key.endsWith('s') && key.length > 3 ? canonicalByKey.get(key.slice(0, -1)) : undefined);
}

/** Known technologies named in a sentence (`Ideally Go programming, though …` → Go). */
export function technologiesIn(sentence: string): string[] {
  const plain = plainOf(sentence);
  return sentencePatterns
    .filter(({ needles, pattern, extra }) => needles.some((n) => plain.includes(n)) && (pattern.test(sentence) || (extra?.test(sentence) ?? false)))
    .map(({ canonical }) => canonical);
}

function displayCase(value: string): string {
  return value === value.toLowerCase() ? value.charAt(0).toUpperCase() + value.slice(1) : value;
}
