import type { Mentor, MentorRole } from '../../model/idea-index.ts';
import { withoutEmails } from './redact.ts';

const HANDLE_CHARS = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})';
const AT_HANDLE = new RegExp(`(?<![\\w.])@(${HANDLE_CHARS})(?![\\w-]*\\.[a-z])`);
/** `(xmulligan, …)` or `(cpuguy83)` closing the part, or `github: gourishkb`: a handle without its @. */
const PAREN_HANDLE = new RegExp(`\\(\\s*(${HANDLE_CHARS})\\s*(?:,[^()]*)?\\)\\s*$`);
const GITHUB_FIELD = new RegExp(`github\\s*:\\s*@?(${HANDLE_CHARS})`, 'i');
const BARE_HANDLE = new RegExp(`^@?(${HANDLE_CHARS})$`);

const PRIMARY = /\b(?:primary|lead)\b/i;
const ROLE_QUALIFIER =
  /\(\s*(?:backup|primary|secondary|lead|co-?mentor|adjunct|optional|tbc|tbd)\s*\)|\s[-–]\s*(?:primary|secondary|backup|lead|co-?mentor)\b.*$/gi;
/** A line that only names a role ("Primary", "Adjunct") heads the people listed under it. */
const ROLE_LINE = /^(?:primary|lead|secondary|backup|adjunct|co-?mentors?|additional)(?: mentors?)?:?$/i;
const PLACEHOLDER = /^(?:tbd|tba|tbc|n\/?a|none|todo|mentor name|2nd mentor name|name|\?+)$/i;
/** Words of a sentence, never of a person's name. */
const SENTENCE_WORD =
  /\b(?:and|or|with|it|is|are|to|the|for|of|at|being|required|have|has|will|be|please|see|via|from|into|consulting|develop|package|platforms|ideas?|misc)\b/i;

/**
 * Mentors from the lines of a Mentor(s) value: `Name (@handle)`, `Name(@handle)`, `[Name](github
 * profile)`, `@a, @b`, `Name (@handle, email) - primary`, `Name (handle, email)`, `Name, handle,
 * email`, one per sub-bullet, role headings ("Primary" above its people), names with parentheses
 * (`Kevin(Zefeng) Wang`) or a comma (`Hung-Ying, Tai (@hydai)`). Labels, template text, URLs and
 * e-mail addresses are never mentors.
 */
export function parseMentors(lines: string[]): Mentor[] {
  const mentors: Mentor[] = [];
  let headingRole: MentorRole | undefined;
  for (const raw of lines) {
    const line = withoutEmails(raw)
      .replace(/^(?:[A-Za-z0-9 ]{1,20}[:：]\s*|mentor\(s\)\s*[:：]\s*)+/i, '')
      .trim();
    if (ROLE_LINE.test(line)) {
      headingRole = PRIMARY.test(line) ? 'primary' : 'co-mentor';
      continue;
    }
    if (line.startsWith('#') || (/https?:\/\//i.test(line) && !AT_HANDLE.test(line))) continue;
    for (const person of joinSplitNames(splitPeople(line).map(parsePerson))) {
      if (!person) continue;
      const role = person.role ?? headingRole;
      mentors.push({ ...(person.name ? { name: person.name } : {}), ...(person.github ? { github: person.github } : {}), ...(role ? { role } : {}) });
    }
  }
  return dedupe(mentors);
}

interface Part extends Mentor {
  /** One word without a handle, possibly the first half of a name split by a comma. */
  single?: boolean;
  /** A lone token (`haircommander`, `@yizha1`, `Hung-Ying`): a handle or half a name, by context. */
  token?: string;
}

/** Splits on `,` `;` `&` `/` ` and ` outside parentheses, so `(@handle, email)` stays whole. */
function splitPeople(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (char === ',' || char === ';' || char === '&')) {
      parts.push(current);
      current = '';
      continue;
    }
    if (depth === 0 && text.startsWith(' and ', i)) {
      parts.push(current);
      current = '';
      i += 4;
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => /[\p{L}0-9]/u.test(p));
}

function parsePerson(text: string): Part | undefined {
  const role: MentorRole | undefined = /\(\s*(?:primary|lead)\s*\)|[-–]\s*(?:primary|lead)\b/i.test(text)
    ? 'primary'
    : /\(\s*(?:backup|secondary|co-?mentor|adjunct)\s*\)|[-–]\s*(?:backup|secondary|co-?mentor)\b/i.test(text)
      ? 'co-mentor'
      : undefined;
  const cleaned = text
    .replace(ROLE_QUALIFIER, '')
    .replace(/[[\]]/g, '')
    .replace(/\(\s*[,;]?\s*\)/g, ' ')
    .trim();
  if (!cleaned) return undefined;
  if (BARE_HANDLE.test(cleaned)) return { token: cleaned, ...(role ? { role } : {}) };
  const github = AT_HANDLE.exec(cleaned)?.[1] ?? GITHUB_FIELD.exec(cleaned)?.[1] ?? PAREN_HANDLE.exec(cleaned)?.[1];
  const name = cleaned
    .replace(/\([^()]*(?:@|github\s*:)[^()]*\)/gi, ' ')
    .replace(github && PAREN_HANDLE.test(cleaned) ? PAREN_HANDLE : /$^/, ' ')
    .replace(AT_HANDLE, ' ')
    .replace(/\(\s*(?:email\s*:?)?\s*,?\s*\)|\[\s*\]/gi, ' ')
    .replace(/^[\s\-–:,.()]+|[\s\-–:,.(]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const words = name.split(' ');
  const realName = name && !PLACEHOLDER.test(name) && /\p{L}/u.test(name) && words.length <= 5 && !SENTENCE_WORD.test(name) ? balance(name) : undefined;
  if (!github && !realName) return undefined;
  return {
    ...(realName ? { name: realName } : {}),
    ...(github ? { github } : {}),
    ...(role ? { role } : {}),
    ...(!github && words.length === 1 ? { single: true } : {}),
  };
}

/** `haircommander`, `Thor-wl`, `robert-cronin`: a GitHub login rather than a one-word name. */
function looksLikeHandle(text: string): boolean {
  return text.startsWith('@') || /[-0-9]/.test(text) || (text === text.toLowerCase() && text.length >= 4);
}

/**
 * Re-joins what a comma split: `Hung-Ying, Tai (@hydai)` is one person, and `Peter Hunt,
 * haircommander` or `Yi Zha, @yizha1` is a name followed by its handle.
 */
function joinSplitNames(parts: (Part | undefined)[]): (Part | undefined)[] {
  const out: (Part | undefined)[] = [];
  parts.forEach((part, i) => {
    const previous = out.at(-1);
    const next = parts[i + 1];
    if (part?.token) {
      const handle = part.token.replace(/^@/, '');
      if (SENTENCE_WORD.test(handle)) return;
      if (!part.token.startsWith('@') && next?.name && next.github && !next.name.includes(' ') && !next.token) {
        next.name = `${handle} ${next.name}`;
      } else if (previous?.name && !previous.github) {
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
  return out.map((p) => p && { ...(p.name ? { name: p.name } : {}), ...(p.github ? { github: p.github } : {}), ...(p.role ? { role: p.role } : {}) });
}

/** Drops an unmatched trailing `)` left by `Name (@h), email)`. */
function balance(name: string): string {
  const open = (name.match(/\(/g) ?? []).length;
  const close = (name.match(/\)/g) ?? []).length;
  return close > open ? name.replace(/\)+$/, '').trim() : name;
}

function dedupe(mentors: Mentor[]): Mentor[] {
  const seen = new Set<string>();
  return mentors.filter((m) => {
    const key = m.github?.toLowerCase() ?? `name:${m.name?.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
