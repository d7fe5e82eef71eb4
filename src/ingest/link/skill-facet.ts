import type { IdeaRecord } from '../normalise/idea-record.ts';
import { knownSkill } from '../normalise/skills.ts';

/**
 * The Skills facet across the whole corpus. Case variants left after alias merging take their
 * most common spelling. Then a value the vocabulary knows (src/ingest/vocab/skill-aliases.json)
 * is always a facet value, while a value it does not know is one only when ideas of at least two
 * different projects list it. Why: a tool that one project mentions once ("Gomonkey", "Byte
 * accounting") is not something anyone filters by, and such one-offs are most of the junk
 * (fragments, project-internal names) that per-idea parsing cannot tell from a real skill. The
 * value is not lost: it stays in the idea's skillsText, which is displayed and searched.
 * Pure: the same records in give the same records out.
 */
export function skillFacet(records: IdeaRecord[]): IdeaRecord[] {
  const unified = unifySkillCase(records);
  const projectsOf = new Map<string, Set<string>>();
  for (const record of unified) {
    for (const skill of record.skills) {
      const projects = projectsOf.get(skill) ?? new Set<string>();
      projects.add(record.project.toLowerCase());
      projectsOf.set(skill, projects);
    }
  }
  const keep = (skill: string) => knownSkill(skill) !== undefined || (projectsOf.get(skill)?.size ?? 0) >= 2;
  return unified.map((record) => ({ ...record, skills: record.skills.filter(keep) }));
}

/** `golang`-style case variants left after alias merging take the most common spelling. */
export function unifySkillCase(records: IdeaRecord[]): IdeaRecord[] {
  const counts = new Map<string, Map<string, number>>();
  for (const skill of records.flatMap((r) => r.skills)) {
    const forms = counts.get(skill.toLowerCase()) ?? new Map<string, number>();
    forms.set(skill, (forms.get(skill) ?? 0) + 1);
    counts.set(skill.toLowerCase(), forms);
  }
  // Ties go to the first spelling in sort order, so the result does not depend on input order.
  const preferred = new Map(
    [...counts].map(([key, forms]) => [key, [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]![0]]),
  );
  return records.map((r) => ({ ...r, skills: [...new Set(r.skills.map((s) => preferred.get(s.toLowerCase()) ?? s))] }));
}
