import { mentorKey } from '../../model/mentor-key.ts';
import type { Mentor, MentorRole } from '../../model/idea-index.ts';
import { withoutEmails } from './redact.ts';

/**
 * A mention as read from the markdown: a mentor, plus the Twitter/X handle written for the person,
 * if any. unify-people uses it to tell a Twitter handle written as `@handle` elsewhere from a
 * GitHub one, and drops it: it never reaches the index.
 */
export interface MentorMention extends Mentor {
  twitter?: string;
}

/**
 * A GitHub login: letters and digits, joined by single hyphens. A written handle that goes on with
 * `_`, `.` + letter, another hyphen or more login characters (`@ingenious_G`, `@akash.nayak1`) is
 * not a login, and is never cut short into another one.
 */
const HANDLE_CHARS = '[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}';
const HANDLE_END = '(?![\\w\\p{L}\\p{N}\\p{M}-]|\\.[\\p{L}\\p{N}])';
const AT_HANDLE = new RegExp(`(?<![\\w.@])@(${HANDLE_CHARS})${HANDLE_END}`, 'u');
const AT_HANDLES = new RegExp(AT_HANDLE.source, 'gu');
/** `(xmulligan, …)` or `(cpuguy83)` closing the part, or `github: gourishkb`: a handle without its @. */
const PAREN_HANDLE = new RegExp(`\\(\\s*(${HANDLE_CHARS})\\s*(?:,[^()]*)?\\)\\s*$`);
const GITHUB_FIELD = new RegExp(`github\\s*:\\s*@?(${HANDLE_CHARS})${HANDLE_END}`, 'iu');
const BARE_HANDLE = new RegExp(`^@?(${HANDLE_CHARS})$`);
const LOGIN = new RegExp(`^${HANDLE_CHARS}$`);
/** Any `@…` written as a handle, to its end: checked against the login rule above. */
const WRITTEN_HANDLE = /(?<![\w.@])@((?:[\w\p{L}\p{N}\p{M}-]|\.(?=[\p{L}\p{N}]))+)/gu;
/** `(@Mike Spreitzer, …)`: a name written with an @ (a login has no space), inside brackets. */
const AT_NAME = /(?<=\(\s*)@\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)+(?=\s*[,)])/gu;
/**
 * A Twitter/X handle: `@lcalcote (https://twitter.com/lcalcote)` (a link, as value-text writes
 * it), `(@lcalcote)[https://twitter.com/lcalcote)` (a link written backwards), or a bare profile URL.
 */
const TWITTER = /(?:@([A-Za-z0-9_]{1,15})\)?\s*)?[([]?\s*https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/@?([A-Za-z0-9_]{1,15})\/?\s*[)\]]?/i;
const TWITTERS = new RegExp(TWITTER.source, 'gi');

const PRIMARY = /\b(?:primary|lead)\b/i;
const ROLE_QUALIFIER =
  /\(\s*(?:backup|primary|secondary|lead|co-?mentor|adjunct|optional|tbc|tbd)\s*\)|\s[-–]\s*(?:primary|secondary|backup|lead|co-?mentor)\b.*$/gi;
/** The role a label names: primary, lead, else co-mentor (secondary, backup, adjunct …). */
const roleOfLabel = (label: string): MentorRole => (PRIMARY.test(label) ? 'primary' : 'co-mentor');
/** A line that only names a role ("Primary", "Adjunct") heads the people listed under it. */
const ROLE_LINE = /^(?:primary|lead|secondary|backup|adjunct|co-?mentors?|additional)(?: mentors?)?:?$/i;
const PLACEHOLDER = /^(?:tbd|tba|tbc|n\/?a|none|todo|mentor name|2nd mentor name|name|\?+)$/i;
/** Words of a sentence, never of a person's name. */
const SENTENCE_WORD =
  /\b(?:and|or|with|it|is|are|to|the|for|of|at|being|required|have|has|will|be|please|see|via|from|into|consulting|develop|package|platforms|ideas?|misc)\b/i;
/**
 * A team, a SIG or a working group written where a person goes (`Lyft networking team`,
 * `team-cert-manager@Jetstack`): an applicant cannot write to it as to a mentor, so it is none,
 * as a sentence is none. An idea left without people keeps the line as written (idea-record.ts). `SIG` and
 * `WG` count in capitals only: "Sig" is also a given name.
 */
const isGroup = (name: string) => /\b(?:teams?|working groups?|maintainers)\b/i.test(name) || /\b(?:SIG|WG)s?\b/.test(name);
/** `Mentor(s):`, `Primary Mentor:` before the people; `Paolo Dettori: (@pdettori)` is a name, not a label. */
const LEADING_LABEL = /^([A-Za-z0-9 ]{1,20}|mentor\(s\))\s*[:：]\s*/i;
const ROLE_WORD = /mentor|primary|secondary|lead|backup|adjunct/i;
/** A title before a name; the index names people without it. */
const HONORIFIC = /^(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+(?=\p{Lu})/u;
/** Separators between people outside brackets: `,` `;` `&` `|` (also full-width), ` and `, ` / `. */
const SEPARATOR = /^(?:[,;&|，；、]|\s+and\s+|\s+\/\s+)/;
/** After a comma inside unclosed brackets, another person (`Sangram Rath (@sangramrath, Mia Grenell (@miacycle, …))`). */
const NEXT_PERSON = /^\s*\p{Lu}[\p{L}'.-]*(?:\s+\p{L}[\p{L}'.-]*){0,3}\s*\(\s*@/u;

/** "Dr. Stefan Schimanski" → "Stefan Schimanski". */
export function withoutHonorific(name: string): string {
  return name.replace(HONORIFIC, '');
}

/**
 * Mentors from the lines of a Mentor(s) value: `Name (@handle)`, `Name(@handle)`, `[Name](github
 * profile)`, `@a, @b`, `Name (@handle, email) - primary`, `Name (handle, email)`, `Name, handle,
 * email`, `(Name, @handle)`, one per sub-bullet, role headings ("Primary" above its people), names
 * with parentheses (`Kevin(Zefeng) Wang`) or a comma (`Hung-Ying, Tai (@hydai)`). People are
 * separated by `,` `;` `&` `|` ` / ` ` and `, or by nothing but a space after each one's handle
 * (`Sedef Savas (@sedefsavas) Richard Case (@richcase)`). Labels, template text, URLs, e-mail
 * addresses, affiliations (`… from Dapr Agents`) and Twitter handles are never mentors or handles.
 */
export function parseMentors(lines: string[]): MentorMention[] {
  const mentors: MentorMention[] = [];
  let headingRole: MentorRole | undefined;
  for (const raw of lines) {
    const { rest, role: labelRole } = withoutLabels(withoutEmails(raw).replace(/@@+/g, '@'));
    const line = rest.trim();
    if (ROLE_LINE.test(line)) {
      headingRole = roleOfLabel(line);
      continue;
    }
    if (line.startsWith('#') || (/https?:\/\//i.test(line) && !AT_HANDLE.test(line))) continue;
    for (const person of joinSplitNames(splitPeople(line).map(parsePerson))) {
      if (!person) continue;
      const role = person.role ?? labelRole ?? headingRole;
      mentors.push({
        ...(person.name ? { name: person.name } : {}),
        ...(person.github ? { github: person.github } : {}),
        ...(role ? { role } : {}),
        ...(person.twitter ? { twitter: person.twitter } : {}),
      });
    }
  }
  return dedupe(mentors);
}

/**
 * Mentors of an idea's mentor fields, each with its label: a label naming a role (`Primary
 * Mentor:`, `Secondary Mentor:`) gives it to the people written after it, and to them only.
 */
export function parseMentorFields(fields: { label?: string; lines: string[] }[]): MentorMention[] {
  return dedupe(fields.flatMap(({ label, lines }) => parseMentors(label && ROLE_LINE.test(label.trim()) ? [label, ...lines] : lines)));
}

/** The line without its labels, and the role they give the people after them (`- Secondary Mentor: …`). */
function withoutLabels(line: string): { rest: string; role?: MentorRole } {
  let rest = line;
  let role: MentorRole | undefined;
  for (let label = LEADING_LABEL.exec(rest); label; label = LEADING_LABEL.exec(rest)) {
    const after = rest.slice(label[0].length);
    if (after.startsWith('(') && !ROLE_WORD.test(label[1]!)) return { rest: `${label[1]} ${after}`, role };
    if (ROLE_LINE.test(label[1]!.trim())) role = roleOfLabel(label[1]!);
    rest = after;
  }
  return { rest, role };
}

interface Part extends MentorMention {
  /** One word without a handle, possibly the first half of a name split by a comma. */
  single?: boolean;
  /** A lone token (`haircommander`, `@yizha1`, `Hung-Ying`): a handle or half a name, by context. */
  token?: string;
}

/**
 * Splits a line into one text per person: at separators outside brackets (so `(@handle, email)`
 * stays whole), inside a part wholly in brackets (`(Lior Lieberman, @LiorLieberman)`), and after
 * each person's handle when several people follow one another without a separator.
 */
function splitPeople(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const separator = depth === 0 ? SEPARATOR.exec(text.slice(i))?.[0] : undefined;
    if (separator) {
      parts.push(current);
      current = '';
      i += separator.length - 1;
      continue;
    }
    // A bracket left open before the next person: close it there.
    if (depth > 0 && (char === ',' || char === '，') && NEXT_PERSON.test(text.slice(i + 1))) {
      parts.push(current + ')'.repeat(depth));
      current = '';
      depth = 0;
      continue;
    }
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    current += char;
  }
  parts.push(current);
  return parts
    .map((p) => p.trim())
    .flatMap((p) => (wrappedInBrackets(p) ? splitPeople(p.slice(1, -1)) : splitAtHandles(p)))
    .filter((p) => /[\p{L}0-9]/u.test(p));
}

/** `(Lior Lieberman, @LiorLieberman)`: one bracket around the whole part. */
function wrappedInBrackets(text: string): boolean {
  if (!text.startsWith('(') || !text.endsWith(')')) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    if (text[i] === ')') depth--;
    if (depth === 0 && i < text.length - 1) return false;
  }
  return /,/.test(text) && AT_HANDLE.test(text);
}

/**
 * `André Martins (@aanm) Jed Salazar (@jedsalazar)` or `@a @b`: each person ends with a handle
 * (a bracket holding one, or a bare `@handle`); handle-first parts (`@a Name A @b Name B`) start
 * with one instead. A part with one handle is one person.
 */
function splitAtHandles(text: string): string[] {
  const units: { start: number; end: number }[] = [];
  let masked = text;
  for (const match of text.matchAll(TWITTERS)) {
    units.push({ start: match.index, end: match.index + match[0].length });
    masked = masked.slice(0, match.index) + ' '.repeat(match[0].length) + masked.slice(match.index + match[0].length);
  }
  let depth = 0;
  let open = 0;
  let outside = '';
  for (let i = 0; i < masked.length; i++) {
    const char = masked[i]!;
    if (char === '(' && depth++ === 0) open = i;
    outside += depth > 0 ? ' ' : char;
    if (char === ')' && depth > 0 && --depth === 0) {
      const group = masked.slice(open, i + 1);
      if (AT_HANDLE.test(group) || GITHUB_FIELD.test(group)) units.push({ start: open, end: i + 1 });
    }
  }
  for (const match of outside.matchAll(AT_HANDLES)) units.push({ start: match.index, end: match.index + match[0].length });
  if (units.length < 2) return [text];
  units.sort((a, b) => a.start - b.start);
  const last = units.at(-1)!;
  const handleFirst = !/[\p{L}0-9]/u.test(text.slice(0, units[0]!.start)) && /\p{L}/u.test(text.slice(last.end));
  return handleFirst
    ? units.map((unit, i) => text.slice(unit.start, units[i + 1]?.start ?? text.length))
    : units.map((unit, i) => text.slice(i === 0 ? 0 : units[i - 1]!.end, unit === last ? text.length : unit.end));
}

function parsePerson(text: string): Part | undefined {
  const role: MentorRole | undefined = /\(\s*(?:primary|lead)\s*\)|[-–]\s*(?:primary|lead)\b/i.test(text)
    ? 'primary'
    : /\(\s*(?:backup|secondary|co-?mentor|adjunct)\s*\)|[-–]\s*(?:backup|secondary|co-?mentor)\b/i.test(text)
      ? 'co-mentor'
      : undefined;
  const twitterMatch = TWITTER.exec(text);
  const twitter = twitterMatch ? (twitterMatch[1] ?? twitterMatch[2]) : undefined;
  const cleaned = (twitterMatch ? text.replace(TWITTER, ' ') : text)
    .replace(ROLE_QUALIFIER, '')
    .replace(/[[\]]/g, '')
    // Written handles that are not logins are no handles: the person keeps the name alone.
    .replace(AT_NAME, ' ')
    .replace(WRITTEN_HANDLE, (all: string, written: string) => (LOGIN.test(written) ? all : ' '))
    // `(@handle, …) from Dapr Agents`, `(@handle, …) - please use …`: an affiliation or a note.
    .replace(/(\))\s+(?:(?:from|at|of)\s|[-–—]\s).*$/i, '$1')
    .replace(/\(\s*[,;]?\s*\)/g, ' ')
    .trim();
  if (!cleaned) return undefined;
  if (BARE_HANDLE.test(cleaned)) return { token: cleaned, ...(role ? { role } : {}) };
  const written = AT_HANDLE.exec(cleaned)?.[1] ?? GITHUB_FIELD.exec(cleaned)?.[1] ?? PAREN_HANDLE.exec(cleaned)?.[1];
  // "TBD (@tbd, tbd@email)": a template's placeholder, not a GitHub account.
  const github = written && !PLACEHOLDER.test(written) ? written : undefined;
  const name = asWrittenForPeople(
    cleaned
      .replace(/\([^()]*(?:@|github\s*:)[^()]*\)/gi, ' ')
      .replace(github && PAREN_HANDLE.test(cleaned) ? PAREN_HANDLE : /$^/, ' ')
      .replace(AT_HANDLE, ' ')
      // What is left of an address or a link: `(barnett.zqg AT gmail.com)`, `(https://…)`.
      .replace(/\([^()]*(?:https?:\/\/|[\w-]\.[a-z]{2,})[^()]*\)/gi, ' ')
      .replace(/\(\s*(?:email\s*:?)?\s*,?\s*\)|\[\s*\]/gi, ' ')
      .replace(/^[\s\-–:,.()]+|[\s\-–:,.(]+$/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
    github,
  );
  // A group is no mentor, with or without a handle (`SIG Node team (@sig-node)`): the handle is the group's.
  if (isGroup(name)) return undefined;
  const words = name.split(' ');
  const realName =
    name && !PLACEHOLDER.test(name) && /\p{L}/u.test(name) && words.length <= 5 && !SENTENCE_WORD.test(name) && name.toLowerCase() !== github?.toLowerCase()
      ? balance(name)
      : undefined;
  if (!github && !realName) return undefined;
  return {
    ...(realName ? { name: realName } : {}),
    ...(github ? { github } : {}),
    ...(role ? { role } : {}),
    ...(twitter ? { twitter } : {}),
    ...(!github && !twitter && words.length === 1 ? { single: true } : {}),
  };
}

/**
 * The name as people read it: without an honorific; `Matt.Boersma` (a name written as the local
 * part of an e-mail address) with spaces; and without the handle written again as a last word in
 * lower case after the name, starting with the given name (`Karan karanngi (@karanngi)`).
 */
function asWrittenForPeople(written: string, github: string | undefined): string {
  const name = withoutHonorific(written).replace(/^\p{Lu}\p{Ll}+(?:\.\p{Lu}\p{Ll}+)+$/u, (dotted) => dotted.replace(/\./g, ' '));
  const words = name.split(' ');
  const last = words.at(-1)!;
  const handleAgain = !!github && words.length > 1 && last === github.toLowerCase() && /^\p{Lu}/u.test(words[0]!) && last.startsWith(words[0]!.toLowerCase());
  return handleAgain ? words.slice(0, -1).join(' ') : name;
}

/** `haircommander`, `Thor-wl`, `robert-cronin`: a GitHub login rather than a one-word name. */
function looksLikeHandle(text: string): boolean {
  return text.startsWith('@') || /[-0-9]/.test(text) || (text === text.toLowerCase() && text.length >= 4);
}

/**
 * Re-joins what a comma split: `Hung-Ying, Tai (@hydai)` is one person, and `Peter Hunt,
 * haircommander` or `Yi Zha, @yizha1` is a name followed by its handle.
 */
function joinSplitNames(parts: (Part | undefined)[]): (MentorMention | undefined)[] {
  const out: (Part | undefined)[] = [];
  parts.forEach((part, i) => {
    const previous = out.at(-1);
    const next = parts[i + 1];
    if (part?.token) {
      const handle = part.token.replace(/^@/, '');
      if (SENTENCE_WORD.test(handle)) return;
      if (!part.token.startsWith('@') && next?.name && next.github && !next.name.includes(' ') && !next.token) {
        next.name = `${handle} ${next.name}`;
      } else if (previous?.name && !previous.github && !previous.twitter) {
        previous.github = handle;
      } else if (looksLikeHandle(part.token)) {
        out.push({ github: handle, ...(part.role ? { role: part.role } : {}) });
      } else if (!SENTENCE_WORD.test(handle) && !PLACEHOLDER.test(handle)) {
        out.push({ name: handle, ...(part.role ? { role: part.role } : {}) });
      }
      return;
    }
    if (previous?.single && part?.name && part.github && !part.name.includes(' ')) {
      out[out.length - 1] = { ...part, name: `${previous.name} ${part.name}` };
      return;
    }
    out.push(part);
  });
  return out.map(
    (p) =>
      p && {
        ...(p.name ? { name: p.name } : {}),
        ...(p.github ? { github: p.github } : {}),
        ...(p.role ? { role: p.role } : {}),
        ...(p.twitter ? { twitter: p.twitter } : {}),
      },
  );
}

/** Drops an unmatched trailing `)` left by `Name (@h), email)`. */
function balance(name: string): string {
  const open = (name.match(/\(/g) ?? []).length;
  const close = (name.match(/\)/g) ?? []).length;
  return close > open ? name.replace(/\)+$/, '').trim() : name;
}

/** One mention per person, where first written; a later mention fills in a name or role it lacks. */
function dedupe(mentors: MentorMention[]): MentorMention[] {
  const seen = new Map<string, MentorMention>();
  return mentors.filter((m) => {
    const key = mentorKey(m);
    const first = seen.get(key);
    if (!first) {
      seen.set(key, m);
      return true;
    }
    first.name ??= m.name;
    first.role ??= m.role;
    return false;
  });
}
