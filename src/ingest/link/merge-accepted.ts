import type { Diagnostic } from '../../model/idea-index.ts';
import { warning } from '../diagnostics.ts';
import type { IdeaRecord } from '../normalise/idea-record.ts';
import { slugify } from '../../model/idea-id.ts';
import { normalizeSkills } from '../normalise/skills.ts';

const termFolder = (file: string) => file.slice(0, file.lastIndexOf('/') + 1);
/** Issue URLs compare without scheme case, `www.` or a trailing slash. */
const issueKey = (url: string) =>
  url
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/[/#]+$/, '');

/**
 * The proposal's skills as written, followed by the accepted list's items that name a skill it
 * lacks (`Golang` and `Golang, Kubernetes` → `Golang, Kubernetes`; `Golang` and `Go` stay `Golang`).
 */
function withSkillsAdded(written: string, accepted: string, skills: ReadonlySet<string>): string {
  const added = accepted.split(/\s*,\s*/).filter((item) => normalizeSkills(item).some((skill) => !skills.has(skill)));
  return [written, ...added].filter(Boolean).join(', ');
}

/**
 * A term lists the same idea in `project_ideas.md` and again in `README.md` /
 * `selected_projects.md` once accepted. The accepted entry is the proposal with the same title,
 * or failing that with the same upstream issue; the pair becomes one idea, marked accepted, with
 * the accepted entry's mentors (who actually mentored it). Accepted ideas with no proposal in the
 * same folder stay as they are.
 */
export function mergeAccepted(records: IdeaRecord[], diagnostics: Diagnostic[]): IdeaRecord[] {
  const byTitle = new Map<string, IdeaRecord[]>();
  const byIssue = new Map<string, IdeaRecord[]>();
  const add = (table: Map<string, IdeaRecord[]>, key: string, record: IdeaRecord) => table.set(key, [...(table.get(key) ?? []), record]);
  for (const record of records) {
    if (record.status !== 'proposed') continue;
    const folder = termFolder(record.source.file);
    add(byTitle, folder + slugify(record.title), record);
    for (const issue of record.issues) add(byIssue, folder + issueKey(issue), record);
  }
  const merged: IdeaRecord[] = [];
  for (const record of records) {
    if (record.status !== 'accepted' || record.acceptedSource) {
      merged.push(record);
      continue;
    }
    const folder = termFolder(record.source.file);
    const sameTitle = byTitle.get(folder + slugify(record.title)) ?? [];
    const sameIssue = [...new Set(record.issues.flatMap((issue) => byIssue.get(folder + issueKey(issue)) ?? []))];
    const proposal =
      sameTitle.find((c) => slugify(c.project) === slugify(record.project) && !c.acceptedSource) ??
      sameTitle.find((c) => !c.acceptedSource) ??
      (sameIssue.length === 1 ? sameIssue[0] : undefined) ??
      sameTitle[0];
    if (!proposal) {
      merged.push(record);
      continue;
    }
    if (proposal.acceptedSource) {
      diagnostics.push(warning('duplicate-accepted', record.source.file, record.source.line, `"${record.title}" is listed as accepted twice; kept once`));
      continue;
    }
    proposal.status = 'accepted';
    proposal.acceptedSource = record.source;
    if (record.mentors.length > 0) proposal.mentors = record.mentors;
    if (!proposal.lfxUrl && record.lfxUrl) proposal.lfxUrl = record.lfxUrl;
    // The accepted entry's description and outcome when it wrote more (what was taken on, often
    // with a sentence the proposal lacked).
    if (record.description.text.length > proposal.description.text.length) proposal.description = record.description;
    if (record.outcome && record.outcome.text.length > (proposal.outcome?.text.length ?? 0)) proposal.outcome = record.outcome;
    // A skill either list names is kept: the accepted one sometimes adds one ("Golang, Kubernetes").
    proposal.skillsText = withSkillsAdded(proposal.skillsText, record.skillsText, new Set(proposal.skills));
    proposal.skills = [...new Set([...proposal.skills, ...record.skills])];
    // Fields only the accepted list has are kept beside the proposal's own.
    for (const [label, text] of Object.entries(record.extra ?? {})) if (!proposal.extra?.[label]) proposal.extra = { ...proposal.extra, [label]: text };
    // One URL per issue, however each list wrote it (a trailing slash, `www.`).
    const issues = new Map<string, string>();
    for (const url of [...proposal.issues, ...record.issues]) if (!issues.has(issueKey(url))) issues.set(issueKey(url), url);
    proposal.issues = [...issues.values()];
  }
  return merged;
}
