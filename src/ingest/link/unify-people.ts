import type { Idea, Mentor } from '../../model/idea-index.ts';

/**
 * One person, one mentor across the index: occurrences sharing a GitHub handle (any case) or a
 * name are joined, and each takes the most common name and handle of its group.
 */
export function unifyMentors<T extends Pick<Idea, 'mentors'>>(ideas: T[]): T[] {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(key, root);
    return root;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  const keysOf = (m: Mentor) => [m.github && `gh:${m.github.toLowerCase()}`, m.name && `name:${m.name.toLowerCase()}`].filter((k): k is string => !!k);

  for (const idea of ideas) {
    for (const mentor of idea.mentors) {
      const keys = keysOf(mentor);
      keys.forEach((k) => parent.has(k) || parent.set(k, k));
      if (keys.length === 2) union(keys[0]!, keys[1]!);
    }
  }

  const names = new Map<string, Map<string, number>>();
  const handles = new Map<string, Map<string, number>>();
  const tally = (table: Map<string, Map<string, number>>, root: string, value: string | undefined) => {
    if (!value) return;
    const counts = table.get(root) ?? new Map<string, number>();
    counts.set(value, (counts.get(value) ?? 0) + 1);
    table.set(root, counts);
  };
  for (const idea of ideas) {
    for (const mentor of idea.mentors) {
      const root = find(keysOf(mentor)[0]!);
      tally(names, root, mentor.name);
      tally(handles, root, mentor.github);
    }
  }
  const mostCommon = (counts: Map<string, number> | undefined) => (counts ? [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] : undefined); // stable sort: ties go to the first seen

  return ideas.map((idea) => {
    const seen = new Set<string>();
    const mentors: Mentor[] = [];
    for (const mentor of idea.mentors) {
      const root = find(keysOf(mentor)[0]!);
      if (seen.has(root)) continue;
      seen.add(root);
      const name = mostCommon(names.get(root));
      const github = mostCommon(handles.get(root));
      mentors.push({ ...(name ? { name } : {}), ...(github ? { github } : {}) });
    }
    return { ...idea, mentors };
  });
}
