/**
 * The JSON index the build writes and the app reads. Shared by `src/ingest/` (Node) and the
 * browser app, so it holds types and constants only.
 *
 * Bump SCHEMA_VERSION on any change an older app could misread; the app refuses other versions.
 */
export const SCHEMA_VERSION = 2;

/** Markdown kept three ways: source (for export), plain text (for search), sanitized HTML. */
export interface RichText {
  markdown: string;
  text: string;
  html: string;
}

export type MentorRole = 'primary' | 'co-mentor';

export interface Mentor {
  name?: string;
  /** GitHub handle as written upstream; compared case-insensitively, it is the person. */
  github?: string;
  /** Given by structured sources (`lfx-export.json`) only. */
  role?: MentorRole;
}

/** CNCF landscape maturity of a project (`automation/projects.yml`). */
export const PROJECT_MATURITIES = ['sandbox', 'incubating', 'graduated', 'archived'] as const;
export type ProjectMaturity = (typeof PROJECT_MATURITIES)[number];
export const isProjectMaturity = (value: unknown): value is ProjectMaturity => (PROJECT_MATURITIES as readonly unknown[]).includes(value);

/** What an LFX application asks for (from `lfx-export.json`). */
export interface Prerequisites {
  resume: boolean;
  coverLetter: boolean;
  codingChallenge: boolean;
  codingChallengeUrl?: string;
  schoolEnrollment: boolean;
  participationPermission: boolean;
  /** Extra, project-specific requirements (e.g. "Project Proposal"). */
  custom: { name: string; description: string }[];
  /**
   * Courses whose completion certificate the application asks for (2026 Term 3: the Linux
   * Foundation's Inclusive Open Source Community Orientation, LFC102), with what LFX says of each.
   */
  courses?: { name: string; description: string }[];
}

/** Key dates of a term, ISO 8601 in UTC. Any may be missing when upstream does not give it. */
export interface TermTimeline {
  proposalsOpen?: string;
  /** Last moment for mentors to propose projects (a deadline, or the end of the proposal period). */
  proposalsClose?: string;
  applicationsOpen?: string;
  applicationsClose?: string;
  start?: string;
  end?: string;
}

export interface Term {
  /** `lfx-2021-1`, `gsoc-2022`: the same as the term part of idea ids. */
  key: string;
  program: string;
  year: number;
  /** "2021 Term 1 (Spring)", "GSoC 2022". */
  label: string;
  /** Larger is newer. */
  order: number;
  timeline?: TermTimeline;
  /** Where the term (and its timeline, when any) is described. */
  source: SourceRef;
}

/** A CNCF project from the landscape, for the projects that have ideas. */
export interface ProjectInfo {
  name: string;
  slug: string;
  maturity: ProjectMaturity;
  homepage?: string;
  repo?: string;
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
  /** Landscape slug and maturity when `project` is a CNCF project. */
  projectSlug?: string;
  projectMaturity?: ProjectMaturity;
  /** Program display name: "LFX Mentorship", "Google Summer of Code", or "Unknown program". */
  program: string;
  year: number;
  /** Human label of the term, e.g. "2021 Term 1 (Spring)" or "GSoC 2022". */
  term: string;
  /** Key into `IdeaIndex.terms`. */
  termKey: string;
  /** Sort key: larger is newer (year * 10 + term number). */
  termOrder: number;
  status: IdeaStatus;
  /** Clean facet values. */
  skills: string[];
  /** The skills text as written, for display. */
  skillsText: string;
  /** Technologies listed apart from skills (structured sources), as written. */
  technologies?: string[];
  mentors: Mentor[];
  /** Upstream issue / project URLs. */
  issues: string[];
  lfxUrl?: string;
  /** The GitHub issue the proposal was filed as (2026 Term 3 onwards). */
  proposalUrl?: string;
  prerequisites?: Prerequisites;
  description: RichText;
  outcome?: RichText;
  /**
   * What the source file says about the project (and the idea's group) under its heading, before
   * its ideas: shared by the ideas listed there, shown apart from each one's description.
   */
  projectIntro?: RichText;
  size?: string;
  /** `size` as GSoC hours (90, 175, 350), for the Size facet; several when the text gives several. */
  sizeHours?: number[];
  difficulty?: string;
  /** `difficulty` normalised, for the Difficulty facet. */
  difficultyLevel?: 'Easy' | 'Medium' | 'Hard';
  /** Labels the ingest does not know, kept verbatim (label -> plain text). */
  extra?: Record<string, string>;
  source: SourceRef;
  /** Ids of the same idea proposed in other terms (same project, same title but numbering), newest first. */
  alsoProposedIn?: string[];
  /** Where the idea was listed as accepted/selected, when that is another file. */
  acceptedSource?: SourceRef;
}

/** What an idea page shows beyond the idea's card; the app fetches it when one opens (see app-data.ts). */
export type IdeaDetailKey = 'outcome' | 'projectIntro' | 'issues' | 'lfxUrl' | 'proposalUrl' | 'technologies' | 'extra' | 'acceptedSource' | 'source';

/**
 * An idea as the app has it from its first download: what cards, facets, sorting and the project,
 * mentor and stats pages need. The description (searched in the worker) and the details follow.
 */
export type IdeaCard = Omit<Idea, 'description' | 'skillsText' | IdeaDetailKey>;

export type DiagnosticSeverity = 'warning' | 'error';

export interface Diagnostic {
  /** Kind of finding, for the report's per-kind counts: `no-mentors`, `email-redacted`, … */
  code: string;
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
  /** Every term with ideas, newest first. */
  terms: Term[];
  /** Landscape data of the CNCF projects that have ideas. */
  projects: ProjectInfo[];
  ideas: Idea[];
  /** Ids that were published once and changed since: old id → current id. */
  redirects: Record<string, string>;
  facets: IndexFacets;
  diagnostics: Diagnostic[];
}

/** The `extra` label of a mentors line that names no person (a team): the idea page shows it as the mentors. */
export const MENTORS_AS_WRITTEN = 'Mentors as written';
