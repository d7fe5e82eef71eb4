import { highlight } from '../search/highlight.ts';

/**
 * Text with query matches wrapped in <mark>; built from segments, never from HTML strings. The
 * text between matches is plain text, not an element of its own: twenty cards re-rendered on every
 * keystroke are fewer nodes to create and lay out.
 */
export function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  return <>{highlight(text, terms).map((segment, i) => (segment.hit ? <mark key={i}>{segment.text}</mark> : segment.text))}</>;
}
