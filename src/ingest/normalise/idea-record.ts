import type { PhrasingContent, RootContent } from 'mdast';
import type { Diagnostic, Idea, IdeaStatus } from '../../model/idea-index.ts';
import { warning, type WarningCode } from '../diagnostics.ts';
import type { FieldEntry } from '../markdown/field-entries.ts';
import type { FieldKey } from '../markdown/field-labels.ts';
import type { RawIdea } from '../markdown/find-ideas.ts';
import { parseMentorFields } from './mentors.ts';
import type { ProgramTerm } from './program-term.ts';
import { renderRichText } from '../markdown/render-markdown.ts';
import { difficultyLevel, sizeHours } from './size-difficulty.ts';
import { normalizeSkills } from './skills.ts';
import { skillsText as writtenSkillsText, valueItems, valueLines, valueUrls } from '../markdown/value-text.ts';
import { hasMarkup, withoutMarkup } from './plain-text.ts';
import { withoutEmails } from './redact.ts';
import { MENTORS_AS_WRITTEN } from '../../model/idea-index.ts';

export type IdeaRecord = Omit<Idea, 'id'>;

/** Web addresses and issue numbers (`#12`, `org/repo#12`, `org/repo/#12`): no words of a field's. */
const LINKS_AND_ISSUE_NUMBERS = /https?:\/\/\S+|[\w.-]+\/[\w.-]+\/?#\d+|#\d+/g;

/** Three words or more besides links and issue numbers: a sentence, not a list of links. */
const hasWords = (lines: string[]) =>
  (
    lines
      .join(' ')
      .replace(LINKS_AND_ISSUE_NUMBERS, ' ')
      .match(/\p{L}{2,}/gu) ?? []
  ).length >= 3;

/**
 * Words a value writes outside its links and issue numbers: a link's own text (an issue's title)
 * is no sentence of the field's.
 */
function wordsBesideLinks(nodes: readonly RootContent[]): number {
  const text = (node: RootContent | PhrasingContent): string =>
    node.type === 'link' || node.type === 'linkReference'
      ? ' '
      : 'children' in node
        ? node.children.map((child) => text(child as RootContent)).join(' ')
        : 'value' in node
          ? node.value
          : ' ';
  const written = nodes.map(text).join(' ').replace(LINKS_AND_ISSUE_NUMBERS, ' ');
  return (written.match(/\p{L}{2,}/gu) ?? []).length;
}

export interface RecordContext {
  file: string;
  programTerm: ProgramTerm;
  status: IdeaStatus;
  /** Upstream web URL of the file, for resolving its relative links. */
  fileUrl: string;
  diagnostics: Diagnostic[];
}

const GITHUB_ISSUE = /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/(?:issues|pull)\/\d+(?:[#?].*)?$/;
const LFX_PAGE = /^https?:\/\/(?:mentorship\.lfx\.linuxfoundation\.org|people\.communitybridge\.org|mentorship\.lfx\.dev)\//i;
/** LFX's own title line (`CNCF - Antrea: … (2024 Term 3)`) repeats project, title and term. */
const LFX_TITLE_LINE = /^CNCF\s*-\s*.+\(\d{4} Term \d\)\s*$/;

/**
 * A title less a trailing label of its own term (`… OpenSearch (2025 Term 3)`, 2025 Term 3
 * Jaeger), which every card already shows beside it; another term's label stays as written.
 */
function withoutOwnTerm(title: string, termKey: string): string {
  const own = /^lfx-(\d{4})-(\d)$/.exec(termKey);
  if (!own) return title;
  const stripped = title.replace(new RegExp(`\\s*\\(${own[1]} Term ${own[2]}\\)$`, 'i'), '');
  return stripped || title;
}

/** Interprets a raw idea's field entries into the index record (everything but the id). */
export function toIdeaRecord(raw: RawIdea, ctx: RecordContext): IdeaRecord {
  const warn = (code: WarningCode, line: number, message: string) => ctx.diagnostics.push(warning(code, ctx.file, line, message));
  const byKey = (key: FieldKey) => raw.entries.filter((e) => e.key === key);
  const nodesOf = (entries: FieldEntry[]) => entries.flatMap((e) => e.nodes);
  const linesOf = (entries: FieldEntry[]) => valueLines(nodesOf(entries));

  const preamble = raw.entries
    .filter((e) => e.label === undefined)
    .flatMap((e) => e.nodes)
    .filter((node) => !isLfxTitleLine(node) && !isStrayMark(node));
  // "Background:" is read as issues because the corpus writes it with a link alone; written in
  // words, it is part of the description, so no sentence of it is lost to a list of links.
  const backgroundInWords = byKey('issues').filter((e) => /^background$/i.test(e.label ?? '') && hasWords(valueLines(e.nodes)));
  const description = renderRichText([...preamble, ...nodesOf(byKey('description')), ...nodesOf(backgroundInWords)], ctx.fileUrl);
  const outcomeNodes = nodesOf(byKey('outcome'));

  const skillEntries = [...byKey('skills'), ...byKey('technologies')];
  const writtenSkills = withoutEmails(writtenSkillsText(linesOf(skillEntries)));
  // Markup would otherwise be split into skill values ("<b>Rust</b>" → "b>"); removed before, reported.
  const markup = hasMarkup(writtenSkills);
  if (markup) warn('markup-stripped', skillEntries[0]!.line, `markup removed from the skills of "${withoutMarkup(raw.title)}"`);
  const skillsText = markup ? withoutMarkup(writtenSkills) : writtenSkills;
  const mentors = parseMentorFields(byKey('mentors').map((entry) => ({ label: entry.label, lines: valueLines(entry.nodes) })));
  const writtenIssueLinks = valueUrls(nodesOf(byKey('issues').filter((e) => !backgroundInWords.includes(e))));
  // With no issue field, the GitHub issues and pull requests the idea's own text links are its
  // issues (`See also https://github.com/coredns/coredns/issues/341`, GSoC 2017).
  const issueLinks =
    writtenIssueLinks.length > 0
      ? writtenIssueLinks
      : valueUrls([...preamble, ...nodesOf(byKey('description')), ...outcomeNodes]).filter((url) => GITHUB_ISSUE.test(url));
  // An LFX project page written among the upstream issues (2025 Term 3, KubeStellar) is the LFX link.
  const issues = issueLinks.filter((url) => !LFX_PAGE.test(url));
  // "Apply: <link>" (2021 Term 3) is the LFX link when it links an LFX page, as a title link is.
  const lfxUrl =
    valueUrls(nodesOf(byKey('lfxUrl')))[0] ??
    byKey('apply').map(applyLfxUrl).find(Boolean) ??
    (raw.titleUrl && LFX_PAGE.test(raw.titleUrl) ? raw.titleUrl : undefined) ??
    issueLinks.find((url) => LFX_PAGE.test(url));
  // A stray heading mark before the value (`size: # Large (~350 hours)`, GSoC 2025) is no part of it.
  const shortValue = (key: FieldKey) =>
    linesOf(byKey(key))
      .join(' ')
      .replace(/^#+\s+/, '') || undefined;
  const size = shortValue('size');
  const difficulty = shortValue('difficulty');

  const extra: Record<string, string> = {};
  // What an issue field says in words beside its links ("Multiple issues to be chosen by student,
  // such as #1539, …", GSoC 2019 Rook) is kept under its label too: the links alone read as work
  // that must all be done.
  const issueInWords = (entry: FieldEntry) => entry.key === 'issues' && !backgroundInWords.includes(entry) && wordsBesideLinks(entry.nodes) >= 4;
  const shownAsWritten = (entry: FieldEntry) => !entry.key || entry.key === 'apply' || entry.key === 'stretch' || issueInWords(entry);
  for (const entry of raw.entries) {
    // Mentees are private people, not part of an idea: their names are never published.
    if (entry.label === undefined || entry.key === 'mentee' || !shownAsWritten(entry) || applyLfxUrl(entry)) continue;
    if (!entry.key) warn('unknown-label', entry.line, `unknown label "${entry.label}" in "${raw.title}"; kept as an extra field`);
    // One line per paragraph or list item (the page shows them so).
    const text = withoutEmails(valueItems(entry.nodes).join('\n')).trim();
    if (text) extra[entry.label] = extra[entry.label] ? `${extra[entry.label]}\n${text}` : text;
  }

  if (mentors.length === 0) {
    // A team named where a person goes (`Lyft networking team`) is no Mentors filter value, but it
    // says who mentors: shown as written beside the idea.
    const written = withoutEmails(linesOf(byKey('mentors')).join('; ')).trim();
    if (written) extra[MENTORS_AS_WRITTEN] = written;
    warn(
      'no-mentors',
      raw.line,
      written ? `idea "${raw.title}" names no person as mentor ("${written}"); kept as written beside the idea` : `idea "${raw.title}" has no mentors`,
    );
  }
  const skills = normalizeSkills(skillsText);
  if (!skillsText) warn('no-skills', raw.line, `idea "${raw.title}" has no recommended skills`);
  else if (skills.length === 0) {
    // The text is still shown and searched; only the Skills facet cannot offer it.
    warn(
      'unknown-skills',
      skillEntries[0]!.line,
      `skills of "${raw.title}" name no skill the Skills facet recognises; add its spelling to src/ingest/vocab/skill-aliases.json`,
    );
  }
  if (!description.text) warn('no-description', raw.line, `idea "${raw.title}" has no description`);

  const { program, year, term, termOrder, slug: termKey } = ctx.programTerm;
  return {
    title: withoutOwnTerm(raw.title, termKey),
    project: raw.project,
    ...(raw.group ? { group: raw.group } : {}),
    program,
    year,
    term,
    termKey,
    termOrder,
    status: ctx.status,
    skills,
    skillsText,
    mentors,
    issues,
    ...(lfxUrl ? { lfxUrl } : {}),
    description,
    ...(outcomeNodes.length > 0 ? { outcome: renderRichText(outcomeNodes, ctx.fileUrl) } : {}),
    ...(raw.projectIntro ? { projectIntro: renderRichText(raw.projectIntro, ctx.fileUrl) } : {}),
    ...(size ? { size } : {}),
    ...(sizeHours(size).length > 0 ? { sizeHours: sizeHours(size) } : {}),
    ...(difficulty ? { difficulty } : {}),
    ...(difficultyLevel(difficulty) ? { difficultyLevel: difficultyLevel(difficulty) } : {}),
    ...(Object.keys(extra).length > 0 ? { extra } : {}),
    source: { file: ctx.file, line: raw.line },
  };
}

/** The LFX page an "Apply:" field links; any other apply link (a form, an e-mail) stays an extra field. */
function applyLfxUrl(entry: FieldEntry): string | undefined {
  return entry.key === 'apply' ? valueUrls(entry.nodes).find((url) => LFX_PAGE.test(url)) : undefined;
}

/** A line of punctuation alone under the heading (`:` before the fields, 2025 Term 3 kgateway) is no description. */
function isStrayMark(node: RootContent): boolean {
  return node.type === 'paragraph' && /^[\s:：;,.|–—-]*$/.test(valueLines([node]).join(' '));
}

function isLfxTitleLine(node: RootContent): boolean {
  return node.type === 'paragraph' && LFX_TITLE_LINE.test(valueLines([node]).join(' '));
}
