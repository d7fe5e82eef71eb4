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
 * Orders matching positions; `scores[i]` is the score of `matches[i]` (null without a query).
 * Relevance is score (nudged towards recent terms), then newest; without a query it is newest
 * first. Fixed orders walk the presorted index and keep the matches: linear time.
 */
export function sortResults(matches: ArrayLike<number>, scores: Float64Array | null, order: SortOrder, ranks: SortRanks): number[] {
  if (order === 'relevance' && scores) return byRelevance(matches, scores, ranks);
  const wanted = new Uint8Array(ranks.newestRank.length);
  for (let i = 0; i < matches.length; i++) wanted[matches[i]!] = 1;
  const presorted = order === 'project' ? ranks.project : ranks.newest;
  const ordered: number[] = [];
  for (const position of presorted) if (wanted[position]) ordered.push(position);
  return ordered;
}

/** A score nudged towards recent terms (`newestRank` of the idea, n: ideas in the index). */
function adjusted(score: number, newestRank: number, n: number): number {
  return score * (1 + RECENCY_WEIGHT * (1 - newestRank / n));
}

/** Newest-first ranks fit in the low 16 bits of a score (see byRelevance). */
const PACKED_RANKS = 1 << 16;
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * Score (nudged towards recent terms) first, then newest first. Sorting numbers in a typed array
 * is native and several times faster than sorting with a comparator, so each match becomes one
 * number: its adjusted score with the lowest 16 bits of the mantissa replaced by its newest-first
 * rank (inverted, so that among equal scores the newest sorts last, and reading from the end
 * gives it first). Scores closer than about 1e-11 of each other count as equal.
 */
function byRelevance(matches: ArrayLike<number>, scores: Float64Array, ranks: SortRanks): number[] {
  const keys = relevanceKeys(matches, scores, ranks);
  if (!keys) {
    const n = Math.max(1, ranks.newestRank.length);
    const rankOf = (i: number) => ranks.newestRank[matches[i]!]!;
    const order = Array.from(matches, (_, i) => i);
    order.sort((a, b) => adjusted(scores[b]!, rankOf(b), n) - adjusted(scores[a]!, rankOf(a), n) || rankOf(a) - rankOf(b));
    return order.map((i) => matches[i]!);
  }
  keys.sort();
  const words = new Uint32Array(keys.buffer);
  const ordered: number[] = new Array<number>(matches.length);
  for (let i = 0, k = matches.length - 1; k >= 0; i++, k--) ordered[i] = ranks.newest[PACKED_RANKS - 1 - (words[2 * k]! & 0xffff)]!;
  return ordered;
}

/**
 * Each match's relevance as one number, all different, higher first (see byRelevance): `keys[i]`
 * is the key of `matches[i]`, whose score is `scores[i]`. Null where they cannot be packed (over
 * 65,536 ideas).
 */
export function relevanceKeys(matches: ArrayLike<number>, scores: Float64Array, ranks: SortRanks): Float64Array | null {
  const n = Math.max(1, ranks.newestRank.length);
  if (n > PACKED_RANKS || !LITTLE_ENDIAN) return null;
  const keys = new Float64Array(matches.length);
  const words = new Uint32Array(keys.buffer);
  for (let i = 0; i < matches.length; i++) {
    const rank = ranks.newestRank[matches[i]!]!;
    keys[i] = adjusted(scores[i]!, rank, n);
    words[2 * i] = ((words[2 * i]! & 0xffff0000) | (PACKED_RANKS - 1 - rank)) >>> 0;
  }
  return keys;
}
