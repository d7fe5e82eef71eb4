import type { IdeaCard } from '../model/idea-index.ts';
import { toCsv } from '../model/csv.ts';
import { mentorLabel } from '../model/mentor-key.ts';
import type { ShortlistItem } from './shortlist-data.ts';

export interface ExportRow {
  item: ShortlistItem;
  /** The idea as the index has it now, with its links when its details were fetched; absent when it is no longer listed. */
  idea?: IdeaCard & { issues?: string[]; lfxUrl?: string };
}

const mdEscape = (text: string) => text.replace(/([\\`*_[\]<>|])/g, '\\$1');
const titleOf = ({ item, idea }: ExportRow) => idea?.title ?? (item.title || item.id);

/** The shortlist as a Markdown document: titles linked to idea pages, issues, mentors and notes. */
export function shortlistToMarkdown(rows: ExportRow[], pageUrl: (id: string) => string, exportedAt: Date): string {
  const lines = [
    '# My mentorship shortlist',
    '',
    `Exported from Mentorship Ideas on ${exportedAt.toISOString().slice(0, 10)}. Ideas: CNCF mentoring contributors, CC BY 4.0.`,
    '',
  ];
  rows.forEach((row, i) => {
    const { item, idea } = row;
    lines.push(`## ${i + 1}. [${mdEscape(titleOf(row))}](${pageUrl(item.id)})`, '');
    lines.push(`- Project: ${mdEscape(idea?.project ?? (item.project || 'unknown'))}${idea?.group ? ` › ${mdEscape(idea.group)}` : ''}`);
    lines.push(`- Term: ${mdEscape(idea ? `${idea.program}, ${idea.term}` : item.term || 'unknown')}`);
    if (!idea) lines.push('- Status: no longer listed in the index');
    if (idea && idea.mentors.length > 0)
      lines.push(
        `- Mentors: ${idea.mentors.map((m) => (m.github ? `[${mdEscape(mentorLabel(m))}](https://github.com/${m.github})` : mdEscape(mentorLabel(m)))).join(', ')}`,
      );
    if (idea && idea.skills.length > 0) lines.push(`- Skills: ${idea.skills.map(mdEscape).join(', ')}`);
    for (const url of idea?.issues ?? []) lines.push(`- Upstream: <${url}>`);
    if (idea?.lfxUrl) lines.push(`- LFX: <${idea.lfxUrl}>`);
    lines.push(`- Added: ${item.addedAt.slice(0, 10)}`);
    if (item.note.trim())
      lines.push(
        '',
        ...item.note
          .trim()
          .split('\n')
          .map((l) => `> ${l}`),
      );
    lines.push('');
  });
  if (rows.length === 0) lines.push('_The shortlist is empty._', '');
  return lines.join('\n');
}

const CSV_COLUMNS = ['position', 'title', 'project', 'term', 'status', 'mentors', 'skills', 'upstream_issues', 'idea_url', 'added', 'note'] as const;

/** The shortlist as RFC 4180 CSV, one row per idea. */
export function shortlistToCsv(rows: ExportRow[], pageUrl: (id: string) => string): string {
  const body = rows.map((row, i) => {
    const { item, idea } = row;
    return [
      String(i + 1),
      titleOf(row),
      idea?.project ?? item.project,
      idea ? `${idea.program}, ${idea.term}` : item.term,
      idea ? idea.status : 'no longer listed',
      (idea?.mentors ?? []).map(mentorLabel).join('; '),
      (idea?.skills ?? []).join('; '),
      (idea?.issues ?? []).join(' '),
      pageUrl(item.id),
      item.addedAt,
      item.note,
    ];
  });
  return toCsv(CSV_COLUMNS, body);
}
