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

describe('re-proposed ideas found by the upstream issue they link', () => {
  const idea = (title: string, ...issues: string[]) =>
    `#### ${title}\n\n- Description: x\n- Recommended Skills: Go\n- Mentor(s): A (@a)\n${issues.map((url) => `- Upstream Issue (URL): ${url}`).join('\n')}`;
  const term = (path: string, ...ideas: string[]) => ({ path, content: `### Prometheus\n\n${ideas.join('\n\n')}` });
  const issue = (n: number) => `https://github.com/prometheus/prometheus/issues/${n}`;
  const { index } = buildIndex(
    [
      term(
        'lfx-mentorship/2020/q1/project_ideas.md',
        idea('Persist retroactive rule evaluations', issue(11)),
        idea('Remote write dashboards', issue(50)),
        idea('Remote write alerts', issue(50)),
        idea('Model relationships for AWS services', issue(71)),
        idea('Model relationships for Azure services', issue(72)),
        idea('Query sharding', issue(90)),
      ),
      term(
        'lfx-mentorship/2020/q2/project_ideas.md',
        idea('Persist Retroactive Rule Reevaluations', issue(11)),
        idea('Remote write dashboards and alerts', issue(50)),
        idea('Relationships of cloud services', issue(71), issue(72)),
        idea('Native histograms', issue(90)),
      ),
    ],
    { generatedAt: 'test' },
  );
  const find = (title: string) => index.ideas.find((i) => i.title === title)!;

  it('links a retitled idea that links the same issue in another term', () => {
    expect(find('Persist Retroactive Rule Reevaluations').alsoProposedIn).toEqual([find('Persist retroactive rule evaluations').id]);
    expect(find('Persist retroactive rule evaluations').alsoProposedIn).toEqual([find('Persist Retroactive Rule Reevaluations').id]);
  });

  it('not through an issue that several ideas of one term link, nor between unlike titles', () => {
    expect(find('Remote write dashboards and alerts').alsoProposedIn).toBeUndefined();
    expect(find('Native histograms').alsoProposedIn).toBeUndefined();
  });

  it('never makes two ideas of one term one idea', () => {
    const later = find('Relationships of cloud services');
    expect(later.alsoProposedIn?.length ?? 0).toBeLessThanOrEqual(1);
    expect(find('Model relationships for AWS services').alsoProposedIn?.includes(find('Model relationships for Azure services').id) ?? false).toBe(false);
  });
});

describe('re-proposed ideas found by their description', () => {
  const intro =
    'Meshery UI is powerful and utilizes frameworks like Next.js and Material-UI, however it relies on outdated technology stacks that slow it down and cost maintenance.';
  const pluginIntro =
    'PipeCD plugins deploy applications to a platform of their own, each written in Go against the plugin SDK, and this term adds one more of them.';
  const idea = (title: string, description: string) => `#### ${title}\n\n- Description: ${description}\n- Recommended Skills: React\n- Mentor(s): A (@a)`;
  const term = (path: string, ...ideas: string[]) => ({ path, content: `### Meshery\n\n${ideas.join('\n\n')}` });
  const { index } = buildIndex(
    [
      term(
        'lfx-mentorship/2024/01-Mar-May/README.md',
        idea('UI Migration from MUI v4 to MUI v5 and NextJS 13', intro),
        idea('Amazon ECS plugin for pipedv1', `${pluginIntro} This one adds Amazon ECS.`),
      ),
      term(
        'lfx-mentorship/2024/03-Sep-Nov/README.md',
        idea('UI Migration from MUI v4 to MUI v5 and Sistent', intro),
        idea('GCP Cloud Run plugin for pipedv1', `${pluginIntro} This one adds Cloud Run.`),
      ),
    ],
    { generatedAt: 'test' },
  );
  const find = (title: string) => index.ideas.find((i) => i.title === title)!;

  it('links a retitled idea whose description opens with the same words, in another term', () => {
    expect(find('UI Migration from MUI v4 to MUI v5 and Sistent').alsoProposedIn).toEqual([find('UI Migration from MUI v4 to MUI v5 and NextJS 13').id]);
  });

  it('not ideas that only share an introduction, their titles differing', () => {
    expect(find('GCP Cloud Run plugin for pipedv1').alsoProposedIn).toBeUndefined();
  });
});
