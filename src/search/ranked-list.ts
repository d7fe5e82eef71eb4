import type { IdeaCard } from '../model/idea-index.ts';
import { groupReproposals } from './group-reproposals.ts';
import { kthLargest } from './kth-largest.ts';
import { Scratch } from './scratch.ts';

/** Results per page. */
export const PAGE_SIZE = 20;

/** One result: an idea (the first of its re-proposal group to match), with what the page shows of it. */
export interface Ranked {
  idea: IdeaCard;
  score: number;
  /** Only in a partial outcome: the query's words this idea does not have. */
  missing?: string[];
  /** Re-proposals of this idea (other terms) that match too, folded into this result. */
  folded?: IdeaCard[];
}

/**
 * Results in order, one per re-proposal group, made into objects only for the slice a page asks
 * for: a keystroke can match thousands of ideas and the page shows twenty of them.
 */
export interface RankedList {
  /** How many results, re-proposals folded. */
  readonly length: number;
  /** Results `from` … `to - 1` in order, like Array's slice with bounds of 0 or more (all of them by default). */
  slice(from?: number, to?: number): Ranked[];
}

/** Where each result's position in the order comes from (see eagerOrder and TopOrder). */
export interface ResultOrder {
  /** How many groups (results). */
  readonly count: number;
  /** The first `k` groups' leading positions, in order (at least min(k, count) of them). */
  leaders(k: number): readonly number[];
  /** The other matching positions of `leader`'s group, in order. */
  othersOf(leader: number): readonly number[] | undefined;
}

/** An empty list (a partial outcome's full results). */
export const NO_RESULTS: RankedList = { length: 0, slice: () => [] };

export function rankedList(order: ResultOrder, rank: (position: number) => Ranked, ideas: readonly IdeaCard[]): RankedList {
  return {
    length: order.count,
    slice(from = 0, to = order.count) {
      const end = Math.min(to, order.count);
      const leaders = order.leaders(end);
      const page: Ranked[] = [];
      for (let i = Math.max(0, from); i < end; i++) {
        const ranked = rank(leaders[i]!);
        const others = order.othersOf(leaders[i]!);
        page.push(others ? { ...ranked, folded: others.map((p) => ideas[p]!) } : ranked);
      }
      return page;
    },
  };
}

/** Every result, ordered already (fixed orders, and the rarer partial outcomes). */
export function eagerOrder(ordered: readonly number[], groups: Uint32Array): ResultOrder {
  const { leaders, folded } = groupReproposals(ordered, groups);
  return { count: leaders.length, leaders: () => leaders, othersOf: (leader) => folded.get(leader) };
}

const slotScratch = new Scratch((length) => new Uint32Array(length));

/** Up to this many results asked for (a page or two), the best are picked in one pass (bestFew). */
const FEW = 64;

/**
 * The slots of the `wanted` highest keys, highest first, in one pass: the best so far are kept in
 * order, and most keys, below the last kept one, cost one comparison. For a page of a thousand
 * results, quicker than copying the keys to select the page's last one (kthLargest).
 */
function bestFew(keys: Float64Array, count: number, wanted: number): number[] {
  const best: number[] = [];
  const slots: number[] = [];
  for (let slot = 0; slot < count; slot++) {
    const key = keys[slot]!;
    if (best.length === wanted && key <= best[wanted - 1]!) continue;
    let at = best.length < wanted ? best.push(key) - 1 : wanted - 1;
    if (at === slots.length) slots.push(slot);
    while (at > 0 && best[at - 1]! < key) {
      best[at] = best[at - 1]!;
      slots[at] = slots[at - 1]!;
      at--;
    }
    best[at] = key;
    slots[at] = slot;
  }
  return slots;
}
const keyScratch = new Scratch((length) => new Float64Array(length));
const leaderScratch = new Scratch((length) => new Uint32Array(length));

/**
 * Ordered by one number per match, highest first (e.g. relevance packed with recency, see
 * sort-results.ts), for keys that are all different. Only the groups a page shows are sorted:
 * the best key of each group is found in one pass, the k-th best of those by quickselect, and
 * only the keys above it are sorted. Everything stays in typed arrays until a page is read.
 */
export class TopOrder implements ResultOrder {
  readonly count: number;
  /** Best key of each group, and the position holding it, by group (in first-seen order). */
  private readonly groupKeys: Float64Array;
  private readonly groupLeaders: Uint32Array;
  private sorted: number[] = [];
  /** The other members of the sorted leaders' groups (built when first asked for). */
  private others?: Map<number, number[]>;

  /**
   * @param positions matching idea positions; `keys[i]` is the key of `positions[i]`.
   * @param groups re-proposal group of each idea position.
   */
  constructor(
    private readonly positions: ArrayLike<number>,
    private readonly keys: Float64Array,
    private readonly groups: Uint32Array,
  ) {
    // Slot of each group (plus one; 0: not seen yet).
    const slotOf = slotScratch.zeroed(groups.length);
    // Both in one buffer: a typed array's backing store is what costs (see scratch.ts).
    const buffer = new ArrayBuffer(positions.length * (Float64Array.BYTES_PER_ELEMENT + Uint32Array.BYTES_PER_ELEMENT));
    const groupKeys = new Float64Array(buffer, 0, positions.length);
    const groupLeaders = new Uint32Array(buffer, positions.length * Float64Array.BYTES_PER_ELEMENT, positions.length);
    let count = 0;
    for (let i = 0; i < positions.length; i++) {
      const position = positions[i]!;
      const group = groups[position]!;
      let slot = slotOf[group]!;
      if (slot === 0) slot = slotOf[group] = ++count;
      else if (keys[i]! <= groupKeys[slot - 1]!) continue;
      groupKeys[slot - 1] = keys[i]!;
      groupLeaders[slot - 1] = position;
    }
    this.count = count;
    this.groupKeys = groupKeys.subarray(0, count);
    this.groupLeaders = groupLeaders.subarray(0, count);
  }

  leaders(k: number): readonly number[] {
    const wanted = Math.min(k, this.count);
    if (this.sorted.length >= wanted) return this.sorted;
    const { groupKeys, groupLeaders, count } = this;
    let picked: number[];
    if (wanted * 4 >= count) {
      // Asked for most of them: sorting all is as quick as selecting.
      picked = Array.from({ length: count }, (_, slot) => slot);
      picked.sort((a, b) => groupKeys[b]! - groupKeys[a]!);
    } else if (wanted <= FEW) picked = bestFew(groupKeys, count, wanted);
    else {
      const threshold = kthLargest(keyScratch.copyOf(groupKeys), wanted);
      picked = [];
      for (let slot = 0; slot < count; slot++) if (groupKeys[slot]! >= threshold) picked.push(slot);
      picked.sort((a, b) => groupKeys[b]! - groupKeys[a]!);
    }
    this.others = undefined;
    return (this.sorted = picked.map((slot) => groupLeaders[slot]!));
  }

  othersOf(leader: number): readonly number[] | undefined {
    this.others ??= this.othersOfSorted();
    return this.others.get(leader);
  }

  /** The other members of the sorted leaders' groups, best first: one pass over the matches. */
  private othersOfSorted(): Map<number, number[]> {
    const { positions, keys, groups, sorted } = this;
    // Sorted leader of each group (plus one; 0: not among them).
    const leaderOf = leaderScratch.zeroed(groups.length);
    for (const leader of sorted) leaderOf[groups[leader]!] = leader + 1;
    const others = new Map<number, number[]>();
    const keyOf = new Map<number, number>();
    for (let i = 0; i < positions.length; i++) {
      const position = positions[i]!;
      const leader = leaderOf[groups[position]!]! - 1;
      if (leader === -1 || leader === position) continue;
      keyOf.set(position, keys[i]!);
      const list = others.get(leader);
      if (list) list.push(position);
      else others.set(leader, [position]);
    }
    for (const list of others.values()) list.sort((a, b) => keyOf.get(b)! - keyOf.get(a)!);
    return others;
  }
}
