/**
 * E-mail addresses are never republished. Upstream writes them plainly (`jane@example.com`),
 * chained (`zhhxu@163@gmail.com`), glued to `mailto`, or spelled out against scrapers
 * (`jane AT example DOT com`, `jane[at]example.io`, `jane (at) example (dot) com`).
 */
export const EMAIL_MARKER = '[e-mail removed]';

const LOCAL = String.raw`[A-Za-z0-9._%+-]+(?:@[A-Za-z0-9._%+-]+)*`;
const DOMAIN = String.raw`[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`;
const BRACKETED_AT = String.raw`\s*(?:\[at\]|\(at\)|\{at\}|<at>)\s*`;
const SPACED_AT = String.raw`\s+(?:at|AT)\s+`;
const SPELLED_DOT = String.raw`\s*(?:\[dot\]|\(dot\)|\{dot\}|<dot>)\s*|\s+(?:dot|DOT)\s+`;
const ANY_DOT = String.raw`(?:${SPELLED_DOT}|\.)`;
const WORD = '[A-Za-z0-9-]+';
const TLD = '[A-Za-z]{2,6}\\b';

const PLAIN = new RegExp(String.raw`(?:mailto:?)?${LOCAL}@${DOMAIN}`, 'gi');
/**
 * Spelled out: `[at]` with any dot (`jane[at]example.io`), or a spaced "at" with a spelled "dot"
 * (`jane at example dot com`), so that prose such as "docs at kubernetes.io" is left alone.
 */
const SPELLED = new RegExp(
  String.raw`(?:mailto:?)?[A-Za-z0-9._%+-]+(?:${BRACKETED_AT}${WORD}(?:${ANY_DOT}${WORD})*?${ANY_DOT}|${SPACED_AT}${WORD}(?:(?:${SPELLED_DOT})${WORD})*?(?:${SPELLED_DOT}))${TLD}`,
  'gi',
);
/** `jane.doe AT gmail.com`: a capital "AT" before a real domain (a lower-case "at" is prose: "docs at kubernetes.io"). */
const CAPITAL_AT = new RegExp(String.raw`[A-Za-z0-9._%+-]+\s+AT\s+${DOMAIN}\b`, 'g');
const MAILTO = /mailto:/gi;

/** Replaces every address with a short marker; returns the text and how many were removed. */
export function redactEmails(text: string): { text: string; count: number } {
  let count = 0;
  const marker = () => {
    count++;
    return EMAIL_MARKER;
  };
  const out = text.replace(PLAIN, marker).replace(SPELLED, marker).replace(CAPITAL_AT, marker).replace(MAILTO, '');
  return { text: out, count };
}

export function hasEmail(text: string): boolean {
  return redactEmails(text).count > 0;
}

/** Plain-text fields (names, skills, titles) drop addresses without leaving a marker. */
export function withoutEmails(text: string): string {
  return text
    .replace(PLAIN, ' ')
    .replace(SPELLED, ' ')
    .replace(CAPITAL_AT, ' ')
    .replace(MAILTO, '')
    .replace(/[ \t]{2,}/g, ' ');
}
