import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Mentor, Prerequisites, ProjectMaturity, RichText } from '../../model/idea-index.ts';
import { parseMarkdown } from '../markdown/parse-markdown.ts';
import { renderRichText } from '../markdown/render-markdown.ts';

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
  technologies: string[];
  mentors: Mentor[];
  issues: string[];
  lfxUrl?: string;
  proposalUrl?: string;
  prerequisites?: Prerequisites;
}

const MATURITIES = new Set(['sandbox', 'incubating', 'graduated', 'archived']);
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
    const { description, outcome } = splitSections(str(raw.description), fileUrl);
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
      ...(MATURITIES.has(maturity) ? { projectMaturity: maturity as ProjectMaturity } : {}),
      description,
      ...(outcome ? { outcome } : {}),
      skillsText: str(raw.skills),
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

/** `## Description` and `## Expected outcomes` (any case, with or without a colon) become two fields. */
function splitSections(markdown: string, fileUrl: string): { description: RichText; outcome?: RichText } {
  const description: RootContent[] = [];
  const outcome: RootContent[] = [];
  let target = description;
  for (const node of parseMarkdown(markdown).children) {
    if (node.type === 'heading' && node.depth <= 2) {
      const title = toString(node as Heading)
        .replace(/[:\s]+$/, '')
        .trim()
        .toLowerCase();
      if (title === 'description') {
        target = description;
        continue;
      }
      if (/^expected outcomes?$/.test(title)) {
        target = outcome;
        continue;
      }
      // Other sections ("Bonus Outcomes", "Qualifications") keep their heading, in the field they follow.
      if (/outcome/.test(title)) target = outcome;
      else target = description;
    }
    target.push(node);
  }
  return { description: renderRichText(description, fileUrl), ...(outcome.length > 0 ? { outcome: renderRichText(outcome, fileUrl) } : {}) };
}

function readMentors(value: unknown): Mentor[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((m: Record<string, unknown>) => {
    const name = str(m?.name);
    const github = str(m?.github_handle).replace(/^@/, '');
    const role = m?.role === 'primary' ? 'primary' : m?.role === 'co-mentor' ? 'co-mentor' : undefined;
    if (!name && !github) return [];
    return [{ ...(name ? { name } : {}), ...(github ? { github } : {}), ...(role ? { role } : {}) } as Mentor];
  });
}

function readPrerequisites(value: unknown): Prerequisites | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const p = value as Record<string, unknown>;
  const custom = [p.custom]
    .flat()
    .filter((c): c is Record<string, unknown> => typeof c === 'object' && c !== null && !!str((c as Record<string, unknown>).name))
    .map((c) => ({ name: str(c.name), description: str(c.description) }));
  const challengeUrl = url(p.coding_challenge_url);
  return {
    resume: p.resume === true,
    coverLetter: p.cover_letter === true,
    codingChallenge: p.coding_challenge === true,
    ...(challengeUrl ? { codingChallengeUrl: challengeUrl } : {}),
    schoolEnrollment: p.school_enrollment === true,
    participationPermission: p.participation_permission === true,
    custom,
  };
}
