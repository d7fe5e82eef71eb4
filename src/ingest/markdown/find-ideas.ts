import type { Diagnostic } from '../../model/idea-index.ts';
import { warning, type WarningCode } from '../diagnostics.ts';
import { type FieldEntry, readFieldEntries } from './field-entries.ts';
import type { FieldKey } from './field-labels.ts';
import type { Section } from './outline.ts';

/** An idea found in a document, before its field values are interpreted. */
export interface RawIdea {
  title: string;
  titleUrl?: string;
  project: string;
  group?: string;
  line: number;
  entries: FieldEntry[];
}

/** Fields that make a heading an idea; size or an LFX link alone do not. */
const IDEA_FIELDS: ReadonlySet<FieldKey> = new Set(['description', 'outcome', 'skills', 'technologies', 'mentors', 'issues']);

/** Headings whose whole subtree is scaffolding around the ideas, not ideas. */
const SKIPPED = /^(template|sample|example)s?\b|\((sample|example|template)\)|timeline|instructions|table of contents|^contents$|^toc$|^how to|guidelines/i;

/** Headings that organise the document rather than name a project. */
const STRUCTURAL =
  /\bideas?\b|\bproposed\b|\baccepted\b|\bselected\b|\bparticipating\b|\blist of\b|^projects?$|^q\d\b|^term\b|^\d{4}\b|^summer of code|^lfx mentorship|^mentorship/i;

interface Container {
  depth: number;
  title: string;
  structural: boolean;
  /** A project heading put one level too deep, beside ideas of the previous project. */
  promoted: boolean;
  hadIdea: boolean;
}

/**
 * Finds ideas by their content: a heading whose section carries idea fields is an idea, at any
 * level. Headings above it name its project and group, correcting for mis-levelled projects.
 */
export function findIdeas(sections: Section[], file: string, diagnostics: Diagnostic[]): RawIdea[] {
  const warn = (code: WarningCode, line: number, message: string) => diagnostics.push(warning(code, file, line, message));
  const ideas: RawIdea[] = [];
  const stack: Container[] = [];
  const leaves: Section[] = [];
  let skipDepth = Infinity;
  let minIdeaDepth = Infinity;
  let lastContainer: Section | undefined;
  const adopted = new Set<Section>();

  sections.forEach((section, index) => {
    if (section.depth <= skipDepth) skipDepth = Infinity;
    if (skipDepth !== Infinity) return;
    if (SKIPPED.test(section.title)) {
      skipDepth = section.depth;
      return;
    }
    while (stack.length > 0 && stack.at(-1)!.depth >= section.depth) stack.pop();
    const parent = stack.at(-1);
    const entries = readFieldEntries(section.blocks);
    const ideaEntries = entries.filter((e) => e.key && IDEA_FIELDS.has(e.key));

    if (ideaEntries.length === 0) {
      const structural = section.depth === 1 || STRUCTURAL.test(section.title);
      stack.push({ depth: section.depth, title: section.title, structural, promoted: !structural && !!parent?.hadIdea, hadIdea: false });
      const next = sections[index + 1];
      if (!structural && (!next || next.depth <= section.depth)) leaves.push(section);
      if (!structural) lastContainer = section;
      return;
    }
    if (ideaEntries.every((e) => e.nodes.length === 0)) {
      warn('empty-template', section.line, `"${section.title}" has only empty fields (an unfilled template?); not an idea`);
      return;
    }
    if (parent) parent.hadIdea = true;
    minIdeaDepth = Math.min(minIdeaDepth, section.depth);
    let placement = placeIdea(stack);
    if (!placement) {
      placement = { project: lastContainer?.title ?? 'Unknown project' };
      if (lastContainer) adopted.add(lastContainer);
      warn('no-project-heading', section.line, `idea "${section.title}" has no project heading above it; assigned to "${placement.project}", the closest project heading before it`);
    }
    ideas.push({ title: section.title, titleUrl: section.titleUrl, line: section.line, entries, ...placement });
  });

  for (const leaf of leaves) {
    if (!adopted.has(leaf) && leaf.depth >= minIdeaDepth)
      warn('heading-without-fields', leaf.line, `heading "${leaf.title}" looks like an idea but has no fields (Description, Recommended Skills, Mentor(s), …)`);
  }
  return ideas;
}

function placeIdea(stack: Container[]): { project: string; group?: string } | undefined {
  const chain = stack.filter((c) => !c.structural);
  const promotedAt = chain.findLastIndex((c) => c.promoted);
  const scoped = promotedAt >= 0 ? chain.slice(promotedAt) : chain;
  const [project, ...groups] = scoped;
  if (!project) return undefined;
  return { project: project.title, group: groups.length > 0 ? groups.map((g) => g.title).join(' › ') : undefined };
}
