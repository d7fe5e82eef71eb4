import type { Element, Root as HastRoot } from 'hast';
import type { Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { RichText } from '../../model/idea-index.ts';
import { valueLines } from './value-text.ts';

/**
 * Only http(s) links survive (e-mail addresses are never republished, so no mailto); raw HTML is dropped by remark-rehype before sanitizing
 * (no `allowDangerousHtml`), so `<script>`, `<iframe>`, `<svg>` and event handlers never get through.
 */
const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https'], src: ['http', 'https'] },
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), 'target', 'rel'],
  },
};

/** Relative links in upstream files point into the upstream repository; make them absolute. */
function rehypeUpstreamLinks(options: { base: string }) {
  return (tree: HastRoot) => {
    const visit = (node: HastRoot | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'a' && typeof child.properties.href === 'string') {
          child.properties.href = absolutize(child.properties.href, options.base);
          child.properties.target = '_blank';
          child.properties.rel = ['noopener', 'noreferrer', 'nofollow'];
        }
        if (child.tagName === 'img' && typeof child.properties.src === 'string') {
          child.properties.src = absolutize(child.properties.src, options.base);
        }
        visit(child);
      }
    };
    visit(tree);
  };
}

/**
 * A site written without its scheme (`[Inspektor Gadget](inspektor-gadget.io)`): a host name with
 * a common top-level domain first. File names in the repository (`guide.md`, `setup.sh`) end
 * otherwise.
 */
const BARE_SITE = /^(?:www\.)?(?:[a-z0-9-]+\.)+(?:io|com|org|net|dev|ai|cloud|tech|co|info|edu|gov)(?:[/:?#]|$)/i;

function absolutize(written: string, base: string): string {
  // `[LitmusChaos]("https://litmuschaos.io")`: quotes around the address are not part of it.
  // (percent-encoded by then: `%22https://litmuschaos.io%22`).
  const href = written.trim().replace(/^(?:"|'|%22|%27)(.*)(?:"|'|%22|%27)$/, '$1');
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
  try {
    return BARE_SITE.test(href) ? new URL(`https://${href}`).href : new URL(href, base).href;
  } catch {
    return href;
  }
}

/** Renders field content three ways. `baseUrl` is the upstream web URL of the source file. */
export function renderRichText(nodes: RootContent[], baseUrl: string): RichText {
  const root: Root = { type: 'root', children: nodes };
  const markdown = toMarkdown(root, { extensions: [gfmToMarkdown()], bullet: '-' }).trim();
  const processor = unified().use(remarkRehype).use(rehypeUpstreamLinks, { base: baseUrl }).use(rehypeSanitize, schema).use(rehypeStringify);
  const hast = processor.runSync(structuredClone(root));
  const html = processor.stringify(hast).trim();
  return { markdown, text: valueLines(withoutRawHtml(nodes)).join('\n'), html };
}

/** Raw HTML never reaches plain text: `<br/>` is a line break, any other tag is dropped. */
function withoutRawHtml<T extends RootContent>(nodes: T[]): T[] {
  return nodes.flatMap((node): T[] => {
    if (node.type === 'html') return /^<br\s*\/?>$/i.test(node.value.trim()) ? [{ type: 'break' } as T] : [];
    if ('children' in node) return [{ ...node, children: withoutRawHtml(node.children as RootContent[]) } as T];
    return [node];
  });
}
