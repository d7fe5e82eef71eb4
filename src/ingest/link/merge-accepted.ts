import type { Diagnostic, Mentor } from '../../model/idea-index.ts';
import { warning } from '../diagnostics.ts';
import type { IdeaRecord } from '../normalise/idea-record.ts';
import { slugify } from '../../model/idea-id.ts';
import { normalizeSkills } from '../normalise/skills.ts';
import { mentorKey, mentorLabel } from '../../model/mentor-key.ts';
import { issueKey, meaningfulWords, titleWords } from './match-keys.ts';

const termFolder = (file: string) => file.slice(0, file.lastIndexOf('/') + 1);

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
 * or failing that with the same upstream issue, or failing both the one proposal of its project
 * that it restates (see `restatedProposal`); the pair becomes one idea, marked accepted, with
 * the accepted entry's mentors (who actually mentored it). Accepted ideas with no proposal in the
 * same folder stay as they are. Also answers who each merged idea's proposal named (`proposers`),
 * for alsoProposedBy once people are unified across the index.
 */
export function mergeAccepted(records: IdeaRecord[], diagnostics: Diagnostic[]): { merged: IdeaRecord[]; proposers: Proposers } {
  const proposers: Proposers = new Map();
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
  const unmatched: IdeaRecord[] = [];
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
      unmatched.push(record);
      continue;
    }
    if (proposal.acceptedSource) {
      diagnostics.push(warning('duplicate-accepted', record.source.file, record.source.line, `"${record.title}" is listed as accepted twice; kept once`));
      continue;
    }
    proposers.set(proposal, proposal.mentors);
    mergeInto(proposal, record, diagnostics);
  }
  // Only once every title and issue has found its proposal, so a looser match never takes one
  // that an exact match would have.
  const restated = new Set<IdeaRecord>();
  for (const record of unmatched) {
    const restatement = restatedProposal(record, records);
    const summed = restatement ? undefined : summedProposals(record, records);
    const proposals = restatement ? [restatement] : (summed ?? []);
    if (proposals.length === 0) continue;
    const ownMentors = new Map(proposals.map((proposal) => [proposal, proposal.mentors]));
    for (const proposal of proposals) mergeInto(proposal, record, diagnostics);
    if (summed) for (const proposal of summed) proposal.mentors = partMentors(ownMentors.get(proposal)!, record.mentors, [...ownMentors.values()].flat());
    for (const [proposal, mentors] of ownMentors) proposers.set(proposal, mentors);
    restated.add(record);
  }
  return { merged: restated.size > 0 ? merged.filter((record) => !restated.has(record)) : merged, proposers };
}

/** The `extra` label of the title (and text) an idea was accepted under, when not its own. */
export const ACCEPTED_AS = 'Accepted as';

/**
 * The proposal an accepted entry of another title and no issue link restates: the accepted table
 * of 2020 Q1 names its HNC idea "Integrating the Tenant Operator with the hierarchical namespace
 * controller", the proposal being "Kubernetes working group for multi-tenancy: HNC + Tenant
 * Operator" with that sentence as its description. It is the one proposal of the same project in
 * the term, not yet accepted, whose title and description hold every word of the accepted title,
 * which has three or more besides the project's name. A row that sums up several proposals is
 * restated by none of them, or by several (see `summedProposals`).
 */
function restatedProposal(record: IdeaRecord, records: IdeaRecord[]): IdeaRecord | undefined {
  if (record.issues.length > 0) return undefined;
  const words = titleWords(record);
  if (words.length < 3) return undefined;
  const candidates = openProposalsBeside(record, records).filter((c) => {
    const written = meaningfulWords(`${c.title} ${c.description.text}`);
    return words.every((word) => written.has(word));
  });
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * The proposals an accepted row of another title sums up, one mentee having taken on several
 * ideas as one project: 2020 Q1 accepted "Extending internal metrics support on Fluent Bit and
 * improving Fluent Bit usability / user-experience", its proposals being "Extend internal metrics
 * support on Fluent Bit" and "Improve Fluent Bit usability / user-experience". They are two or
 * more proposals of the same project and term, not yet accepted, each title's words (two or more
 * besides the project's name) all in the row's title, and together every word of it. Each is
 * marked accepted; the row adds no idea of its own.
 */
function summedProposals(record: IdeaRecord, records: IdeaRecord[]): IdeaRecord[] | undefined {
  if (record.issues.length > 0) return undefined;
  const words = titleWords(record);
  const rowWords = new Set(words);
  const parts = openProposalsBeside(record, records)
    .map((c) => ({ proposal: c, words: titleWords(c) }))
    .filter((part) => part.words.length >= 2 && part.words.every((word) => rowWords.has(word)));
  const covered = new Set(parts.flatMap((part) => part.words));
  return parts.length >= 2 && words.every((word) => covered.has(word)) ? parts.map((part) => part.proposal) : undefined;
}

/**
 * Who mentored one part of a summing row: a mentor of the row who proposed a part mentored that
 * part (2020 Q1 Thanos: Bartek Plotka the read-write coordination, Giedrius Statkevičius the
 * benchmarks), and one who proposed none joined for the whole (Fluent Bit: Masoud Koleini). A
 * proposal that named no mentor takes the row's.
 */
function partMentors(own: Mentor[], rowMentors: Mentor[], proposers: Mentor[]): Mentor[] {
  const copies = (mentors: Mentor[]) => mentors.map((mentor) => ({ ...mentor }));
  if (own.length === 0) return copies(rowMentors);
  const proposed = new Set(proposers.map((mentor) => personName(mentor.name)));
  return [...copies(own), ...copies(rowMentors.filter((mentor) => !proposed.has(personName(mentor.name))))];
}

/** The `extra` label of the people who proposed an idea but are not among those who mentored it. */
export const ALSO_PROPOSED_BY = 'Also proposed by';

/** Who proposed each merged idea, as the proposal named them (see mergeAccepted). */
export type Proposers = Map<IdeaRecord, Mentor[]>;

/**
 * The accepted entry names who mentored the idea; whoever else the proposal named is still shown,
 * as "Also proposed by" (2020 Q1 HNC: Adrian Ludwin proposed it, Tasha Drew and Fei Guo mentored).
 * Compared once each person has one name and handle across the index (`unify`), so "Goutham V"
 * and "@gouthamve" are one person.
 */
export function alsoProposedBy(
  records: IdeaRecord[],
  proposers: ReadonlyMap<IdeaRecord, Mentor[]>,
  unify: <T extends Pick<IdeaRecord, 'mentors'>>(ideas: T[]) => T[],
): IdeaRecord[] {
  const lists = records.map((record) => ({ mentors: proposers.get(record) ?? [] }));
  const unified = unify<Pick<IdeaRecord, 'mentors'>>([...records, ...lists]);
  return records.map((_, i) => {
    const record = unified[i] as IdeaRecord;
    const keys = new Set(record.mentors.map(mentorKey));
    const others = unified[records.length + i]!.mentors.filter((mentor) => !keys.has(mentorKey(mentor)));
    return others.length > 0 ? { ...record, extra: { ...record.extra, [ALSO_PROPOSED_BY]: others.map(mentorLabel).join(', ') } } : record;
  });
}

/** A name as two lists may write it differently: case and accents aside. */
const personName = (name = '') => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** The proposals of the accepted entry's project and term that no accepted entry has taken yet. */
const openProposalsBeside = (record: IdeaRecord, records: IdeaRecord[]) =>
  records.filter(
    (c) =>
      c.status === 'proposed' &&
      !c.acceptedSource &&
      termFolder(c.source.file) === termFolder(record.source.file) &&
      slugify(c.project) === slugify(record.project),
  );

/** Makes the proposal the accepted idea, with what the accepted entry knows better. */
function mergeInto(proposal: IdeaRecord, record: IdeaRecord, diagnostics: Diagnostic[]): void {
  proposal.status = 'accepted';
  proposal.acceptedSource = record.source;
  if (record.mentors.length > 0) proposal.mentors = record.mentors.map((mentor) => ({ ...mentor }));
  if (!proposal.lfxUrl && record.lfxUrl) proposal.lfxUrl = record.lfxUrl;
  const untitled = diagnostics.find((d) => d.code === 'idea-without-heading' && d.file === record.source.file && d.line === record.source.line);
  const retitled = !untitled && slugify(record.title) !== slugify(proposal.title);
  if (retitled) {
    // Accepted under another title (matched by issue, or a row summing up several proposals): the
    // proposal keeps its own description, which its title names, and the accepted title and text
    // are shown beside it (lfx-mentorship/2020/q2/selected_projects.md:113, Envoy).
    const text = record.description.text.replace(/\s+/g, ' ').trim();
    const accepted = text && text !== proposal.description.text.trim() ? `${record.title}: ${text}` : record.title;
    proposal.extra = { ...proposal.extra, [ACCEPTED_AS]: accepted };
    if (!proposal.outcome && record.outcome) proposal.outcome = record.outcome;
  } else {
    // The accepted entry's description and outcome when it wrote more (what was taken on, often
    // with a sentence the proposal lacked).
    if (record.description.text.length > proposal.description.text.length) proposal.description = record.description;
    if (record.outcome && record.outcome.text.length > (proposal.outcome?.text.length ?? 0)) proposal.outcome = record.outcome;
  }
  // A skill either list names is kept: the accepted one sometimes adds one ("Golang, Kubernetes").
  proposal.skillsText = withSkillsAdded(proposal.skillsText, record.skillsText, new Set(proposal.skills));
  proposal.skills = [...new Set([...proposal.skills, ...record.skills])];
  // Fields only the accepted list has are kept beside the proposal's own.
  for (const [label, text] of Object.entries(record.extra ?? {})) if (!proposal.extra?.[label]) proposal.extra = { ...proposal.extra, [label]: text };
  // One URL per issue, however each list wrote it (a trailing slash, `www.`).
  const issues = new Map<string, string>();
  for (const url of [...proposal.issues, ...record.issues]) if (!issues.has(issueKey(url))) issues.set(issueKey(url), url);
  proposal.issues = [...issues.values()];
  // An accepted copy without a heading of its own was titled from its prose when it was read
  // (lfx-mentorship/2022/01-Spring/README.md:107); merged, it shows the proposal's title.
  if (untitled) {
    untitled.message = untitled.message.replace(
      /; titled ".*"$/s,
      `; it is "${proposal.title}" of ${proposal.source.file}:${proposal.source.line}, accepted, and shown under that title`,
    );
  }
}
