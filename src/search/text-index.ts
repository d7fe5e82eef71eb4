import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { Idea } from '../model/idea-index.ts';
import { foldText } from './fold-text.ts';
import { LIMITS } from './url-state.ts';

/** What is indexed, and how strongly each field counts. */
export const SEARCH_FIELDS = ['title', 'project', 'group', 'skills', 'mentors', 'text'] as const;

export const MINISEARCH_OPTIONS: Options<Idea> = {
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  extractField: (idea, field) => {
    switch (field) {
      case 'skills':
        return `${idea.skills.join(' ')} ${idea.skillsText}`;
      case 'mentors':
        return idea.mentors.map((m) => `${m.name ?? ''} ${m.github ?? ''}`).join(' ');
      case 'text':
        return idea.description.text;
      case 'id':
        return idea.id;
      default:
        return (idea as unknown as Record<string, string | undefined>)[field] ?? '';
    }
  },
  // Accents fold so `jurgen` finds Jürgen.
  processTerm: foldText,
};

export const MIN_PREFIX = 3;

export const QUERY_OPTIONS: SearchOptions = {
  boost: { title: 3, project: 2.5, skills: 2, group: 1.5, mentors: 1.5 },
  // Only the word being typed (the last) is a prefix, and only from 3 letters: a 1–2 letter prefix
  // matches nearly every document, which costs tens of ms at 10,000 ideas and helps nobody.
  prefix: (term, i, terms) => i === terms.length - 1 && term.length >= MIN_PREFIX,
  // Typo tolerance for longer terms only: short ones would match too much.
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  maxFuzzy: 2,
  combineWith: 'AND',
};

/** The full-text index, built in the search worker (or on the page without one). */
export interface TextIndex {
  miniSearch: MiniSearch<Idea>;
  /** Position of each idea in the index, by id: hits are reported as positions. */
  positionOf: ReadonlyMap<string, number>;
}

const positionsOf = (ideas: Idea[]) => new Map(ideas.map((idea, i) => [idea.id, i]));

/** Full-text matches for a query: idea positions and scores, best first, plus terms to highlight. */
export interface TextHits {
  positions: Uint32Array;
  scores: Float64Array;
  terms: string[];
}

/** Query text as MiniSearch should see it: bounded length, no control characters. */
export function cleanQuery(q: string): string {
  return q
    .slice(0, LIMITS.query)
    .replace(/\p{Cc}/gu, ' ')
    .trim();
}

export function createTextIndex(ideas: Idea[]): TextIndex {
  const miniSearch = new MiniSearch<Idea>(MINISEARCH_OPTIONS);
  miniSearch.addAll(ideas);
  return { miniSearch, positionOf: positionsOf(ideas) };
}

const HIGHLIGHT_HITS = 100;

export function textSearch(text: TextIndex, query: string): TextHits {
  const q = cleanQuery(query);
  const hits = q ? text.miniSearch.search(q, QUERY_OPTIONS) : [];
  const positions = new Uint32Array(hits.length);
  const scores = new Float64Array(hits.length);
  const terms = new Set<string>();
  hits.forEach((hit, i) => {
    positions[i] = text.positionOf.get(hit.id as string) ?? 0;
    scores[i] = hit.score;
    // The best hits are the ones on screen; their terms are enough for highlighting.
    if (i < HIGHLIGHT_HITS) for (const term of hit.terms) terms.add(term);
  });
  return { positions, scores, terms: [...terms, ...q.split(/\s+/).filter(Boolean)] };
}

/** Gives the browser a turn (input, paint) without setTimeout's 4 ms clamp. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Builds the text index on the calling thread in time slices of `sliceMs`, yielding between them.
 * The app uses a worker instead; this is the benchmark's comparison point.
 */
export async function createTextIndexSliced(ideas: Idea[], options: { sliceMs?: number; onSlice?: (ms: number) => void } = {}): Promise<TextIndex> {
  const { sliceMs = 20, onSlice } = options;
  const miniSearch = new MiniSearch<Idea>(MINISEARCH_OPTIONS);
  let next = 0;
  while (next < ideas.length) {
    const start = performance.now();
    do miniSearch.add(ideas[next++]!);
    while (next < ideas.length && performance.now() - start < sliceMs);
    onSlice?.(performance.now() - start);
    await yieldToMain();
  }
  return { miniSearch, positionOf: positionsOf(ideas) };
}
