import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { titleKey } from '../../src/ingest/link/reproposals.ts';

const block = (title: string) => `#### ${title}\n\n- Description: x\n- Recommended Skills: Go\n- Mentor(s): A (@a)`;
const file = (path: string, ...titles: string[]) => ({ path, content: `### Harbor\n\n${titles.map(block).join('\n\n')}` });

describe('re-proposed ideas', () => {
  it('are the same project and title in other terms, numbering aside', () => {
    expect(titleKey('Harbor CLI')).toBe(titleKey('Harbor CLI (Phase 2)'));
    expect(titleKey('KubeEdge-Ianvs: Phase IV')).toBe(titleKey('KubeEdge Ianvs Phase II'));
    expect(titleKey('Harbor CLI')).not.toBe(titleKey('Harbor Satellite'));
  });

  it('list each other, newest first, never themselves or ideas of the same term', () => {
    const { index } = buildIndex(
      [
        file('lfx-mentorship/2024/01-Mar-May/README.md', 'Harbor CLI', 'Harbor Satellite'),
        file('lfx-mentorship/2025/01-Mar-May/README.md', 'Harbor CLI (Phase 2)'),
        file('lfx-mentorship/2026/01-Mar-May/README.md', 'Harbor CLI'),
      ],
      { generatedAt: 'test' },
    );
    const byTerm = (term: string, title: string) => index.ideas.find((i) => i.termKey === term && i.title === title)!;
    const [cli24, cli25, cli26] = [byTerm('lfx-2024-1', 'Harbor CLI'), byTerm('lfx-2025-1', 'Harbor CLI (Phase 2)'), byTerm('lfx-2026-1', 'Harbor CLI')];
    expect(cli24.alsoProposedIn).toEqual([cli26.id, cli25.id]);
    expect(cli26.alsoProposedIn).toEqual([cli25.id, cli24.id]);
    expect(byTerm('lfx-2024-1', 'Harbor Satellite').alsoProposedIn).toBeUndefined();
  });
});
