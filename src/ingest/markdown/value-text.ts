import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

const GITHUB_PROFILE = /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/?$/i;

/**
 * Plain text of a field value, one line per block or list item. A link to a GitHub profile keeps
 * its handle (`[Jane](https://github.com/jane)` → `Jane (@jane)`), since mentors are often written so.
 */
export function valueLines(nodes: RootContent[]): string[] {
  return nodes
    .flatMap(blockLines)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function blockLines(node: RootContent): string[] {
  switch (node.type) {
    case 'list':
      return node.children.flatMap((item) => item.children.flatMap(blockLines));
    case 'paragraph':
    case 'heading':
      return inlineText(node.children).split('\n');
    case 'blockquote':
      return node.children.flatMap(blockLines);
    case 'code':
      return node.value.split('\n');
    default:
      return [toString(node as Nodes)];
  }
}

function inlineText(nodes: PhrasingContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'link') {
        const text = toString(node);
        const handle = GITHUB_PROFILE.exec(node.url)?.[1];
        if (!handle) return text;
        // `[@Matthias Wahl](https://github.com/mfelsche)`: the link, not the text, names the account.
        const name = text.replace(/^@/, '').trim();
        return name.toLowerCase() === handle.toLowerCase() ? `@${handle}` : `${name} (@${handle})`;
      }
      if (node.type === 'break') return '\n';
      return toString(node);
    })
    .join('');
}

/** Every http(s) URL in a value: link targets and bare URLs in text. */
export function valueUrls(nodes: RootContent[]): string[] {
  const urls: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'link') urls.push(node.url);
    else if (node.type === 'text') urls.push(...(node.value.match(/https?:\/\/[^\s)\]>"']+/g) ?? []));
    if ('children' in node) (node.children as Nodes[]).forEach(visit);
  };
  nodes.forEach(visit);
  return [...new Set(urls.map((u) => u.replace(/[.,;:]+$/, '')).filter((u) => /^https?:\/\//i.test(u)))];
}
