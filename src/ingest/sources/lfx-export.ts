import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isProjectMaturity, type Mentor, type Prerequisites, type ProjectMaturity, type RichText } from '../../model/idea-index.ts';
import { readFieldEntries } from '../markdown/field-entries.ts';
import { parseMarkdown } from '../markdown/parse-markdown.ts';
import type { FieldKey } from '../markdown/field-labels.ts';
import { renderRichText } from '../markdown/render-markdown.ts';
import { valueLines } from '../markdown/value-text.ts';

const SKILL_FIELDS: ReadonlySet<FieldKey | undefined> = new Set(['skills', 'technologies']);

/** One program of a term's `lfx-export.json` (proposals filed as GitHub issue forms, 2026 Term 3 on). */
export interface ExportProgram {
  /** Line of the program's object in the JSON file. */
  line: number;
  title: string;
  project: string;
  projectSlug?: string;
  projectMaturity?: ProjectMaturity;
  description: RichText;
  outcome?: RichText;
  skillsText: string;
  /** Skills the description writes in a section or under a label of its own, line by line (see merge-export.ts). */
  writtenSkills: string[];
  technologies: string[];
  mentors: Mentor[];
  issues: string[];
  lfxUrl?: string;
  proposalUrl?: string;
  prerequisites?: Prerequisites;
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const url = (v: unknown) => (typeof v === 'string' && /^https?:\/\//.test(v.trim()) ? v.trim() : undefined);

/** Reads the export as data: each field from its own key, never scraped from prose. */
export function readLfxExport(text: string, fileUrl: string): { programs: ExportProgram[]; problems: { line: number; message: string }[] } {
  const problems: { line: number; message: string }[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { programs: [], problems: [{ line: 1, message: `not valid JSON (${(e as Error).message})` }] };
  }
  const list = (data as { programs?: unknown })?.programs;
  if (!Array.isArray(list)) return { programs: [], problems: [{ line: 1, message: 'no "programs" list' }] };
  const lines = text.split('\n');
  const lineOf = (issueNumber: unknown, n: number) => {
    const at = lines.findIndex((l) => new RegExp(`"issue_number":\\s*${Number(issueNumber)}\\b`).test(l));
    return at >= 0 ? at : n + 1;
  };
  const programs: ExportProgram[] = [];
  list.forEach((raw: Record<string, unknown>, n) => {
    const line = lineOf(raw?.issue_number, n);
    const title = str(raw?.program_name_short);
    const project = str(raw?.cncf_project);
    if (!title || !project) {
      problems.push({ line, message: `program ${n + 1} has no program_name_short or cncf_project; skipped` });
      return;
    }
    const { description, outcome, skillLines } = splitSections(str(raw.description), fileUrl);
    const maturity = str(raw.cncf_project_maturity);
    const upstream = url(raw.upstream_issue_url);
    const lfxUrl = url(raw.lfx_url);
    const proposalUrl = url(raw.issue_url);
    const prerequisites = readPrerequisites(raw.prerequisites);
    programs.push({
      line,
      title,
      project,
      ...(str(raw.cncf_project_slug) ? { projectSlug: str(raw.cncf_project_slug) } : {}),
      ...(isProjectMaturity(maturity) ? { projectMaturity: maturity } : {}),
      description,
      ...(outcome ? { outcome } : {}),
      skillsText: str(raw.skills),
      writtenSkills: skillLines,
      technologies: str(raw.technologies)
        .split(/,(?![^(]*\))/)
        .map((t) => t.trim())
        .filter(Boolean),
      mentors: readMentors(raw.mentors),
      issues: upstream ? [upstream] : [],
      ...(lfxUrl ? { lfxUrl } : {}),
      ...(proposalUrl ? { proposalUrl } : {}),
      ...(prerequisites ? { prerequisites } : {}),
    });
  });
  return { programs, problems };
}

/**
 * The issue form's free text holds both fields, marked in whatever way its author chose: `##
 * Description` / `# Expected Outcome:` headings, a bold line (`**Expected outcomes**`,
 * `**Deliverables for the term:**`), or labels (`- Description: …`). Outcome and deliverables
 * sections become the outcome; skills sections and labels their own lines (`skillLines`); a
 * mentors section is dropped (the export gives mentors as data); everything else the description,
 * section headings kept.
 */
function splitSections(markdown: string, fileUrl: string): { description: RichText; outcome?: RichText; skillLines: string[] } {
  const description: RootContent[] = [];
  const outcome: RootContent[] = [];
  // Skills written in the text, as a section or a label: often more than the export's skills field
  // ("Go, Kubernetes, OIDC, JWT" beside a list naming JWKS, X.509, controller-runtime, Ginkgo).
  const skills: RootContent[] = [];
  let target = description;
  const blocks: RootContent[] = [];
  const flush = () => {
    // Under an outcome heading the blocks are the outcome: a list item "UI view: …" is one of its
    // items, not a field of its own (a bold pseudo-heading), and unlabelled items stay list items.
    for (const entry of readFieldEntries(blocks.splice(0), target === outcome ? 'outcome' : undefined)) {
      const into = entry.key === 'outcome' ? outcome : entry.key === 'description' ? description : SKILL_FIELDS.has(entry.key) ? skills : target;
      if (into === skills) {
        into.push(...entry.nodes);
        continue;
      }
      // A label that is neither field ("Stretch goal: …") stays visible in the text.
      if (entry.label && entry.key !== 'outcome' && entry.key !== 'description') {
        into.push({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: entry.label }] }] });
      }
      into.push(...entry.nodes);
    }
  };
  for (const node of parseMarkdown(markdown).children.flatMap(splitLeadingBold)) {
    const marker = sectionTitle(node);
    if (marker === undefined) {
      blocks.push(node);
      continue;
    }
    flush();
    const title = marker.toLowerCase();
    // A "Mentors" section repeats a field the export gives as data; a skills section adds to one.
    const skillsSection = /^(?:recommended\s+)?(?:skills|technologies)$/.test(title);
    target = skillsSection ? skills : /^mentors?$/.test(title) ? [] : /outcome|deliverable/.test(title) ? outcome : description;
    // "Description" and "Expected outcomes" name the field itself; other titles stay in the text.
    if (!skillsSection && !/^(?:description|expected outcomes?|outcomes?)$/.test(title)) target.push(node);
  }
  flush();
  return {
    description: renderRichText(description, fileUrl),
    ...(outcome.length > 0 ? { outcome: renderRichText(outcome, fileUrl) } : {}),
    skillLines: valueLines(skills),
  };
}

/** `**Background**` on its own line, then text in the same paragraph: the title, then the text. */
function splitLeadingBold(node: RootContent): RootContent[] {
  if (node.type !== 'paragraph' || node.children[0]?.type !== 'strong') return [node];
  const [strong, next, ...rest] = node.children;
  const breaks = next?.type === 'break' || (next?.type === 'text' && next.value.startsWith('\n'));
  if (!breaks) return [node];
  const remainder = next.type === 'text' ? [{ ...next, value: next.value.replace(/^\n/, '') }, ...rest] : rest;
  return [
    { type: 'paragraph', children: [strong!] },
    { ...node, children: remainder },
  ];
}

/** A heading, or a paragraph that is only bold text: the title of a section, colon dropped. */
function sectionTitle(node: RootContent): string | undefined {
  const bold = node.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'strong';
  if (node.type !== 'heading' && !bold) return undefined;
  return toString(node)
    .replace(/[:\s]+$/, '')
    .trim();
}

function readMentors(value: unknown): Mentor[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((m: Record<string, unknown>) => {
    const github = str(m?.github_handle).replace(/^@/, '');
    // A name field holding the handle again ("ken6078") names no one: the handle alone is the
    // person, as on the markdown path, and their page shows a name written elsewhere, if any.
    const name = str(m?.name).toLowerCase() === github.toLowerCase() ? '' : str(m?.name);
    const role = m?.role === 'primary' ? 'primary' : m?.role === 'co-mentor' ? 'co-mentor' : undefined;
    if (!name && !github) return [];
    return [{ ...(name ? { name } : {}), ...(github ? { github } : {}), ...(role ? { role } : {}) } as Mentor];
  });
}

function readPrerequisites(value: unknown): Prerequisites | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const p = value as Record<string, unknown>;
  const named = (value: unknown) =>
    [value]
      .flat()
      .filter((c): c is Record<string, unknown> => typeof c === 'object' && c !== null && !!str((c as Record<string, unknown>).name))
      .map((c) => ({ name: str(c.name), description: str(c.description) }));
  const custom = named(p.custom);
  const courses = named(p.standard_courses);
  const challengeUrl = url(p.coding_challenge_url);
  return {
    resume: p.resume === true,
    coverLetter: p.cover_letter === true,
    codingChallenge: p.coding_challenge === true,
    ...(challengeUrl ? { codingChallengeUrl: challengeUrl } : {}),
    schoolEnrollment: p.school_enrollment === true,
    participationPermission: p.participation_permission === true,
    custom,
    ...(courses.length > 0 ? { courses } : {}),
  };
}
