import type { Idea } from '../../model/idea-index.ts';
import { issueKey, titleWords } from './match-keys.ts';

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

/** A GitHub issue's address as issueKey compares it; null for other links. */
const githubIssueKey = (url: string) => {
  const key = issueKey(url);
  return /^github\.com\/[^/]+\/[^/]+\/issues\/\d+$/.test(key) ? key : null;
};

/** Words a description opens with, compared to find it again in another term (short ones say too little to tell). */
const OPENING_WORDS = 20;

/** A description's first OPENING_WORDS words, folded; undefined when it has fewer. */
function descriptionOpening(idea: Idea): string | undefined {
  const words = idea.description.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length >= OPENING_WORDS ? words.slice(0, OPENING_WORDS).join(' ') : undefined;
}

/** How many meaningful words (the project's name aside) two titles share, and how many the shorter has. */
function titleOverlap(a: Idea, b: Idea): { shared: number; shorter: number } {
  const [x, y] = [titleWords(a), new Set(titleWords(b))];
  return { shared: x.filter((word) => y.has(word)).length, shorter: Math.min(x.length, y.size) };
}

/**
 * Whether two titles share two meaningful words (the project's name aside), or one that is half
 * of the shorter title: CoreDNS's "Automatic Certificate Management in TLS plugin" (GSoC 2022) and
 * "Add ACME protocol support for certificate management with DNS" (2021) do; Meshery's
 * "Relationships and Solutions Architecture of Cloud Native Deployments" and "Model relationships
 * for AWS services", which link the same issue, do not.
 */
function similarTitles(a: Idea, b: Idea): boolean {
  const { shared, shorter } = titleOverlap(a, b);
  return shared >= 2 || (shared > 0 && shared * 2 >= shorter);
}

/** Whether the other title has two thirds of the shorter one's meaningful words: nearly the same title. */
function nearlySameTitles(a: Idea, b: Idea): boolean {
  const { shared, shorter } = titleOverlap(a, b);
  return shorter > 0 && shared * 3 >= shorter * 2;
}

/**
 * Each idea proposed in several terms lists the others (`alsoProposedIn`, newest first). Re-proposed
 * are ideas of one project with the same title (see titleKey), or that link the same GitHub issue
 * or open their descriptions with the same words (Meshery's MUI migration, 2024 Term 1 and Term 3),
 * under a similar title (Prometheus, issue #11: "Persist retroactive rule evaluations" in 2020 Q1,
 * "… Reevaluations" in GSoC 2019 and 2020). An issue or an opening links ideas only when in each
 * term one idea of the project has it (several track more than one idea, or share a project's
 * introduction), and never two ideas of one term into one group: Meshery's 2026 idea that links
 * three 2025 ideas' issues does not make them one.
 */
export function linkReproposals(ideas: Idea[]): Idea[] {
  const parent = ideas.map((_, i) => i);
  const terms = ideas.map((idea) => new Set([idea.termKey]));
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (i: number, j: number, sameTermAllowed: boolean) => {
    const [a, b] = [root(i), root(j)].sort((x, y) => x - y) as [number, number];
    if (a === b || (!sameTermAllowed && [...terms[b]!].some((term) => terms[a]!.has(term)))) return;
    parent[b] = a;
    for (const term of terms[b]!) terms[a]!.add(term);
  };
  const add = <K>(table: Map<K, number[]>, key: K, i: number) => table.set(key, [...(table.get(key) ?? []), i]);
  const byTitle = new Map<string, number[]>();
  const byIssue = new Map<string, number[]>();
  const byOpening = new Map<string, number[]>();
  ideas.forEach((idea, i) => {
    add(byTitle, `${idea.project}\u0000${titleKey(idea.title)}`, i);
    for (const issue of new Set(idea.issues.map(githubIssueKey))) if (issue) add(byIssue, `${idea.project}\u0000${issue}`, i);
    const opening = descriptionOpening(idea);
    if (opening) add(byOpening, `${idea.project}\u0000${opening}`, i);
  });
  // The same title in one term twice is one idea listed twice: kept together, as before.
  for (const [first, ...rest] of byTitle.values()) for (const i of rest) join(first!, i, true);
  const linkAcrossTerms = (tables: Map<string, number[]>, alike: (a: Idea, b: Idea) => boolean) => {
    for (const members of tables.values()) {
      const termsOf = members.map((i) => ideas[i]!.termKey);
      if (new Set(termsOf).size < termsOf.length) continue;
      for (const [k, i] of members.entries()) for (const j of members.slice(k + 1)) if (alike(ideas[i]!, ideas[j]!)) join(i, j, false);
    }
  };
  linkAcrossTerms(byIssue, similarTitles);
  // A project's introduction can open the descriptions of its different ideas (PipeCD's "Amazon
  // ECS plugin" and "GCP Cloud Run plugin"): the titles must then say nearly the same.
  linkAcrossTerms(byOpening, nearlySameTitles);
  const groups = new Map<number, number[]>();
  ideas.forEach((_, i) => add(groups, root(i), i));
  return ideas.map((idea, i) => {
    const others = groups
      .get(root(i))!
      .map((j) => ideas[j]!)
      .filter((other) => other.termKey !== idea.termKey)
      .sort((a, b) => b.termOrder - a.termOrder);
    return others.length > 0 ? { ...idea, alsoProposedIn: others.map((o) => o.id) } : idea;
  });
}
