import { toCsv } from '../../model/csv.ts';
import type { IdeaIndex } from '../../model/idea-index.ts';
import { mentorLabel } from '../../model/mentor-key.ts';
import { upstreamFileUrl } from '../../model/upstream-url.ts';
import type { SiteLinks } from './site-url.ts';

export const IDEAS_CSV_PATH = 'ideas.csv';

export const IDEAS_CSV_COLUMNS = [
  'id',
  'title',
  'project',
  'program',
  'year',
  'term',
  'status',
  'skills',
  'mentors',
  'size',
  'difficulty',
  'idea_url',
  'source_url',
] as const;

/**
 * Every idea as one CSV row, for spreadsheets. Mentors are names and GitHub handles only: the index
 * holds no e-mail addresses, and this file must not start to.
 */
export function ideasCsv(index: IdeaIndex, links: SiteLinks): string {
  const rows = index.ideas.map((idea) => [
    idea.id,
    idea.title,
    idea.project,
    idea.program,
    String(idea.year),
    idea.term,
    idea.status,
    idea.skills.join('; '),
    idea.mentors.map(mentorLabel).join('; '),
    idea.size ?? '',
    idea.difficulty ?? '',
    links.idea(idea.id),
    `${upstreamFileUrl(index.upstream, idea.source.file)}#L${idea.source.line}`,
  ]);
  return toCsv(IDEAS_CSV_COLUMNS, rows);
}
