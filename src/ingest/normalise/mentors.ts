import type { Mentor } from '../../model/idea-index.ts';
import { withoutEmails } from '../markdown/value-text.ts';

const HANDLE = /@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/;
const QUALIFIER = /\((?:backup|primary|secondary|lead|co-?mentor|optional|tbc|tbd)\)|\s[-–]\s*(?:primary|secondary|backup|lead)\b.*$/gi;
const PLACEHOLDER = /^(?:tbd|tba|tbc|n\/?a|none|todo|mentor name|2nd mentor name|\?+)$/i;

/**
 * Mentors from the lines of a Mentor(s) value: `Name (@handle)`, `Name(@handle)`, `[@h](url)`,
 * `@a, @b`, `Name (@handle, email) - primary`, `;`-separated, one per sub-bullet, names with
 * parentheses (`Kevin(Zefeng) Wang`). E-mail addresses are dropped.
 */
export function parseMentors(lines: string[]): Mentor[] {
  const mentors: Mentor[] = [];
  for (const line of lines) {
    for (const part of splitPeople(withoutEmails(line).replace(/^[A-Za-z0-9 ]{1,20}:\s*/, ''))) {
      const mentor = parsePerson(part);
      if (mentor) mentors.push(mentor);
    }
  }
  return dedupe(mentors);
}

/** Splits on `,` `;` `&` ` and ` outside parentheses, so `(@handle, email)` stays whole. */
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
  return parts.map((p) => p.trim()).filter((p) => /[A-Za-z0-9]/.test(p));
}

function parsePerson(text: string): Mentor | undefined {
  const cleaned = text.replace(QUALIFIER, '').trim();
  const github = HANDLE.exec(cleaned)?.[1];
  const name = cleaned
    .replace(/\([^()]*@[^()]*\)/g, ' ')
    .replace(HANDLE, ' ')
    .replace(/\(\s*\)|\[\s*\]/g, ' ')
    .replace(/^[\s\-–:,.()]+|[\s\-–:,.(]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const realName = name && !PLACEHOLDER.test(name) && /\p{L}/u.test(name) && name.split(' ').length <= 6 ? balance(name) : undefined;
  if (!github && !realName) return undefined;
  return { ...(realName ? { name: realName } : {}), ...(github ? { github } : {}) };
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
