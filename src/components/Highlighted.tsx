import { highlight } from '../search/highlight.ts';

/** Text with query matches wrapped in <mark>; built from segments, never from HTML strings. */
export function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  return <>{highlight(text, terms).map((segment, i) => (segment.hit ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}</>;
}
