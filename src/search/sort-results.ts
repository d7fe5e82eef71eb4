import type { Idea } from '../model/idea-index.ts';
import type { SortOrder } from './url-state.ts';

export interface Ranked {
  idea: Idea;
  score: number;
}

const newestFirst = (a: Idea, b: Idea) => b.termOrder - a.termOrder || a.project.localeCompare(b.project) || a.title.localeCompare(b.title);

/** Sorts in place. Relevance without a query (all scores 0) is newest term first. */
export function sortResults(results: Ranked[], order: SortOrder): Ranked[] {
  switch (order) {
    case 'relevance':
      return results.sort((a, b) => b.score - a.score || newestFirst(a.idea, b.idea));
    case 'newest':
      return results.sort((a, b) => newestFirst(a.idea, b.idea));
    case 'project':
      return results.sort((a, b) => a.idea.project.localeCompare(b.idea.project) || newestFirst(a.idea, b.idea));
  }
}
