import type { Idea } from '../../model/idea-index.ts';

/**
 * The same idea proposed again in later terms ("Harbor CLI" six times): same project, same title
 * once numbering ("Phase 2", "II", "(2026)") and punctuation are set aside.
 */
export function titleKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(?:phase|part|stage|round)\s*(?:\d+|[ivx]+)\b|\b(?:ii|iii|iv)\b/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Each idea proposed in several terms lists the others (`alsoProposedIn`, newest first). */
export function linkReproposals(ideas: Idea[]): Idea[] {
  const groups = new Map<string, Idea[]>();
  for (const idea of ideas) {
    const key = `${idea.project}\u0000${titleKey(idea.title)}`;
    groups.set(key, [...(groups.get(key) ?? []), idea]);
  }
  return ideas.map((idea) => {
    const group = groups.get(`${idea.project}\u0000${titleKey(idea.title)}`)!;
    const others = group.filter((other) => other.termKey !== idea.termKey).sort((a, b) => b.termOrder - a.termOrder);
    return others.length > 0 ? { ...idea, alsoProposedIn: others.map((o) => o.id) } : idea;
  });
}
