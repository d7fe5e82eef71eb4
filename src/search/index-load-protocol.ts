import type { Idea, IdeaIndex } from '../model/idea-index.ts';

/** Messages between the app and the index-loading worker. */
export interface IndexLoadRequest {
  url: string;
  chunkSize: number;
}

export type IndexLoadMessage = { type: 'ideas'; ideas: Idea[] } | { type: 'done'; meta: Omit<IdeaIndex, 'ideas'> } | { type: 'error'; message: string };
