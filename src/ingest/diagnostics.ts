import type { Diagnostic } from '../model/idea-index.ts';

/**
 * Every kind of finding the ingest reports. The code lets the report count findings by kind and
 * lets tests ask for one kind without matching message wording.
 */
export type WarningCode =
  | 'unknown-path'
  | 'no-ideas-file'
  | 'no-mentors'
  | 'no-skills'
  | 'unknown-skills'
  | 'no-description'
  | 'unknown-label'
  | 'empty-template'
  | 'heading-without-fields'
  | 'no-project-heading'
  | 'idea-without-heading'
  | 'duplicate-id'
  | 'duplicate-accepted'
  | 'email-redacted'
  | 'markup-stripped'
  | 'unknown-project'
  | 'export-mismatch'
  | 'bad-source'
  | 'lost-id'
  | 'out-of-scope';

export function warning(code: WarningCode, file: string, line: number, message: string): Diagnostic {
  return { code, file, line, severity: 'warning', message };
}

/** `[code, count]` pairs, most frequent first, for the end of the report. */
export function countByCode(diagnostics: Diagnostic[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
