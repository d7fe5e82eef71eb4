import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A heading and the blocks that follow it up to the next heading of any level. */
export interface Section {
  depth: number;
  title: string;
  /** URL when the whole heading is a link (`##### [Title](https://mentorship.lfx…)`). */
  titleUrl?: string;
  line: number;
  blocks: RootContent[];
}

/** Flattens the document into heading sections; text before the first heading is dropped (it is never an idea). */
export function toSections(root: Root): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const node of root.children) {
    if (node.type === 'heading') {
      current = headingSection(node);
      sections.push(current);
    } else if (current) {
      current.blocks.push(node);
    }
  }
  return sections;
}

function headingSection(heading: Heading): Section {
  // Stray emphasis markers and a trailing colon (`#### gRPC Wire Protocol:`) are not part of a title.
  const title = toString(heading)
    .replace(/\s+/g, ' ')
    .replace(/^[*_\s]+|[*_:\s]+$/g, '');
  const meaningful = heading.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const only = meaningful.length === 1 ? meaningful[0] : undefined;
  return {
    depth: heading.depth,
    title,
    titleUrl: only?.type === 'link' ? only.url : undefined,
    line: heading.position?.start.line ?? 0,
    blocks: [],
  };
}
