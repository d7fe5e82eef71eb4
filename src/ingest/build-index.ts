import { type Diagnostic, type Idea, type IdeaIndex, SCHEMA_VERSION, type UpstreamSource } from '../model/idea-index.ts';
import { indexFacets } from './emit/facets.ts';
import { findIdeas } from './markdown/find-ideas.ts';
import { type IdeaRecord, toIdeaRecord } from './normalise/idea-record.ts';
import { ideaSlug } from './link/ids.ts';
import { mergeAccepted } from './link/merge-accepted.ts';
import { toSections } from './markdown/outline.ts';
import { parseMarkdown } from './markdown/parse-markdown.ts';
import { programTermOf } from './normalise/program-term.ts';
import { unifyMentors } from './link/unify-people.ts';
import { warning } from './diagnostics.ts';
import { upstreamFileUrl } from '../model/upstream-url.ts';

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

export const DEFAULT_UPSTREAM: UpstreamSource = { repository: 'https://github.com/cncf/mentoring', ref: 'main', root: 'programs' };

const ACCEPTED_FILE = /(^|\/)(readme|selected_projects)\.md$/i;

/** Compiles markdown idea lists into the versioned index. Pure: same files in, same index out. */
export function buildIndex(files: SourceFile[], options: { upstream?: UpstreamSource; generatedAt?: string } = {}): BuildResult {
  const upstream = options.upstream ?? DEFAULT_UPSTREAM;
  const diagnostics: Diagnostic[] = [];
  const reports: FileReport[] = [];
  const records: IdeaRecord[] = [];

  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const programTerm = programTermOf(file.path);
    if (!programTerm.known) {
      diagnostics.push(
        warning(
          'unknown-path',
          file.path,
          1,
          'path does not follow programs/lfx-mentorship/<year>/<term>/ or programs/summerofcode/<year>.md; program and term unknown',
        ),
      );
    }
    const raw = findIdeas(toSections(parseMarkdown(file.content)), file.path, diagnostics);
    const status = ACCEPTED_FILE.test(file.path) ? 'accepted' : 'proposed';
    const fileUrl = upstreamFileUrl(upstream, file.path);
    records.push(...raw.map((idea) => toIdeaRecord(idea, { file: file.path, programTerm, status, fileUrl, diagnostics })));
    reports.push({ file: file.path, ideas: raw.length });
  }

  const ideas = assignIds(unifySkillCase(unifyMentors(mergeAccepted(records, diagnostics))), diagnostics).sort(
    (a, b) => b.termOrder - a.termOrder || a.source.file.localeCompare(b.source.file) || a.source.line - b.source.line,
  );
  diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {
    index: {
      schemaVersion: SCHEMA_VERSION,
      generatedAt: options.generatedAt ?? new Date().toISOString(),
      upstream,
      terms: [],
      projects: [],
      ideas,
      redirects: {},
      facets: indexFacets(ideas),
      diagnostics,
    },
    files: reports,
  };
}

/** Slugs are unique; a collision gets `-2`, `-3` in source order, with a warning. */
function assignIds(records: IdeaRecord[], diagnostics: Diagnostic[]): Idea[] {
  const used = new Set<string>();
  return records.map((record) => {
    const base = ideaSlug(termSlugOf(record), record.project, record.title);
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

function termSlugOf(record: IdeaRecord): string {
  return programTermOf(record.source.file).slug;
}

/** `golang`-style case variants left after alias merging take the most common spelling. */
function unifySkillCase(records: IdeaRecord[]): IdeaRecord[] {
  const counts = new Map<string, Map<string, number>>();
  for (const skill of records.flatMap((r) => r.skills)) {
    const forms = counts.get(skill.toLowerCase()) ?? new Map<string, number>();
    forms.set(skill, (forms.get(skill) ?? 0) + 1);
    counts.set(skill.toLowerCase(), forms);
  }
  const preferred = new Map([...counts].map(([key, forms]) => [key, [...forms].sort((a, b) => b[1] - a[1])[0]![0]]));
  return records.map((r) => ({ ...r, skills: [...new Set(r.skills.map((s) => preferred.get(s.toLowerCase()) ?? s))] }));
}
