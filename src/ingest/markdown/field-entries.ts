import type { List, ListItem, Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { bareLabel, type FieldKey, fieldForLabel, leadingLabel, looksLikeLabel } from './field-labels.ts';
import { parseMarkdown } from './parse-markdown.ts';

/**
 * One labelled value in an idea section (`- Mentor(s): …` and everything that continues it),
 * or the unlabelled preamble (label undefined) that serves as a description when none is labelled.
 */
export interface FieldEntry {
  label?: string;
  key?: FieldKey;
  line: number;
  /** Block content of the value, the label itself removed. */
  nodes: RootContent[];
  /**
   * Unlabelled prose after an idea's closing fields (mentors, issues, LFX link): the start of
   * another idea under the same heading, as in GSoC 2017's lists of several ideas per heading.
   */
  startsIdea?: boolean;
}

/** Fields that close an idea; prose after them starts the next one rather than continuing them. */
const CLOSING_FIELDS: ReadonlySet<FieldKey | undefined> = new Set(['mentors', 'issues', 'lfxUrl']);
const isProse = (text: string) => text.trim().split(/\s+/).length >= 8;

/**
 * Reads a section's blocks into field entries. Fields come as list items (`- Label: value`),
 * as paragraph lines (`**Label**: value`), or as lazy continuation lines inside another field's
 * paragraph; anything unlabelled continues the field before it.
 */
export function readFieldEntries(blocks: RootContent[], section?: FieldKey): FieldEntry[] {
  const entries: FieldEntry[] = [];
  const preamble: FieldEntry = { line: blocks[0]?.position?.start.line ?? 0, nodes: [], ...(section ? { key: section } : {}) };
  // Blocks already known to be one field (under an "## Expected outcomes" heading) continue that
  // field from the start: their list items are its items, as after a "- Deliverables:" label.
  let current: FieldEntry | undefined = section ? preamble : undefined;
  // Under such a heading a stretch goal is written among the outcomes it extends, and stays there
  // as written ("- Stretch goal: …"): lfx-export.json keeps no field beside its two texts.
  const opens = (entry: Pick<FieldEntry, 'key'>) => !(section && entry.key === 'stretch');

  const append = (...nodes: RootContent[]) => (current ?? preamble).nodes.push(...nodes);
  // Consecutive items of one list that continue the same field stay one list: wrapped one by one,
  // a five-item outcome list would come out as five lists (and five <ul>s).
  let lastWrap: { source: List; wrapper: List } | undefined;
  const appendItem = (list: List, item: ListItem) => {
    const nodes = (current ?? preamble).nodes;
    if (lastWrap?.source === list && nodes.at(-1) === lastWrap.wrapper) lastWrap.wrapper.children.push(item);
    else {
      lastWrap = { source: list, wrapper: wrapItem(list, item) };
      nodes.push(lastWrap.wrapper);
    }
  };
  /** Entries whose own list item held their value as a nested list. */
  const heldItsValue = new Set<FieldEntry>();
  const start = (entry: FieldEntry) => {
    entries.push(entry);
    current = entry;
  };

  for (const block of blocks) {
    if (block.type === 'list') {
      const readItems = block.children.map(readListItem);
      for (const [i, item] of block.children.entries()) {
        const labelled = readItems[i];
        if (!labelled) {
          if (current && CLOSING_FIELDS.has(current.key) && isProse(toString(item))) {
            start({ line: item.position?.start.line ?? 0, nodes: [...item.children], startsIdea: true });
          } else if (current) {
            // "- Please refer to the issue:" with the fields nested under it: the fields are fields.
            const [head, ...nested] = item.children;
            const hoisted = nested.flatMap((child) => (child.type === 'list' ? hoistNestedFields({ ...current!, nodes: [] }, child) : []));
            if (hoisted.length > 0 && head) {
              appendItem(block, { ...item, children: [head, ...nested.filter((child) => child.type !== 'list')] });
              hoisted.forEach(start);
            } else appendItem(block, item);
          }
          // A lone unlabelled item before the fields ("- We need to do some designs, eg: …") is the
          // description itself, not a list of one; several stay the list they are.
          else if ((i > 0 && !readItems[i - 1]) || (i + 1 < readItems.length && !readItems[i + 1])) appendItem(block, item);
          else append(...item.children);
          continue;
        }
        // Items after an outcome label at the same indent ("- Deliverables:" then "- Figma Library: …")
        // are the outcome's items, not fields of their own; not once the outcome's own item held its
        // list ("- Expected Outcome:" over nested items, then "- Learning Opportunities:" over its own,
        // GSoC 2026 Jaeger).
        const outcomeGoesOn = current?.key === 'outcome' && !heldItsValue.has(current);
        if (outcomeGoesOn && labelled.every((entry) => entry.key === undefined || !opens(entry))) appendItem(block, item);
        else {
          for (const entry of labelled) if (entry.nodes.some((node) => node.type === 'list')) heldItsValue.add(entry);
          labelled.forEach(start);
        }
      }
    } else if (block.type === 'paragraph') {
      const bare = bareLabel(toString(block));
      if (bare && opens({ key: fieldForLabel(bare) })) {
        start({ label: bare, key: fieldForLabel(bare), line: block.position?.start.line ?? 0, nodes: [] });
        continue;
      }
      for (const paragraph of splitParagraphAtLabels(block)) {
        const taken = takeLabel(paragraph, false);
        if (taken && opens(taken)) start(taken);
        else append(paragraph);
      }
    } else if (block.type === 'thematicBreak' || (block.type === 'html' && /^<!--/.test(block.value))) {
      continue;
    } else {
      append(block);
    }
  }
  return preamble.nodes.length > 0 ? [preamble, ...entries] : entries;
}

/** A list item that starts with a label gives one entry, or several when lazy lines carry labels. */
function readListItem(item: ListItem): FieldEntry[] | undefined {
  const code = fieldWrittenAsCode(item.children[0]);
  const [first, ...rest] = code ? [...code, ...item.children.slice(1)] : item.children;
  if (first?.type !== 'paragraph') return undefined;
  const bare = bareLabel(toString(first));
  const labelled = bare ? { label: bare, key: fieldForLabel(bare), line: first.position?.start.line ?? 0, nodes: [] } : bareLabelLine(first);
  if (labelled) {
    const entries: FieldEntry[] = [labelled];
    for (const block of rest) entries.push(...hoistNestedFields(entries.at(-1)!, block));
    return entries;
  }
  const [head, ...more] = splitParagraphAtLabels(first);
  if (!head) return undefined;
  const headEntry = takeLabel(head, true);
  if (!headEntry) return undefined;
  const entries = [headEntry];
  for (const paragraph of more) {
    const entry = takeLabel(paragraph, false);
    if (entry) entries.push(entry);
    else entries.at(-1)!.nodes.push(paragraph);
  }
  for (const block of rest) entries.push(...hoistNestedFields(entries.at(-1)!, block));
  return entries;
}

/**
 * `-       Description: [SPIRE](https://spiffe.io), …`: five or more spaces after the list marker
 * make CommonMark read the item as an indented code block, though a field was meant. An indented
 * code block whose first line starts with a known field label is read again as markdown, at its
 * own lines; any other code block, and every fenced one, stays code.
 */
function fieldWrittenAsCode(block: RootContent | undefined): RootContent[] | undefined {
  if (block?.type !== 'code' || block.lang || block.meta || !block.position) return undefined;
  const { start, end } = block.position;
  const lines = block.value.split('\n');
  // A fenced block spans its fence lines too; an indented one spans exactly its lines.
  if (end.line - start.line + 1 !== lines.length) return undefined;
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
  const text = lines.map((l) => l.slice(indent)).join('\n');
  const firstLine = text.split('\n', 1)[0]!;
  const label = bareLabel(firstLine) ?? leadingLabel(firstLine)?.label;
  if (!label || !fieldForLabel(label)) return undefined;
  const blocks = parseMarkdown(text).children;
  blocks.forEach((node) => shiftLines(node, start.line - 1));
  return blocks;
}

/** Moves a node parsed from a fragment to the fragment's lines in its file. */
function shiftLines(node: Nodes, by: number): void {
  if (node.position) {
    node.position = {
      start: { ...node.position.start, line: node.position.start.line + by },
      end: { ...node.position.end, line: node.position.end.line + by },
    };
  }
  if ('children' in node) for (const child of node.children as Nodes[]) shiftLines(child, by);
}

/** `- Description` alone on its line, its text folded under it by lazy continuation. */
function bareLabelLine(paragraph: Paragraph): FieldEntry | undefined {
  const [firstLine, ...others] = splitLines(paragraph.children);
  if (!firstLine || others.length === 0) return undefined;
  const label = bareLabel(toString({ type: 'paragraph', children: firstLine }));
  if (!label) return undefined;
  const line = paragraph.position?.start.line ?? 0;
  const children = others.flatMap((l, i) => (i === 0 ? l : [{ type: 'text', value: '\n' } as PhrasingContent, ...l]));
  return {
    label,
    key: fieldForLabel(label),
    line,
    nodes: [{ type: 'paragraph', children, position: { start: { line: line + 1, column: 1 }, end: paragraph.position?.end ?? { line, column: 1 } } }],
  };
}

/**
 * A nested item carrying another known field (`- Recommended Skills: …` with `  - Mentor Name: …`
 * under it) is that field, not part of the value above it. Returns the hoisted entries.
 */
function hoistNestedFields(parent: FieldEntry, block: RootContent): FieldEntry[] {
  if (block.type !== 'list') {
    parent.nodes.push(block);
    return [];
  }
  const hoisted: FieldEntry[] = [];
  const kept: ListItem[] = [];
  const items = block.children.map((item) => ({ item, labelled: readListItem(item) }));
  // A stretch goal among an outcome's items leaves the list only from where every item left is one
  // (Jaeger's "- Bonus: …" bullets closing its outcomes): the items after a field that leaves the
  // list would go with it, and an outcome item written after a stretch goal (Meshery, GSoC 2023:
  // "- Target registries: …") is no stretch goal. Such a stretch goal stays in the list, labelled.
  const isStretch = (labelled: FieldEntry[] | undefined) => labelled?.[0]!.key === 'stretch';
  const stretchFrom = items.findLastIndex(({ labelled }) => !isStretch(labelled)) + 1;
  for (const [i, { item, labelled }] of items.entries()) {
    if (labelled && labelled[0]!.key && labelled[0]!.key !== parent.key && (!isStretch(labelled) || i >= stretchFrom)) hoisted.push(...labelled);
    else if (hoisted.length > 0) hoisted.at(-1)!.nodes.push(wrapItem(block, item));
    else {
      const { before, fields } = splitLazyFields(item);
      if (before) kept.push(before);
      hoisted.push(...fields);
    }
  }
  if (kept.length > 0) parent.nodes.push({ ...block, children: kept });
  return hoisted;
}

/**
 * A field written flush left after a nested list (`  * Advanced: …\nRecommended Skills: Go`) is
 * folded into the list's last item by lazy continuation: the item keeps its own lines, and the
 * known fields that follow become entries of their own.
 */
function splitLazyFields(item: ListItem): { before?: ListItem; fields: FieldEntry[] } {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph') return { before: item, fields: [] };
  const groups = splitParagraphAtLabels(first);
  const at = groups.findIndex((group, i) => i > 0 && takeLabel(group, false)?.key !== undefined);
  if (at < 0) return { before: item, fields: [] };
  const fields: FieldEntry[] = [];
  for (const group of groups.slice(at)) {
    const entry = takeLabel(group, false);
    if (entry) fields.push(entry);
    else fields.at(-1)!.nodes.push(group);
  }
  fields.at(-1)!.nodes.push(...rest);
  return { before: { ...item, children: groups.slice(0, at) }, fields };
}

function wrapItem(list: List, item: ListItem): List {
  return { type: 'list', ordered: list.ordered, start: list.start, spread: false, children: [item] };
}

/**
 * Strips a leading label from a paragraph. Known labels are always fields; an unknown but
 * label-shaped prefix counts only in a list item (`- Stretch goal: …`), where it is kept as extra.
 */
function takeLabel(paragraph: Paragraph, inListItem: boolean): FieldEntry | undefined {
  const found = leadingLabel(toString(paragraph));
  if (!found) return undefined;
  const key = fieldForLabel(found.label);
  if (!key && !(inListItem && looksLikeLabel(found.label))) return undefined;
  const children = trimStart(dropLeadingChars(paragraph.children, found.length));
  const nodes: RootContent[] = children.length > 0 ? [{ ...paragraph, children }] : [];
  return { label: found.label, key, line: paragraph.position?.start.line ?? 0, nodes };
}

function dropLeadingChars(nodes: PhrasingContent[], count: number): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let remaining = count;
  for (const node of nodes) {
    if (remaining <= 0) {
      out.push(node);
      continue;
    }
    const length = toString(node).length;
    if (length <= remaining) {
      remaining -= length;
    } else if (node.type === 'text' || node.type === 'inlineCode') {
      out.push({ ...node, value: node.value.slice(remaining) });
      remaining = 0;
    } else if ('children' in node) {
      out.push({ ...node, children: dropLeadingChars(node.children as PhrasingContent[], remaining) } as PhrasingContent);
      remaining = 0;
    } else {
      out.push(node);
      remaining = 0;
    }
  }
  return out;
}

function trimStart(nodes: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = nodes;
  // A line break written after the label (`- Description:<br/>`) starts nothing.
  if (first?.type === 'break' || (first?.type === 'html' && /^<br\s*\/?>$/i.test(first.value.trim()))) return trimStart(rest);
  if (first?.type !== 'text') return nodes;
  // Stray emphasis markers around a label (`**Skills:** Go`) survive as literal text, and so does
  // a colon written twice (`Description: : KubeStellar is …`), and a YAML block marker with the
  // text on the lines below (`description: |`, 2025 Term 2 Istio and OpenYurt).
  const value = first.value.replace(/^(?:[\s*_]|[:：](?=\s))+/, '').replace(/^[|>][-+]?[ \t]*(?:\n|$)/, '');
  return value ? [{ ...first, value }, ...rest] : trimStart(rest);
}

/**
 * Splits a paragraph where a line starts with a known label: markdown folds
 * `- Description: …\nRecommended Skills: go` into one paragraph (lazy continuation).
 */
export function splitParagraphAtLabels(paragraph: Paragraph): Paragraph[] {
  const lines = splitLines(paragraph.children);
  if (lines.length < 2) return [paragraph];
  const firstLine = paragraph.position?.start.line ?? 0;
  const groups: { line: number; lines: PhrasingContent[][] }[] = [];
  lines.forEach((line, index) => {
    const found = index > 0 ? leadingLabel(toString({ type: 'paragraph', children: line })) : undefined;
    if (index === 0 || (found && fieldForLabel(found.label))) groups.push({ line: firstLine + index, lines: [line] });
    else groups.at(-1)!.lines.push(line);
  });
  if (groups.length === 1) return [paragraph];
  return groups.map((group) => ({
    type: 'paragraph',
    children: group.lines.flatMap((line, i) => (i === 0 ? line : [{ type: 'text', value: '\n' } as PhrasingContent, ...line])),
    position: { start: { line: group.line, column: 1 }, end: { line: group.line + group.lines.length - 1, column: 1 } },
  }));
}

function splitLines(children: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const node of children) {
    if (node.type === 'text' && node.value.includes('\n')) {
      node.value.split('\n').forEach((part, i) => {
        if (i > 0) lines.push([]);
        if (part) lines.at(-1)!.push({ type: 'text', value: part });
      });
    } else if (node.type === 'break') {
      lines.push([]);
    } else {
      lines.at(-1)!.push(node);
    }
  }
  return lines;
}
