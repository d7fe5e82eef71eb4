import type { IdeaCard } from '../model/idea-index.ts';
import type { Snapshot } from './shortlist-store.ts';

/** What the shortlist remembers of an idea, so it can still show it if the idea leaves the index. */
export function ideaSnapshot(idea: IdeaCard): Snapshot {
  return { id: idea.id, title: idea.title, project: idea.project, term: `${idea.program}, ${idea.term}` };
}
