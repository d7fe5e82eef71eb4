/**
 * Plain-text fields (titles, projects, mentor names, skills) are shown as text, never as HTML, so
 * markup in them is someone's mistake or an attack: it is removed, with what a script element
 * holds, and the caller reports it.
 */
const SCRIPT_ELEMENT = /<(script|style|iframe|object|embed|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<\/?[A-Za-z][^>]*>?/g;
const SCRIPT_URL = /\b(?:url\s*=\s*)?(?:javascript|vbscript|data)\s*:(?:\([^)]*\)|[^\s,;()])*/gi;

export const hasMarkup = (text: string) => /<\/?[A-Za-z]|\b(?:javascript|vbscript|data)\s*:/i.test(text);

export function withoutMarkup(text: string): string {
  return (
    text
      .replace(SCRIPT_ELEMENT, ' ')
      .replace(TAG, ' ')
      .replace(SCRIPT_URL, ' ')
      .replace(/\s+/g, ' ')
      // A list item that held only markup leaves no empty item behind ("Go, , Rust").
      .replace(/\s*([,;])(?:\s*[,;])+/g, '$1')
      .replace(/^[\s,;]+|[\s,;]+$/g, '')
  );
}
