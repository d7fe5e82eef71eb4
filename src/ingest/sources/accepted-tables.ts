import type { Link, Root, Table } from 'mdast';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { IdeaRecord } from '../normalise/idea-record.ts';
import { parseMentors } from '../normalise/mentors.ts';
import type { ProgramTerm } from '../normalise/program-term.ts';

/**
 * The 2019 and 2020 Q1 READMEs list completed projects as a table (`CNCF Projects | Community
 * Bridge Project | Mentor Name(s) | Mentee Name`), not as idea sections. Each row is an accepted
 * idea with a project, a title and mentors; mentee names are never read.
 */
export function readAcceptedTables(tree: Root, file: string, programTerm: ProgramTerm): IdeaRecord[] {
  const records: IdeaRecord[] = [];
  for (const table of tree.children.filter((n): n is Table => n.type === 'table')) {
    const [header, ...rows] = table.children;
    const names = header?.children.map((c) => toString(c).trim().toLowerCase()) ?? [];
    const mentorsAt = names.findIndex((n) => /^mentor/.test(n));
    const projectAt = names.findIndex((n) => /projects?$/.test(n) && !/community bridge|lfx/.test(n));
    const titleAt = names.findIndex((n, i) => i !== projectAt && /project/.test(n));
    if (mentorsAt < 0 || projectAt < 0 || titleAt < 0) continue;
    for (const row of rows) {
      const cell = (i: number) => toString(row.children[i] ?? { type: 'text', value: '' }).trim();
      const title = cell(titleAt);
      if (!title) continue;
      const lfxUrl = linkIn(row.children[titleAt]);
      records.push({
        title,
        project: cell(projectAt),
        program: programTerm.program,
        year: programTerm.year,
        term: programTerm.term,
        termKey: programTerm.slug,
        termOrder: programTerm.termOrder,
        status: 'accepted',
        skills: [],
        skillsText: '',
        mentors: parseMentors([cell(mentorsAt)]),
        issues: [],
        ...(lfxUrl ? { lfxUrl } : {}),
        description: { markdown: '', text: '', html: '' },
        source: { file, line: row.position?.start.line ?? 0 },
      });
    }
  }
  return records;
}

/** The project page a title cell links to (Community Bridge, later LFX Mentorship). */
function linkIn(cell: Table['children'][number]['children'][number] | undefined): string | undefined {
  let url: string | undefined;
  if (cell)
    visit(cell, 'link', (link: Link) => {
      url ??= /^https?:\/\//.test(link.url) ? link.url : undefined;
    });
  return url;
}
