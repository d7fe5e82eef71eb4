import type { IdeaCard } from '../model/idea-index.ts';

/**
 * The same idea proposed in several terms ("Harbor CLI" six times) is one result, not six: the
 * others that match fold into the first one in the chosen order, which says where else it was
 * proposed. Facet counts and the idea count still count every idea.
 */

/** For each idea position, the position that stands for its re-proposal group (the same for all members). */
export function reproposalGroups(ideas: readonly IdeaCard[]): Uint32Array {
  const positionOf = new Map(ideas.map((idea, i) => [idea.id, i]));
  const parent = Uint32Array.from(ideas.keys());
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  ideas.forEach((idea, i) => {
    for (const id of idea.alsoProposedIn ?? []) {
      const j = positionOf.get(id);
      if (j === undefined) continue;
      const [a, b] = [root(i), root(j)];
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  });
  return Uint32Array.from(ideas.keys(), root);
}

export interface GroupedPositions {
  /** The first of each group, in the given order. */
  leaders: number[];
  /** Leader position → the other matching positions of its group, in the given order. */
  folded: Map<number, number[]>;
}

/** Keeps the first matching idea of each re-proposal group and folds the others into it. */
export function groupReproposals(ordered: readonly number[], groups: Uint32Array): GroupedPositions {
  // Leader of each group, plus one (0: none yet); a typed array, as this runs on every keystroke.
  const leaderOf = new Uint32Array(groups.length);
  const leaders: number[] = [];
  const folded = new Map<number, number[]>();
  for (const position of ordered) {
    const group = groups[position]!;
    const leader = leaderOf[group]! - 1;
    if (leader === -1) {
      leaderOf[group] = position + 1;
      leaders.push(position);
    } else {
      const list = folded.get(leader);
      if (list) list.push(position);
      else folded.set(leader, [position]);
    }
  }
  return { leaders, folded };
}
