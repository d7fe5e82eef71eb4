import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { groupReproposals, reproposalGroups } from '../../src/search/group-reproposals.ts';
import { createSearchEngine, runSearch } from '../../src/search/local-search.ts';
import { DEFAULT_STATE, type SearchState } from '../../src/search/url-state.ts';

const idea = (title: string, mentor: string, skills = 'Go') =>
  `#### ${title}\n\n- Description: ${title.toLowerCase()} work\n- Recommended Skills: ${skills}\n- Mentor(s): ${mentor} (@${mentor})\n`;

// Harbor CLI proposed in three terms, plus an unrelated Harbor idea in the newest term.
const { index } = buildIndex(
  [
    { path: 'lfx-mentorship/2024/02-Jun-Aug/README.md', content: `### Harbor\n\n${idea('Harbor CLI', 'a')}` },
    { path: 'lfx-mentorship/2025/01-Mar-May/README.md', content: `### Harbor\n\n${idea('Harbor CLI (Phase 2)', 'b')}` },
    {
      path: 'lfx-mentorship/2026/01-Mar-May/README.md',
      content: `### Harbor\n\n${idea('Harbor CLI', 'c')}\n${idea('Replication dashboard', 'd', 'TypeScript')}`,
    },
  ],
  { generatedAt: 'test' },
);
const engine = createSearchEngine(index);
const search = (state: Partial<SearchState>) => runSearch(engine, { ...DEFAULT_STATE, ...state });
const termsOf = (state: Partial<SearchState>) => search(state).results.slice().map((r) => [r.idea.title, r.idea.termKey, (r.folded ?? []).map((f) => f.termKey)]);

describe('re-proposed ideas in results', () => {
  it('are one result, the newest first, with the other matching terms folded into it', () => {
    expect(termsOf({})).toEqual([
      ['Harbor CLI', 'lfx-2026-1', ['lfx-2025-1', 'lfx-2024-2']],
      ['Replication dashboard', 'lfx-2026-1', []],
    ]);
    // The idea count still counts every idea, and so do the facet counts.
    const outcome = search({});
    expect(outcome.total).toBe(4);
    expect(outcome.counts.terms.all().find((c) => c.value === 'lfx-2024-2')?.count).toBe(1);
  });

  it('fold only the terms that match: a filtered term lists its own idea alone', () => {
    expect(termsOf({ terms: ['lfx-2024-2'] })).toEqual([['Harbor CLI', 'lfx-2024-2', []]]);
    expect(termsOf({ mentors: ['b', 'c'] })).toEqual([['Harbor CLI', 'lfx-2026-1', ['lfx-2025-1']]]);
  });

  it('lead with whichever matching term comes first in the chosen order', () => {
    expect(termsOf({ mentors: ['a', 'b'] })).toEqual([['Harbor CLI (Phase 2)', 'lfx-2025-1', ['lfx-2024-2']]]);
  });

  it('form one group even when only some members name each other', () => {
    const ideas = [
      { id: 'x1', alsoProposedIn: ['x3'] },
      { id: 'x2', alsoProposedIn: ['x3'] },
      { id: 'x3', alsoProposedIn: ['x1', 'x2'] },
      { id: 'y', alsoProposedIn: ['gone'] },
    ] as unknown as Parameters<typeof reproposalGroups>[0];
    const groups = reproposalGroups(ideas);
    expect(new Set([groups[0], groups[1], groups[2]]).size).toBe(1);
    expect(groups[3]).not.toBe(groups[0]);
    expect(groupReproposals([3, 2, 0, 1], groups)).toEqual({ leaders: [3, 2], folded: new Map([[2, [0, 1]]]) });
  });
});
