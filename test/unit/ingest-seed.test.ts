import { DATA_PROGRAMS, SEED_FILE } from './helpers.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { readSources } from '../../src/ingest/sources/read-sources.ts';

const SEED = DATA_PROGRAMS;
const { index, files } = buildIndex(readSources([SEED_FILE]), { generatedAt: 'test' });
const row = (title: string) => {
  const idea = index.ideas.find((i) => i.title === title);
  if (!idea) throw new Error(`missing idea ${title}`);
  return [idea.project, idea.group, idea.mentors.map((m) => m.github).join(' '), idea.issues.join(' '), idea.skills.join(', ')];
};

describe('default dataset: LFX Mentorship 2021 Term 1', () => {
  it('holds exactly 40 ideas from one file, without warnings', () => {
    expect(files).toEqual([{ file: 'lfx-mentorship/2021/01-Spring/project_ideas.md', ideas: 40 }]);
    expect(index.ideas).toHaveLength(40);
    expect(index.diagnostics).toEqual([]);
    expect(index.ideas.filter((i) => i.program !== 'LFX Mentorship' || i.year !== 2021 || i.term !== '2021 Term 1 (Spring)')).toEqual([]);
  });

  it('does not take the sample or the template for ideas', () => {
    expect(index.ideas.map((i) => i.title)).not.toContain('Refactor the APIs for better readability and less maintenance overhead');
    expect(index.ideas.map((i) => i.project)).not.toContain('Prometheus (sample)');
    expect(index.ideas.map((i) => i.title)).not.toContain('Title');
  });

  it('has the projects, groups, mentor handles, issues and skills of the file', () => {
    const projects = [...new Set(index.ideas.map((i) => i.project))];
    expect(projects).toEqual([
      'Kubernetes',
      'Keptn',
      'Kyverno',
      'OpenTelemetry',
      'TiKV',
      'Tremor',
      'Chaos Mesh',
      'KubeEdge',
      'Thanos',
      'OpenEBS',
      'Volcano',
      'Crossplane',
      'Project Rekor',
      'LitmusChaos',
      'SPIFFE/SPIRE',
      'Cloud Native Buildpacks',
      'Envoy',
      'Open Service Mesh',
      'Service Mesh Interface',
    ]);
    expect(row('Jobs-to-Be-Done study')).toEqual([
      'Kubernetes',
      'SIG Usability',
      'morengab tashimi',
      'https://github.com/kubernetes-sigs/sig-usability/issues/9',
      'User Research, UX',
    ]);
    expect(row('CIS Benchmarks Policy Report')).toEqual([
      'Kubernetes',
      'WG Policy',
      'JimBugwadia',
      'https://github.com/kubernetes-sigs/wg-policy-prototypes/issues/29',
      'Go, CLI, JSON',
    ]);
    expect(row('Support for WebAssembly filters')).toEqual([
      'Open Service Mesh',
      undefined,
      'leecalcote kumarabd',
      'https://github.com/openservicemesh/osm/issues/1671',
      'Go, Rust',
    ]);
    expect(row('Adaptive Load Control and Distributed Load Testing of Envoy Data Planes')).toEqual([
      'Envoy',
      undefined,
      'lcalcote oschaaf',
      'https://github.com/envoyproxy/envoy-perf/issues/72',
      'Go, C++, Rust',
    ]);
    expect(row('Multi-Tenant Instrumentation for Thanos operations')).toEqual([
      'Thanos',
      undefined,
      'yashrsharma44 kakkoyun',
      'https://github.com/thanos-io/thanos/issues/3572',
      'Go, Prometheus, Observability',
    ]);
    expect(row('Support multi-instance high availability cloudcore for large-scale cluster')).toEqual([
      'KubeEdge',
      undefined,
      'kevin-wangzefeng',
      'https://github.com/kubeedge/kubeedge/issues/2543',
      'Go, KubeEdge',
    ]);
    expect(row('Support for Syslog Protocol')).toEqual([
      'Tremor',
      undefined,
      'mfelsche anupdhml',
      'https://github.com/tremor-rs/tremor-runtime/issues/12',
      'Rust, Syslog',
    ]);
    expect(row('Import cloud resources into Crossplane')).toEqual([
      'Crossplane',
      undefined,
      'negz hasheddan jbw976',
      'https://github.com/crossplane/crossplane/issues/1243',
      'Go',
    ]);
    expect(row('Design more tests for specific scenarios of edge computing')[2]).toBe('fisherxu');
  });

  it('gives every idea mentors, skills, a description and an upstream issue', () => {
    for (const idea of index.ideas) {
      expect(idea.mentors.length, idea.title).toBeGreaterThan(0);
      expect(idea.skills.length, idea.title).toBeGreaterThan(0);
      expect(idea.description.text.length, idea.title).toBeGreaterThan(10);
      expect(idea.issues.length, idea.title).toBeGreaterThan(0);
    }
  });

  it('reads the SPIRE description written after many spaces (an indented code block to CommonMark) as the field it is', () => {
    const { description } = index.ideas.find((i) => i.title === 'Design and implement a health/status subsystem in SPIRE')!;
    expect(description.text).toMatch(/^SPIRE, the SPIFFE Runtime Environment, is an extensible system/);
    expect(description.html).toMatch(/^<p><a href="https:\/\/spiffe\.io"/);
  });

  it('counts one mentor per GitHub handle across the index', () => {
    // The file writes @lcalcote once and @leecalcote twice: the handle, not the name, is the person.
    const lee = index.facets.mentors.filter((m) => m.name === 'Lee Calcote');
    expect(lee).toEqual([
      { value: 'leecalcote', count: 2, name: 'Lee Calcote', github: 'leecalcote' },
      { value: 'lcalcote', count: 1, name: 'Lee Calcote', github: 'lcalcote' },
    ]);
    expect(index.facets.mentors.find((m) => m.value === 'kakkoyun')?.count).toBe(3);
  });

  it('records the source line of every idea', () => {
    const source = readFileSync(path.join(SEED, 'lfx-mentorship/2021/01-Spring/project_ideas.md'), 'utf8').split('\n');
    for (const idea of index.ideas) expect(source[idea.source.line - 1]).toMatch(new RegExp(`^#{3,6} ${idea.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  it('gives readable ids that depend only on program, term, project and title', () => {
    expect(index.ideas.find((i) => i.title === 'Stateless Ruler')?.id).toBe('lfx-2021-1--thanos--stateless-ruler');
    const reversed = buildIndex(
      readSources([SEED_FILE]).map((f) => ({
        ...f,
        content: f.content.replace('### Proposed Project ideas', '### Proposed Project ideas\n\nIntro text that moves every line.\n'),
      })),
    );
    expect(reversed.index.ideas.map((i) => i.id)).toEqual(index.ideas.map((i) => i.id));
    expect(new Set(index.ideas.map((i) => i.id)).size).toBe(40);
  });
});
