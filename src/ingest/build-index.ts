import type { Root } from 'mdast';
import { type Diagnostic, type Idea, type IdeaIndex, type ProjectInfo, SCHEMA_VERSION, type Term, type UpstreamSource } from '../model/idea-index.ts';
import { upstreamFileUrl } from '../model/upstream-url.ts';
import { warning } from './diagnostics.ts';
import { indexFacets } from '../model/index-facets.ts';
import { sanitizeIdeas } from './emit/sanitize-ideas.ts';
import { ideaSlug } from '../model/idea-id.ts';
import { alsoProposedBy, mergeAccepted } from './link/merge-accepted.ts';
import { mergeExport } from './link/merge-export.ts';
import { type PublishedId, redirectsFor } from './link/redirects.ts';
import { linkReproposals } from './link/reproposals.ts';
import { skillFacet } from './link/skill-facet.ts';
import { unifyMentors } from './link/unify-people.ts';
import { findIdeas } from './markdown/find-ideas.ts';
import { toSections } from './markdown/outline.ts';
import { parseMarkdown } from './markdown/parse-markdown.ts';
import { type IdeaRecord, toIdeaRecord } from './normalise/idea-record.ts';
import { programTermOf } from './normalise/program-term.ts';
import { groupAsProject, projectKey, projectResolver, unresolvedAliases } from './normalise/projects.ts';
import { readAcceptedTables } from './sources/accepted-tables.ts';
import { type ExportProgram, readLfxExport } from './sources/lfx-export.ts';
import { readProjectsYaml } from './sources/projects-yaml.ts';
import { readTimeline } from './sources/term-timeline.ts';

export interface SourceFile {
  /** Path relative to the ingest root, `/`-separated. */
  path: string;
  content: string;
}

export interface FileReport {
  file: string;
  ideas: number;
}

export interface BuildResult {
  index: IdeaIndex;
  files: FileReport[];
}

export interface BuildOptions {
  upstream?: UpstreamSource;
  generatedAt?: string;
  /** Ids published by earlier builds; those that changed get a redirect. */
  publishedIds?: PublishedId[];
}

export const DEFAULT_UPSTREAM: UpstreamSource = { repository: 'https://github.com/cncf/mentoring', ref: 'main', root: 'programs' };

const ACCEPTED_FILE = /(^|\/)(readme|selected_projects)\.md$/i;
const EXPORT_FILE = /(^|\/)lfx-export\.json$/i;
/** cncf/mentoring keeps programs it no longer runs under `programs/archive/`. */
const ARCHIVE = /^archive\//;
const PROJECTS_FILE = /(^|\/)projects\.ya?ml$/i;
const folderOf = (file: string) => file.slice(0, file.lastIndexOf('/') + 1);
const byPath = (a: SourceFile, b: SourceFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Compiles cncf/mentoring into the versioned index, stage by stage: read every source (markdown
 * idea lists, accepted-project tables, term timelines, LFX exports, the landscape's projects),
 * then link across them (exports into their term's entries, accepted into proposed, one person
 * per handle, canonical projects), then emit (sanitize, ids and redirects, terms, facets).
 * Pure: the same files in give the same index out.
 */
export function buildIndex(files: SourceFile[], options: BuildOptions = {}): BuildResult {
  const upstream = options.upstream ?? DEFAULT_UPSTREAM;
  const diagnostics: Diagnostic[] = [];
  const reports: FileReport[] = [];
  const records: IdeaRecord[] = [];
  /** Each markdown idea's project heading (its name and line), by the idea's own file and line. */
  const projectLines = new Map<string, ProjectHeading>();
  const timelines = new Map<string, Pick<Term, 'timeline' | 'source'>>();
  const exports = new Map<string, { file: string; programs: ExportProgram[] }>();
  let catalogue: ProjectInfo[] | undefined;

  for (const file of [...files].sort(byPath)) {
    const fileUrl = upstreamFileUrl(upstream, file.path);
    if (PROJECTS_FILE.test(file.path)) {
      const read = readProjectsYaml(file.content);
      read.problems.forEach((p) => diagnostics.push(warning('bad-source', file.path, 1, p)));
      catalogue = read.projects;
      continue;
    }
    if (EXPORT_FILE.test(file.path)) {
      const read = readLfxExport(file.content, fileUrl);
      read.problems.forEach((p) => diagnostics.push(warning('bad-source', file.path, p.line, p.message)));
      exports.set(folderOf(file.path), { file: file.path, programs: read.programs });
      reports.push({ file: file.path, ideas: read.programs.length });
      continue;
    }
    if (ARCHIVE.test(file.path)) {
      diagnostics.push(
        warning('out-of-scope', file.path, 1, 'archived program (Season of Docs, CROSS): not an LFX Mentorship term or a GSoC year; not read for ideas'),
      );
      reports.push({ file: file.path, ideas: 0 });
      continue;
    }
    const programTerm = programTermOf(file.path);
    const tree: Root = parseMarkdown(file.content);
    const status = ACCEPTED_FILE.test(file.path) ? 'accepted' : 'proposed';
    const raw = findIdeas(toSections(tree), file.path, diagnostics);
    for (const idea of raw)
      if (idea.projectLine !== undefined) projectLines.set(sourceKey({ file: file.path, line: idea.line }), { project: idea.project, line: idea.projectLine });
    const fromFile = raw.map((idea) => toIdeaRecord(idea, { file: file.path, programTerm, status, fileUrl, diagnostics }));
    if (programTerm.program === 'LFX Mentorship') fromFile.push(...readAcceptedTables(tree, file.path, programTerm));
    if (!programTerm.known && fromFile.length > 0) {
      diagnostics.push(
        warning(
          'unknown-path',
          file.path,
          1,
          'path does not follow programs/lfx-mentorship/<year>/<term>/ or programs/summerofcode/<year>.md; program and term unknown',
        ),
      );
    }
    if (programTerm.known && (programTerm.program === 'Google Summer of Code' || /readme\.md$/i.test(file.path))) {
      const read = readTimeline(file.content, programTerm.year);
      if (read && !timelines.has(programTerm.slug)) timelines.set(programTerm.slug, { timeline: read.timeline, source: { file: file.path, line: read.line } });
    }
    records.push(...fromFile);
    reports.push({ file: file.path, ideas: fromFile.length });
  }

  for (const [folder, { file, programs }] of exports) records.push(...mergeExport(records, folder, file, programs, diagnostics));
  const { merged, proposers } = mergeAccepted(records, diagnostics);
  const linked = alsoProposedBy(merged, proposers, unifyMentors);
  const canonical = catalogue ? canonicalProjects(linked, catalogue, projectLines, diagnostics) : linked;
  // Ids are made from sanitized titles and projects, so markup can never reach a URL either.
  const ideas = linkReproposals(assignIds(sanitizeIdeas(skillFacet(canonical), diagnostics), diagnostics)).sort(
    (a, b) => b.termOrder - a.termOrder || a.source.file.localeCompare(b.source.file) || a.source.line - b.source.line,
  );
  const redirects = redirectsFor(options.publishedIds ?? [], ideas, diagnostics);
  diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {
    index: {
      schemaVersion: SCHEMA_VERSION,
      generatedAt: options.generatedAt ?? new Date().toISOString(),
      upstream,
      terms: termsOf(ideas, timelines),
      projects: (catalogue ?? []).filter((p) => ideas.some((i) => i.projectSlug === p.slug)),
      ideas,
      redirects,
      facets: indexFacets(ideas),
      diagnostics,
    },
    files: reports,
  };
}

const sourceKey = (source: { file: string; line: number }) => `${source.file}:${source.line}`;

interface ProjectHeading {
  project: string;
  line: number;
}
const headingLine = (heading: ProjectHeading | undefined, project: string) => (heading?.project === project ? heading.line : undefined);

/** Every idea's project becomes the landscape's name; unknown names are kept, reported once each. */
function canonicalProjects(
  records: IdeaRecord[],
  catalogue: ProjectInfo[],
  projectLines: ReadonlyMap<string, ProjectHeading>,
  diagnostics: Diagnostic[],
): IdeaRecord[] {
  const resolve = projectResolver(catalogue);
  for (const name of unresolvedAliases(catalogue))
    diagnostics.push(warning('unknown-project', 'src/ingest/vocab/project-aliases.json', 1, `alias target "${name}" is not in projects.yml`));
  // Unknown names that differ only by case or punctuation are one project, spelled as first seen.
  const firstSpelling = new Map<string, string>();
  return records.map((written) => {
    const record = groupAsProject(written);
    const found = resolve(record.project);
    if (!found.known) {
      const nameKey = projectKey(found.project);
      const name = firstSpelling.get(nameKey);
      if (name !== undefined) return name === record.project ? record : { ...record, project: name };
      firstSpelling.set(nameKey, found.project);
      diagnostics.push(
        warning(
          'unknown-project',
          record.source.file,
          // At the project's heading, where the name is written (not at its first idea's); at the
          // idea where the name is not the heading's (a group made a project, an LFX export's name).
          headingLine(projectLines.get(sourceKey(record.source)), written.project) ?? record.source.line,
          severalProjects(record.project, resolve) ??
            // Listing a project as outside the landscape names it one way; it is still reported
            // (the file's $comment), but the message must not call it missing from that file.
            (found.outsideLandscape
              ? `project "${record.project}" is not in projects.yml (an archived project, or never a CNCF one); src/ingest/vocab/project-aliases.json lists it as outside the CNCF landscape ("outsideLandscape"), named "${found.project}"`
              : `project "${record.project}" is not in projects.yml (an archived project, or never a CNCF one) (nor an alias in src/ingest/vocab/project-aliases.json); kept as written`),
        ),
      );
      return found.project === record.project ? record : { ...record, project: found.project };
    }
    // A heading may carry its link ("Kubebuilder (https://github.com/…)"); the group is the name.
    const recordGroup = record.group?.replace(/\s*\(\s*https?:\/\/[^)]*\)/g, '').trim();
    const group = [found.group, recordGroup].filter(Boolean).join(' › ') || undefined;
    const updated: IdeaRecord = { ...record, project: found.project };
    if (group) updated.group = group;
    else delete updated.group;
    if (found.slug) updated.projectSlug = found.slug;
    if (found.maturity) updated.projectMaturity = found.maturity;
    return updated;
  });
}

/** "Linkerd and Envoy": a heading naming several projects is not an unknown project; say what it names. */
function severalProjects(written: string, resolve: ReturnType<typeof projectResolver>): string | undefined {
  // "A / B" and "A + B" too; a slash inside a name ("SPIFFE/SPIRE") is an alias, resolved before.
  const parts = written.split(/\s*(?:&|,|\+|\band\b)\s*|\s+\/\s+/).filter(Boolean);
  const known = parts.map(resolve).filter((p) => p.known);
  if (parts.length < 2 || known.length === 0) return undefined;
  return `project "${written}" names several projects (${known.map((p) => p.project).join(', ')} in projects.yml); kept as written`;
}

/** Slugs are unique; a collision gets `-2`, `-3` in source order, with a warning. */
function assignIds(records: IdeaRecord[], diagnostics: Diagnostic[]): Idea[] {
  const used = new Set<string>();
  return records.map((record) => {
    const base = ideaSlug(record.termKey, record.project, record.title);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    if (id !== base) {
      diagnostics.push(
        warning('duplicate-id', record.source.file, record.source.line, `duplicate id "${base}" (same term, project and title); this one is "${id}"`),
      );
    }
    used.add(id);
    return { id, ...record };
  });
}

/** The terms that have ideas, newest first, with their timelines where the term README gives one. */
function termsOf(ideas: Idea[], timelines: Map<string, Pick<Term, 'timeline' | 'source'>>): Term[] {
  const terms = new Map<string, Term>();
  for (const idea of ideas) {
    if (terms.has(idea.termKey)) continue;
    const known = timelines.get(idea.termKey);
    terms.set(idea.termKey, {
      key: idea.termKey,
      program: idea.program,
      year: idea.year,
      label: idea.term,
      order: idea.termOrder,
      ...(known?.timeline ? { timeline: known.timeline } : {}),
      source: known?.source ?? { file: idea.source.file, line: 1 },
    });
  }
  return [...terms.values()].sort((a, b) => b.order - a.order || a.key.localeCompare(b.key));
}
