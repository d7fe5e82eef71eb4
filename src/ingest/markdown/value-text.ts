import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

const GITHUB_PROFILE = /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/?$/i;
const TWITTER_PROFILE = /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/@?([A-Za-z0-9_]{1,15})\/?$/i;
/**
 * `kubearmor/KubeArmor#992`: GitHub's shorthand for an issue or pull request (GitHub redirects
 * `/issues/N` to a pull request). Not inside a URL or path (`github.com/a/b#1`, `docs/a/b#2`).
 */
const ISSUE_SHORTHAND = /(?<![\w./@-])([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})#(\d+)\b/g;

/**
 * Plain text of a field value, one line per block or list item. A link to a GitHub profile keeps
 * its handle (`[Jane](https://github.com/jane)` → `Jane (@jane)`), since mentors are often written
 * so; a Twitter/X handle keeps its link (`[@jane](https://twitter.com/jane)` →
 * `@jane (https://twitter.com/jane)`), so that it is never taken for a GitHub handle.
 */
export function valueLines(nodes: RootContent[]): string[] {
  return nodes
    .flatMap(blockLines)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Plain text of a field value, one string per paragraph or list item, a paragraph's own line
 * breaks read as spaces: a field written as a list (`- Responsibilities:` and its items) stays
 * one item per line.
 */
export function valueItems(nodes: RootContent[]): string[] {
  return nodes
    .flatMap(itemTexts)
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function itemTexts(node: RootContent): string[] {
  if (node.type === 'list')
    return node.children.flatMap((item) => [
      item.children.flatMap((child) => (child.type === 'list' ? [] : blockLines(child))).join(' '),
      ...item.children.flatMap((child) => (child.type === 'list' ? itemTexts(child) : [])),
    ]);
  if (node.type === 'blockquote') return node.children.flatMap(itemTexts);
  return [blockLines(node).join(' ')];
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
        const twitter = TWITTER_PROFILE.exec(node.url)?.[1];
        if (twitter && text.trim().startsWith('@')) return `${text.trim()} (${node.url})`;
        const handle = GITHUB_PROFILE.exec(node.url)?.[1];
        if (!handle) return text;
        // `[@Matthias Wahl](https://github.com/mfelsche)`: the link, not the text, names the account;
        // an autolinked profile URL (`https://github.com/rminnich`) is the handle alone.
        const name = text.replace(/^@/, '').trim();
        return name.toLowerCase() === handle.toLowerCase() || /^https?:\/\//i.test(name) ? `@${handle}` : `${name} (@${handle})`;
      }
      if (node.type === 'break') return '\n';
      return toString(node);
    })
    .join('');
}

/**
 * Every http(s) URL in a value: link targets, bare URLs in text, and GitHub's issue shorthand
 * written as text (`kubearmor/KubeArmor#992` → `https://github.com/kubearmor/KubeArmor/issues/992`).
 * Shorthand in a link's own text is not read again: the link target is the issue.
 */
export function valueUrls(nodes: RootContent[]): string[] {
  const urls: string[] = [];
  const visit = (node: Nodes, inLink: boolean) => {
    if (node.type === 'link') urls.push(node.url);
    else if (node.type === 'text' || node.type === 'inlineCode') {
      if (node.type === 'text') urls.push(...(node.value.match(/https?:\/\/[^\s)\]>"']+/g) ?? []));
      if (!inLink) {
        const text = node.value.replace(/https?:\/\/[^\s)\]>"']+/g, ' ');
        for (const [, owner, repo, number] of text.matchAll(ISSUE_SHORTHAND))
          urls.push(`https://github.com/${owner}/${repo!.replace(/\.git$/, '')}/issues/${number}`);
      }
    }
    if ('children' in node) (node.children as Nodes[]).forEach((child) => visit(child, inLink || node.type === 'link'));
  };
  nodes.forEach((node) => visit(node, false));
  return [...new Set(urls.map((u) => u.replace(/[.,;:]+$/, '')).filter((u) => /^https?:\/\//i.test(u)))];
}

/**
 * A skills field's lines as one comma-separated list. A line that an item or a sentence wraps onto
 * ("Linux networking (network namespaces," / "loopback interfaces)") continues it: joined with a
 * comma, it read "namespaces,, loopback" and split "registry" from its "fundamentals"
 * (lfx-mentorship/2026/02-Jun-Aug/README.md:1624, 2024/02-Jun-Aug/README.md:449).
 */
export function joinSkillLines(lines: string[]): string {
  let joined = '';
  let previous = '';
  for (const line of lines) {
    const continues =
      /[,;(]$|\b(?:and|or|with|of|in|the|for|to|as)$/.test(previous) ||
      previous.split('(').length > previous.split(')').length ||
      (previous.includes(',') && /[a-z]$/.test(previous) && /^[a-z]/.test(line));
    joined = joined ? `${joined}${continues ? ' ' : ', '}${line}` : line;
    previous = line;
  }
  return joined;
}

/**
 * A skills field as written, one comma-separated text. Items written as sentences end in a full
 * stop: joined, they would read "TypeScript., Docker" (an ellipsis, "Vite...", is no full stop).
 */
export function skillsText(lines: string[]): string {
  return joinSkillLines(lines.map((line) => line.replace(/(?<!\b(?:etc|e\.g|i\.e)|\.)\.\s*$/, '')));
}
