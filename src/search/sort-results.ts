import type { IdeaCard } from '../model/idea-index.ts';
import { foldText } from './fold-text.ts';
import type { SortOrder } from './url-state.ts';

/**
 * The index in newest-first and project A–Z order, as idea positions, computed once so that
 * keystrokes never compare strings. Plain typed arrays: a worker can build and transfer them.
 */
export interface SortRanks {
  newest: Uint32Array;
  project: Uint32Array;
  /** Position in the newest-first order, by idea position. */
  newestRank: Uint32Array;
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function sortRanks(ideas: IdeaCard[]): SortRanks {
  const project = ideas.map((idea) => foldText(idea.project));
  const title = ideas.map((idea) => foldText(idea.title));
  const positions = Array.from(ideas.keys());
  const newest = Uint32Array.from(
    [...positions].sort((a, b) => ideas[b]!.termOrder - ideas[a]!.termOrder || byKey(project[a]!, project[b]!) || byKey(title[a]!, title[b]!)),
  );
  const newestRank = new Uint32Array(ideas.length);
  newest.forEach((position, rank) => (newestRank[position] = rank));
  const byProject = Uint32Array.from([...positions].sort((a, b) => byKey(project[a]!, project[b]!) || newestRank[a]! - newestRank[b]!));
  return { newest, project: byProject, newestRank };
}

export function rankBuffers(ranks: SortRanks): ArrayBuffer[] {
  return [ranks.newest.buffer, ranks.project.buffer, ranks.newestRank.buffer] as ArrayBuffer[];
}

/**
 * How much recency can outweigh text relevance: the newest idea's score counts up to this much
 * more than the oldest's, so near-ties go to the idea an applicant can still apply to, while a
 * clearly better match from an old term still ranks first.
 */
export const RECENCY_WEIGHT = 0.1;

/**
 * Orders matching positions. Relevance is score (nudged towards recent terms), then newest; without
 * a query (no scores) it is newest first. Fixed orders walk the presorted index and keep the
 * matches: linear time.
 */
export function sortResults(matches: number[], scores: Float64Array | null, order: SortOrder, ranks: SortRanks): number[] {
  if (order === 'relevance' && scores) {
    const n = Math.max(1, ranks.newestRank.length);
    const adjusted = (p: number) => scores[p]! * (1 + RECENCY_WEIGHT * (1 - ranks.newestRank[p]! / n));
    return matches.sort((a, b) => adjusted(b) - adjusted(a) || ranks.newestRank[a]! - ranks.newestRank[b]!);
  }
  const wanted = new Uint8Array(ranks.newestRank.length);
  for (const position of matches) wanted[position] = 1;
  const presorted = order === 'project' ? ranks.project : ranks.newest;
  const ordered: number[] = [];
  for (const position of presorted) if (wanted[position]) ordered.push(position);
  return ordered;
}
