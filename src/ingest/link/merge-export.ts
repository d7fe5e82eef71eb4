import type { Diagnostic } from '../../model/idea-index.ts';
import { warning } from '../diagnostics.ts';
import type { IdeaRecord } from '../normalise/idea-record.ts';
import { programTermOf } from '../normalise/program-term.ts';
import { normalizeSkills } from '../normalise/skills.ts';
import { skillsText as writtenSkillsText } from '../markdown/value-text.ts';
import type { ExportProgram } from '../sources/lfx-export.ts';
import { slugify } from '../../model/idea-id.ts';

/**
 * A term with an `lfx-export.json` lists each program twice: structured in the export, and as an
 * entry of the term README (which gives the source line). They are one idea: the export's fields
 * replace the README entry's, matched by LFX URL or title. Records are updated in place; programs
 * with no README entry are returned as new records, sourced at their line in the export.
 */
export function mergeExport(records: IdeaRecord[], folder: string, file: string, programs: ExportProgram[], diagnostics: Diagnostic[]): IdeaRecord[] {
  const inFolder = records.filter((r) => r.source.file.startsWith(folder) && r.source.file.slice(folder.length).indexOf('/') < 0);
  const matched = new Set<IdeaRecord>();
  const added: IdeaRecord[] = [];
  const programTerm = programTermOf(file);
  for (const program of programs) {
    const entry =
      inFolder.find((r) => !matched.has(r) && program.lfxUrl !== undefined && r.lfxUrl === program.lfxUrl) ??
      inFolder.find((r) => !matched.has(r) && slugify(r.title) === slugify(program.title));
    const fields = fromExport(program);
    if (entry) {
      matched.add(entry);
      delete entry.extra;
      delete entry.group;
      Object.assign(entry, fields);
      continue;
    }
    diagnostics.push(warning('export-mismatch', file, program.line, `"${program.title}" has no entry in the term README; listed from the export alone`));
    added.push({
      ...fields,
      program: programTerm.program,
      year: programTerm.year,
      term: programTerm.term,
      termKey: programTerm.slug,
      termOrder: programTerm.termOrder,
      status: 'accepted',
      source: { file, line: program.line },
    });
  }
  for (const record of inFolder) {
    if (!matched.has(record) && programs.length > 0) {
      diagnostics.push(warning('export-mismatch', record.source.file, record.source.line, `"${record.title}" is not in ${file}; kept as the README gives it`));
    }
  }
  return added;
}

/**
 * The export's skills field, then each line the description writes under a skills section or
 * label that names a skill the field does not (OpenKruise, 2026 Term 3: "Go, Kubernetes, OIDC,
 * JWT", then "Kubernetes (CRDs, controllers, controller-runtime, Secrets, RBAC)"); a line of no
 * known skill is kept as written, and one the field already says ("TypeScript, React") is not
 * written twice.
 */
function exportSkillsText(p: ExportProgram): string {
  const known = new Set(normalizeSkills([p.skillsText, ...p.technologies].join(', ')));
  const adding = p.writtenSkills.filter((line) => {
    const skills = normalizeSkills(line);
    return skills.length === 0 || skills.some((skill) => !known.has(skill));
  });
  return writtenSkillsText([p.skillsText, ...adding].filter(Boolean));
}

function fromExport(p: ExportProgram): Omit<IdeaRecord, 'program' | 'year' | 'term' | 'termKey' | 'termOrder' | 'status' | 'source'> {
  const skillsText = exportSkillsText(p);
  return {
    title: p.title,
    project: p.project,
    ...(p.projectSlug ? { projectSlug: p.projectSlug } : {}),
    ...(p.projectMaturity ? { projectMaturity: p.projectMaturity } : {}),
    skills: normalizeSkills([skillsText, ...p.technologies].join(', ')),
    skillsText,
    technologies: p.technologies,
    mentors: p.mentors,
    issues: p.issues,
    ...(p.lfxUrl ? { lfxUrl: p.lfxUrl } : {}),
    ...(p.proposalUrl ? { proposalUrl: p.proposalUrl } : {}),
    ...(p.prerequisites ? { prerequisites: p.prerequisites } : {}),
    description: p.description,
    ...(p.outcome ? { outcome: p.outcome } : {}),
  };
}
