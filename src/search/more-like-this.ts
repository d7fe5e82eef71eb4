import type { Query, SearchOptions } from 'minisearch';
import type { IdeaCard } from '../model/idea-index.ts';
import { projectPageSlug } from '../model/page-slugs.ts';
import { foldText } from './fold-text.ts';
import { RECENCY_WEIGHT, sortRanks } from './sort-results.ts';
import { searchWords, type TextIndex } from './text-index.ts';

import { SIMILAR_LIMIT } from './query-text.ts';

export { SIMILAR_LIMIT };

/**
 * How much each kind of likeness counts. Skills say what an applicant would work with, so they
 * count most; the project next; title words only tip the balance between ideas that share those.
 */
export const SIMILAR_BOOST = { skills: 3, project: 2, title: 1 } as const;

/** Title words that say nothing about what an idea is about. */
const TITLE_STOPWORDS = new Set(
  'a an and as at by for from in into of on or the to with via using based new add adding support improve improving implement implementation project'.split(
    ' ',
  ),
);

/** What the comparison needs of every idea, by position: worked out once per list of ideas. */
interface Profiles {
  newestRank: Uint32Array;
  project: string[];
  /** Folded, as they are compared. */
  skills: string[][];
}

const profileCache = new WeakMap<readonly IdeaCard[], Profiles>();

function profiles(ideas: IdeaCard[]): Profiles {
  let cached = profileCache.get(ideas);
  if (!cached || cached.project.length !== ideas.length) {
    cached = {
      newestRank: sortRanks(ideas).newestRank,
      project: ideas.map(projectPageSlug),
      skills: ideas.map((idea) => idea.skills.map(foldText)),
    };
    profileCache.set(ideas, cached);
  }
  return cached;
}

/** The same title, whatever the case, accents and punctuation. */
const titleKey = (idea: IdeaCard) => `${projectPageSlug(idea)}\u0000${searchWords(idea.title).join(' ')}`;

/**
 * Ideas like `idea`, best first, as ids: those that ask for the same skills or belong to the same
 * project, found by one OR query over skills, project and title words. Leaves out the idea itself
 * and its re-proposals (the page lists those apart, as "also proposed in"), and lists each other
 * idea once, not once per term it was proposed in. On near-ties the more recent idea wins, by the
 * same weight as search results (RECENCY_WEIGHT).
 */
export function moreLikeThis(text: TextIndex, ideas: IdeaCard[], idea: IdeaCard, limit = SIMILAR_LIMIT): string[] {
  if (limit <= 0) return [];
  const skills = new Set(idea.skills.map(foldText));
  const project = projectPageSlug(idea);
  const titleWords = searchWords(idea.title).filter((word) => word.length > 2 && !TITLE_STOPWORDS.has(word));
  const part = (queries: string[], field: keyof typeof SIMILAR_BOOST): Query[] =>
    queries.length > 0 ? [{ queries, fields: [field], boost: { [field]: SIMILAR_BOOST[field] } }] : [];
  const query: Query = {
    combineWith: 'OR',
    queries: [...part(idea.skills, 'skills'), ...part([idea.project], 'project'), ...part(titleWords, 'title')],
  };
  // Exact terms only: a typo-tolerant or prefix match would make "Go" like "Google".
  const options: SearchOptions = { combineWith: 'OR', prefix: false, fuzzy: false };

  const { newestRank, project: projects, skills: skillSets } = profiles(ideas);
  const n = Math.max(1, ideas.length);
  const candidates: { idea: IdeaCard; score: number; rank: number }[] = [];
  for (const hit of text.miniSearch.search(query, options)) {
    const position = text.positionOf.get(hit.id as string);
    const other = position === undefined ? undefined : ideas[position];
    if (!other || other.id === idea.id) continue;
    if (projects[position!] !== project && !skillSets[position!]!.some((skill) => skills.has(skill))) continue;
    const rank = newestRank[position!]!;
    candidates.push({ idea: other, score: hit.score * (1 + RECENCY_WEIGHT * (1 - rank / n)), rank });
  }
  candidates.sort((a, b) => b.score - a.score || a.rank - b.rank);

  // Re-proposals of the idea, and then of each idea listed, are not listed again.
  const seenIds = new Set(idea.alsoProposedIn);
  const seenTitles = new Set([titleKey(idea)]);
  const similar: string[] = [];
  for (const { idea: other } of candidates) {
    if (seenIds.has(other.id)) continue;
    const key = titleKey(other);
    if (seenTitles.has(key)) continue;
    similar.push(other.id);
    if (similar.length === limit) break;
    seenTitles.add(key);
    for (const id of other.alsoProposedIn ?? []) seenIds.add(id);
  }
  return similar;
}
