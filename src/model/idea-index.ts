/**
 * The JSON index the build writes and the app reads. Shared by `src/ingest/` (Node) and the
 * browser app, so it holds types and constants only.
 *
 * Bump SCHEMA_VERSION on any change an older app could misread; the app refuses other versions.
 */
export const SCHEMA_VERSION = 1;

/** Markdown kept three ways: source (for export), plain text (for search), sanitized HTML. */
export interface RichText {
  markdown: string;
  text: string;
  html: string;
}

export interface Mentor {
  name?: string;
  github?: string;
}

export type IdeaStatus = 'proposed' | 'accepted';

export interface SourceRef {
  /** Path relative to the ingest root, with `/` separators (e.g. `lfx-mentorship/2021/01-Spring/project_ideas.md`). */
  file: string;
  /** 1-based line of the idea's heading. */
  line: number;
}

export interface Idea {
  /** Readable, stable slug: depends only on program, term, project and title. */
  id: string;
  title: string;
  project: string;
  group?: string;
  /** Program display name: "LFX Mentorship", "Google Summer of Code", or "Unknown program". */
  program: string;
  year: number;
  /** Human label of the term, e.g. "2021 Term 1 (Spring)" or "GSoC 2022". */
  term: string;
  /** Sort key: larger is newer (year * 10 + term number). */
  termOrder: number;
  status: IdeaStatus;
  /** Clean facet values. */
  skills: string[];
  /** The skills text as written, for display. */
  skillsText: string;
  mentors: Mentor[];
  /** Upstream issue / project URLs. */
  issues: string[];
  lfxUrl?: string;
  description: RichText;
  outcome?: RichText;
  size?: string;
  difficulty?: string;
  /** Labels the ingest does not know, kept verbatim (label -> plain text). */
  extra?: Record<string, string>;
  source: SourceRef;
  /** Where the idea was listed as accepted/selected, when that is another file. */
  acceptedSource?: SourceRef;
}

export type DiagnosticSeverity = 'warning' | 'error';

export interface Diagnostic {
  file: string;
  line: number;
  severity: DiagnosticSeverity;
  message: string;
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface MentorFacetValue extends FacetValue {
  /** `value` is the mentor key: the lower-cased GitHub handle, or `name:<name>` without one. */
  name?: string;
  github?: string;
}

export interface IndexFacets {
  skills: FacetValue[];
  mentors: MentorFacetValue[];
  projects: FacetValue[];
  programs: FacetValue[];
  years: FacetValue[];
}

export interface UpstreamSource {
  /** Web URL of the repository the files come from. */
  repository: string;
  /** Branch or commit used for "view source" links. */
  ref: string;
  /** Folder inside the repository that the ingest root corresponds to. */
  root: string;
}

export interface IdeaIndex {
  schemaVersion: typeof SCHEMA_VERSION;
  generatedAt: string;
  upstream: UpstreamSource;
  ideas: Idea[];
  facets: IndexFacets;
  diagnostics: Diagnostic[];
}
