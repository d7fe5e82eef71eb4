import type { RootContent } from 'mdast';
import type { Diagnostic } from '../../model/idea-index.ts';
import { warning, type WarningCode } from '../diagnostics.ts';
import { type FieldEntry, readFieldEntries } from './field-entries.ts';
import { type FieldKey, normalizeLabel } from './field-labels.ts';
import { valueLines } from './value-text.ts';
import type { Section } from './outline.ts';

/** An idea found in a document, before its field values are interpreted. */
export interface RawIdea {
  title: string;
  titleUrl?: string;
  project: string;
  /** The line of the heading naming the project (reports about the project point there). */
  projectLine?: number;
  group?: string;
  /** What the document says about the project under its heading, before its ideas (`#### kpt`, then a paragraph). */
  projectIntro?: RootContent[];
  line: number;
  entries: FieldEntry[];
}

/** Fields that make a heading an idea; size or an LFX link alone do not. */
const IDEA_FIELDS: ReadonlySet<FieldKey> = new Set(['description', 'outcome', 'skills', 'technologies', 'mentors', 'issues']);

/**
 * Headings whose whole subtree is scaffolding around the ideas: recognised by the whole heading
 * being a scaffolding name, never by a word inside a real title ("Sample Policies For …").
 */
const SKIPPED =
  /^(?:templates?|samples?|examples?|\d{4} timeline|timeline|(?:project |application )?instructions|table of contents|contents|toc|program guidelines|how to propose a program)$|\((?:sample|example|template)\)$/i;

/** Headings that organise the document rather than name a project. */
const STRUCTURAL =
  /^proposals?$|^completed projects$|\bideas?\b|\bproposed\b|\baccepted\b|\bselected\b|\bparticipating\b|\blist of\b|^projects?$|^q\d\b|^term\b|^\d{4}\b|^summer of code|^lfx mentorship|^mentorship/i;

interface Container {
  depth: number;
  title: string;
  line: number;
  structural: boolean;
  /** A project heading put one level too deep, beside ideas of the previous project. */
  promoted: boolean;
  hadIdea: boolean;
  /** A misplaced idea standing in for its project, for the ideas written below it only. */
  standIn?: boolean;
  /** Its prose, when it has some (a project's introduction). */
  intro?: RootContent[];
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
  /**
   * The last project heading put one level too deep, while its part of the document lasts: an idea
   * written at that heading's own level after its ideas is still its idea (2023 Term 1: `####
   * Meshery`, its ideas at `#####`, then one more at `####`), not the previous project's.
   */
  let promotedProject: Container | undefined;

  sections.forEach((section, index) => {
    if (section.depth <= skipDepth) skipDepth = Infinity;
    if (skipDepth !== Infinity) return;
    if (SKIPPED.test(section.title.replace(/[\s:.]+$/, ''))) {
      skipDepth = section.depth;
      return;
    }
    if (promotedProject && section.depth < promotedProject.depth) promotedProject = undefined;
    while (stack.length > 0 && stack.at(-1)!.depth >= section.depth) stack.pop();
    const parent = stack.at(-1);
    const entries = readFieldEntries(section.blocks);
    const ideaEntries = entries.filter((e) => e.key && IDEA_FIELDS.has(e.key));

    if (ideaEntries.length === 0) {
      // A heading without fields is another project or group, never a part of the misplaced idea above it.
      while (stack.at(-1)?.standIn) stack.pop();
      const above = stack.at(-1);
      const structural = section.depth === 1 || STRUCTURAL.test(section.title);
      const container = {
        depth: section.depth,
        title: section.title,
        line: section.line,
        structural,
        promoted: !structural && !!above?.hadIdea,
        hadIdea: false,
        intro: structural ? undefined : introOf(section.blocks),
      };
      stack.push(container);
      if (container.promoted) promotedProject = container;
      else if (promotedProject && section.depth <= promotedProject.depth) promotedProject = undefined;
      const next = sections[index + 1];
      if (!structural && (!next || next.depth <= section.depth)) leaves.push(section);
      if (!structural) lastContainer = section;
      return;
    }
    if (ideaEntries.every((e) => e.nodes.length === 0)) {
      warn('empty-template', section.line, `"${section.title}" has only empty fields (an unfilled template?); not an idea`);
      return;
    }
    minIdeaDepth = Math.min(minIdeaDepth, section.depth);
    let placement: Pick<RawIdea, 'project' | 'projectLine' | 'group' | 'projectIntro'> | undefined =
      promotedProject?.hadIdea && promotedProject.depth === section.depth
        ? { project: promotedProject.title, projectLine: promotedProject.line, ...(promotedProject.intro ? { projectIntro: promotedProject.intro } : {}) }
        : placeIdea(stack);
    if (placement) {
      // Only an idea under a project heading marks its parent: a misplaced idea (below) would make
      // the project headings after it look put one level too deep, and ideas then written at their
      // level would go unreported (2024 Term 2: LitmusChaos's, after in-toto's misplaced idea).
      if (parent) parent.hadIdea = true;
    } else {
      placement = { project: lastContainer?.title ?? 'Unknown project', projectLine: lastContainer?.line };
      if (lastContainer) {
        adopted.add(lastContainer);
        // The ideas under the misplaced heading, at their right level, are the same project's: the
        // heading is reported once, here, not again at each of them (2024 Term 2: `### in-toto`,
        // `### Add GUAC support`, then in-toto's `####` ideas).
        stack.push({
          depth: section.depth,
          title: lastContainer.title,
          line: lastContainer.line,
          structural: false,
          promoted: false,
          hadIdea: false,
          standIn: true,
        });
      }
      warn(
        'no-project-heading',
        section.line,
        lastContainer
          ? `idea "${section.title}" is not under a project heading (it is written at a project heading's level or above); assigned to "${placement.project}", the closest project heading before it`
          : `idea "${section.title}" has no project heading above it; assigned to "${placement.project}"`,
      );
    }
    const groups = splitIdeas(entries);
    // A heading over several ideas written as bare prose ("gRPC C Core:" then one bullet per idea)
    // names a component, not the first idea: every idea then takes its title from its first sentence.
    const headingNamesGroup = groups.length > 1 && !groups[0]!.some((e) => e.key === 'description' && e.label);
    groups.forEach((group, n) => {
      const title = n === 0 && !groups[0]![0]?.startsIdea && !headingNamesGroup ? section.title : titleFromProse(group, section.title);
      if (n > 0) warn('idea-without-heading', group[0]!.line, `a further idea under "${section.title}" has no heading of its own; titled "${title}"`);
      ideas.push({ title, titleUrl: n === 0 ? section.titleUrl : undefined, line: n === 0 ? section.line : group[0]!.line, entries: group, ...placement });
    });
  });

  for (const leaf of leaves) {
    if (!adopted.has(leaf) && leaf.depth >= minIdeaDepth)
      warn('heading-without-fields', leaf.line, `heading "${leaf.title}" looks like an idea but has no fields (Description, Recommended Skills, Mentor(s), …)`);
  }
  return ideas;
}

function placeIdea(stack: Container[]): Pick<RawIdea, 'project' | 'projectLine' | 'group' | 'projectIntro'> | undefined {
  const chain = stack.filter((c) => !c.structural);
  const promotedAt = chain.findLastIndex((c) => c.promoted);
  const scoped = promotedAt >= 0 ? chain.slice(promotedAt) : chain;
  const [project, ...groups] = scoped;
  if (!project) return undefined;
  // The project's words and its group's (a working group's aims, under Kubernetes), in order.
  const intro = scoped.flatMap((c) => c.intro ?? []);
  return {
    project: project.title,
    projectLine: project.line,
    group: groups.length > 0 ? groups.map((g) => g.title).join(' › ') : undefined,
    ...(intro.length > 0 ? { projectIntro: intro } : {}),
  };
}

/** A heading's prose (paragraphs, lists, quotes, tables), when it says something; comments and rules are not prose. */
function introOf(blocks: RootContent[]): RootContent[] | undefined {
  const prose = blocks.filter((b) => b.type === 'paragraph' || b.type === 'list' || b.type === 'blockquote' || b.type === 'table');
  // A short line leading into the ideas ("Prometheus ideas:", GSoC 2018) says nothing about the project.
  while (prose.length > 0 && isLeadIn(prose.at(-1)!)) prose.pop();
  return valueLines(prose).join(' ').trim() ? prose : undefined;
}

const isLeadIn = (block: RootContent) => {
  if (block.type !== 'paragraph') return false;
  const text = valueLines([block]).join(' ').trim();
  return text.endsWith(':') && text.split(/\s+/).length <= 5;
};

/**
 * One heading can hold several ideas: prose after an idea's closing fields, or a field that
 * repeats (a second Description), starts the next idea.
 */
function splitIdeas(entries: FieldEntry[]): FieldEntry[][] {
  const groups: FieldEntry[][] = [[]];
  let seen = new Set<string>();
  for (const entry of entries) {
    // "Description" then "Detailed description" is one idea; a second "Description" is another.
    const repeats = entry.key === 'description' && !!entry.label && seen.has(normalizeLabel(entry.label));
    if ((entry.startsIdea || repeats) && groups.at(-1)!.some((e) => e.key && IDEA_FIELDS.has(e.key))) {
      groups.push([]);
      seen = new Set();
    }
    groups.at(-1)!.push(entry);
    if (entry.label) seen.add(normalizeLabel(entry.label));
  }
  return groups.length > 1 ? groups.filter((g) => g.some((e) => e.key && IDEA_FIELDS.has(e.key))) : groups;
}

const TITLE_LENGTH = 80;

/** "gRPC C Core: Port gRPC to one of the major BSD platforms…" from the idea's first sentence. */
function titleFromProse(group: FieldEntry[], heading: string): string {
  const first = group.find((e) => e.key === undefined || e.key === 'description');
  const text = (first ? valueLines(first.nodes).join(' ') : '').replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?])(?:\s|$)/.exec(text)?.[1] ?? text;
  const short = sentence.length <= TITLE_LENGTH ? sentence.replace(/[.]$/, '') : `${sentence.slice(0, TITLE_LENGTH).replace(/\s+\S*$/, '')}…`;
  return short ? `${heading}: ${short}` : heading;
}
