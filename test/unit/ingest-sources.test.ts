import { applicationNeeds } from '../../src/search/facet-values.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { redirectsFor } from '../../src/ingest/link/redirects.ts';
import { readProjectsYaml } from '../../src/ingest/sources/projects-yaml.ts';
import { readSources } from '../../src/ingest/sources/read-sources.ts';
import { readTimeline } from '../../src/ingest/sources/term-timeline.ts';
import type { Diagnostic } from '../../src/model/idea-index.ts';
import { byTitle, FIXTURES, handles, messages } from './helpers.ts';

const EXPORT_FIXTURE = path.resolve(import.meta.dirname, '../fixtures/lfx-export');

describe('lfx-export.json: the structured source of its term', () => {
  const { index, files } = buildIndex(readSources([EXPORT_FIXTURE]), { generatedAt: 'test' });
  const jaeger = byTitle(index, 'OpenTelemetry-Native Query Layer');

  it('makes one idea per program, sourced at its README entry, not a second copy', () => {
    expect(index.ideas.filter((i) => i.title === 'OpenTelemetry-Native Query Layer')).toHaveLength(1);
    expect(jaeger.source).toEqual({ file: 'lfx-mentorship/2026/03-Sep-Nov/README.md', line: 16 });
    expect(index.ideas.map((i) => i.title).sort()).toEqual([
      'Only in the README',
      'Only in the export',
      'OpenTelemetry-Native Query Layer',
      'Proxy metrics in Rust',
    ]);
    expect(files.find((f) => f.file.endsWith('lfx-export.json'))).toEqual({ file: 'lfx-mentorship/2026/03-Sep-Nov/lfx-export.json', ideas: 3 });
  });

  it('takes the title, project, maturity, issue and URLs from their own keys', () => {
    expect(jaeger).toMatchObject({
      project: 'Jaeger',
      projectSlug: 'jaeger',
      projectMaturity: 'graduated',
      issues: ['https://github.com/jaegertracing/jaeger-ui/issues/4278'],
      lfxUrl: 'https://mentorship.lfx.linuxfoundation.org/project/36d66a45',
      proposalUrl: 'https://github.com/cncf/mentoring/issues/2029',
    });
  });

  it('splits the description and the expected outcome, without the word "Description"', () => {
    expect(jaeger.description.text).toBe('Jaeger UI loads traces the legacy way. Write to [e-mail removed].');
    expect(jaeger.outcome?.text).toBe('Native OTLP trace loading\nLegacy path deleted\nBonus outcomes\nBackend follow-through.');
    // Sections marked by bold lines: "Deliverables" are the outcome; a stretch goal stays visible in it,
    // as the list item it is ("- Stretch goal: dashboards"), not a heading of its own.
    const linkerd = byTitle(index, 'Proxy metrics in Rust');
    expect(linkerd.description.text).toBe('Background\nThe proxy exports few metrics.');
    expect(linkerd.outcome?.text).toBe('Deliverables for the term:\nNew metrics\nStretch goal: dashboards');
    expect(linkerd.outcome?.html.match(/<li>/g)).toHaveLength(2);
  });

  it('keeps skills and technologies as separate lists, the skills text as written, once', () => {
    expect(jaeger.skillsText).toBe('TypeScript, React, refactoring a large codebase without regressing it, basic Go');
    expect(jaeger.technologies).toEqual(['TypeScript', 'React', 'OpenTelemetry / OTLP', 'Protobuf']);
    expect(jaeger.skills).toEqual(expect.arrayContaining(['TypeScript', 'React', 'Go', 'OpenTelemetry', 'Protocol Buffers']));
    expect(jaeger.skills).not.toContain('basic Go');
  });

  it('reads skills the description lists under a label of their own as skills, not description (OpenKruise, 2026 Term 3)', () => {
    const opa = byTitle(index, 'Only in the export');
    expect(opa.description.text).toBe('Listed in the export alone.');
    // "Rego" is the skills field already; the line of no known skill is kept as written.
    expect(opa.skillsText).toBe('Rego, Kubernetes (CRDs, RBAC), Patience with flaky tests');
    expect(opa.skills).toEqual(expect.arrayContaining(['Rego', 'Kubernetes', 'CRDs', 'RBAC']));
  });

  it('gives mentors their role, handles without "@", and no e-mail', () => {
    expect(jaeger.mentors).toEqual([
      { name: 'Parship Chowdhury', github: 'parshipcy', role: 'primary' },
      { name: 'Yuri Shkuro', github: 'yurishkuro', role: 'co-mentor' },
    ]);
    expect(JSON.stringify(index)).not.toMatch(/@example\.com/);
  });

  it('gives a mentor whose name is the handle again the handle alone, as the markdown does (ken6078, 2026 Term 3)', () => {
    expect(byTitle(index, 'Proxy metrics in Rust').mentors).toEqual([
      { name: 'Oliver Gould', github: 'olix0r', role: 'primary' },
      { github: 'Ken6078', role: 'co-mentor' },
    ]);
  });

  it('reads what an application needs', () => {
    expect(jaeger.prerequisites).toEqual({
      resume: true,
      coverLetter: true,
      codingChallenge: true,
      codingChallengeUrl: 'https://github.com/jaegertracing/jaeger-ui/issues/1',
      schoolEnrollment: false,
      participationPermission: false,
      custom: [{ name: 'Project Proposal', description: 'Submit a proposal in your cover letter.' }],
      // Every program of 2026 Term 3 asks for the LFC102 course's certificate (standard_courses).
      courses: [
        {
          name: 'Inclusive Community',
          description: 'Please upload the completion certificate for the Inclusive Open Source Community Orientation (LFC102) course.',
        },
      ],
    });
    expect(applicationNeeds(jaeger)).toContain('course-certificate');
    expect(byTitle(index, 'Proxy metrics in Rust').prerequisites?.custom).toEqual([]);
    expect(byTitle(index, 'Proxy metrics in Rust').prerequisites?.courses).toBeUndefined();
  });

  it('lists a program missing from the README from the export, says which entries do not match, and skips a broken one with its line', () => {
    expect(byTitle(index, 'Only in the export').source).toEqual({ file: 'lfx-mentorship/2026/03-Sep-Nov/lfx-export.json', line: 68 });
    expect(handles(byTitle(index, 'Only in the README'))).toEqual(['lukpueh']);
    const report = messages(index);
    expect(report).toContain(
      'lfx-mentorship/2026/03-Sep-Nov/lfx-export.json:68: "Only in the export" has no entry in the term README; listed from the export alone',
    );
    expect(report).toContain(
      'lfx-mentorship/2026/03-Sep-Nov/README.md:41: "Only in the README" is not in lfx-mentorship/2026/03-Sep-Nov/lfx-export.json; kept as the README gives it',
    );
    expect(report).toContain('lfx-mentorship/2026/03-Sep-Nov/lfx-export.json:82: program 4 has no program_name_short or cncf_project; skipped');
  });

  it('refuses a file that is not JSON with one clear warning, losing no README idea', () => {
    const sources = readSources([EXPORT_FIXTURE]).map((s) => (s.path.endsWith('lfx-export.json') ? { ...s, content: '{ "programs": [' } : s));
    const broken = buildIndex(sources, { generatedAt: 'test' }).index;
    expect(broken.ideas.map((i) => i.title).sort()).toEqual(['Only in the README', 'OpenTelemetry-Native Query Layer', 'Proxy metrics in Rust']);
    expect(messages(broken).find((m) => m.includes('lfx-export.json:1:'))).toMatch(/not valid JSON/);
  });
});

describe('projects.yml: canonical CNCF project names', () => {
  const { index } = buildIndex(readSources([EXPORT_FIXTURE]), { generatedAt: 'test' });

  it('names every idea’s project as the landscape does, by case or alias, with slug and maturity', () => {
    expect(byTitle(index, 'Proxy metrics in Rust')).toMatchObject({ project: 'Linkerd', projectSlug: 'linkerd', projectMaturity: 'graduated' });
    expect(byTitle(index, 'Only in the README')).toMatchObject({ project: 'The Update Framework (TUF)', projectSlug: 'tuf' });
    expect(index.projects.map((p) => p.name).sort()).toEqual(['Jaeger', 'Linkerd', 'Open Policy Agent (OPA)', 'The Update Framework (TUF)']);
    expect(index.projects.find((p) => p.slug === 'jaeger')).toEqual({
      name: 'Jaeger',
      slug: 'jaeger',
      maturity: 'graduated',
      homepage: 'https://www.jaegertracing.io/',
      repo: 'https://github.com/jaegertracing/jaeger',
    });
  });

  it('keeps sub-projects as their group, and unknown projects as written with one warning each, at the project heading', () => {
    const markdown = [
      '### Headlamp (a Kubernetes UI)\n\n#### Plugin A\n\n- Description: a\n- Recommended Skills: React\n- Mentor(s): A (@a)',
      '### Kubebuilder\n\n#### Plugin B\n\n- Description: b\n- Recommended Skills: Go\n- Mentor(s): B (@b)',
      '### Not In The Landscape\n\n#### Plugin C\n\n- Description: c\n- Recommended Skills: Go\n- Mentor(s): C (@c)\n\n#### Plugin D\n\n- Description: d\n- Recommended Skills: Go\n- Mentor(s): D (@d)',
    ].join('\n\n');
    const yaml = readSources([EXPORT_FIXTURE]).find((s) => s.path.endsWith('projects.yml'))!;
    const built = buildIndex([yaml, { path: 'lfx-mentorship/2025/01-Mar-May/README.md', content: markdown }], { generatedAt: 'test' }).index;
    expect(built.ideas.map((i) => [i.title, i.project, i.group ?? null, i.projectSlug ?? null])).toEqual([
      ['Plugin A', 'Headlamp', null, 'headlamp'],
      ['Plugin B', 'Kubernetes', 'Kubebuilder', 'kubernetes'],
      ['Plugin C', 'Not In The Landscape', null, null],
      ['Plugin D', 'Not In The Landscape', null, null],
    ]);
    expect(messages(built).filter((m) => m.includes('Not In The Landscape'))).toEqual([
      'lfx-mentorship/2025/01-Mar-May/README.md:17: project "Not In The Landscape" is not in projects.yml (an archived project, or never a CNCF one) (nor an alias in src/ingest/vocab/project-aliases.json); kept as written',
    ]);
  });

  it('writes a project outside the landscape one way, whatever its case or alias (project-aliases.json "outsideLandscape")', () => {
    const block = (project: string, title: string) => `### ${project}\n\n#### ${title}\n\n- Description: x\n- Recommended Skills: Go\n- Mentor(s): A (@a)`;
    const markdown = [
      block('Service Mesh Interface', 'One'),
      block('Service Mesh Interface (SMI)', 'Two'),
      block('service mesh interface', 'Three'),
      block('CNCF Tag Contributor Strategy - ii', 'Four'),
      block('Keptn', 'Five'),
      block('keptn', 'Six'),
    ].join('\n\n');
    const yaml = readSources([EXPORT_FIXTURE]).find((s) => s.path.endsWith('projects.yml'))!;
    const built = buildIndex([yaml, { path: 'summerofcode/2020.md', content: markdown }], { generatedAt: 'test' }).index;
    expect(built.ideas.map((i) => i.project)).toEqual([
      'Service Mesh Interface',
      'Service Mesh Interface',
      'Service Mesh Interface',
      'CNCF TAG Contributor Strategy',
      'Keptn',
      'Keptn',
    ]);
    expect(built.facets.projects.map((p) => [p.value, p.count])).toEqual([
      ['Service Mesh Interface', 3],
      ['Keptn', 2],
      ['CNCF TAG Contributor Strategy', 1],
    ]);
  });

  it('says a project listed outside the landscape in project-aliases.json is listed there, not that it is no alias', () => {
    const yaml = readSources([EXPORT_FIXTURE]).find((s) => s.path.endsWith('projects.yml'))!;
    const markdown = readFileSync(path.join(FIXTURES, 'outside-landscape.md'), 'utf8');
    const built = buildIndex([yaml, { path: 'lfx-mentorship/2020/q2/project_ideas.md', content: markdown }], { generatedAt: 'test' }).index;
    expect(built.ideas.map((i) => i.project)).toEqual(['Service Mesh Interface', 'Not In The Landscape']);
    expect(messages(built).filter((m) => /Service Mesh Interface|Not In The Landscape/.test(m))).toEqual([
      'lfx-mentorship/2020/q2/project_ideas.md:1: project "Service Mesh Interface (SMI)" is not in projects.yml (an archived project, or never a CNCF one); src/ingest/vocab/project-aliases.json lists it as outside the CNCF landscape ("outsideLandscape"), named "Service Mesh Interface"',
      'lfx-mentorship/2020/q2/project_ideas.md:9: project "Not In The Landscape" is not in projects.yml (an archived project, or never a CNCF one) (nor an alias in src/ingest/vocab/project-aliases.json); kept as written',
    ]);
  });

  it('says what a heading naming several projects names, instead of calling it unknown, and resolves the one whose idea is one project’s', () => {
    const yaml = readSources([EXPORT_FIXTURE]).find((s) => s.path.endsWith('projects.yml'))!;
    const markdown = readFileSync(path.join(FIXTURES, 'several-projects.md'), 'utf8');
    const built = buildIndex([yaml, { path: 'summerofcode/2019.md', content: markdown }], { generatedAt: 'test' }).index;
    expect(built.ideas.map((i) => [i.title, i.project, i.projectSlug ?? null])).toEqual([
      ['Distributed Tracing support for Linkerd', 'Linkerd', 'linkerd'],
      ['Benchmarks for Linkerd and Envoy', 'Linkerd and Envoy', null],
      ['Proxy comparison', 'Linkerd / Envoy', null],
      ['Kubernetes ontology and subgraph module design', 'CNCF TAG Network', null],
    ]);
    expect(messages(built).filter((m) => /project "/.test(m))).toEqual([
      'summerofcode/2019.md:9: project "Linkerd and Envoy" names several projects (Linkerd in projects.yml); kept as written',
      'summerofcode/2019.md:17: project "Linkerd / Envoy" names several projects (Linkerd in projects.yml); kept as written',
      'summerofcode/2019.md:25: project "CNCF TAG Network and Observability" is not in projects.yml (an archived project, or never a CNCF one); src/ingest/vocab/project-aliases.json lists it as outside the CNCF landscape ("outsideLandscape"), named "CNCF TAG Network"',
    ]);
  });

  it('gives a landscape project written as a group under Kubernetes its own project (project-aliases.json "ownProjects": Headlamp)', () => {
    const yaml = readSources([EXPORT_FIXTURE]).find((s) => s.path.endsWith('projects.yml'))!;
    const markdown = readFileSync(path.join(FIXTURES, 'headlamp-under-kubernetes.md'), 'utf8');
    const built = buildIndex([yaml, { path: 'lfx-mentorship/2026/02-Jun-Aug/README.md', content: markdown }], { generatedAt: 'test' }).index;
    expect(built.ideas.map((i) => [i.title, i.project, i.group ?? null, i.projectSlug ?? null])).toEqual([
      ['Add Kueue to Headlamp: Kubernetes Batch Queueing UI', 'Headlamp', null, 'headlamp'],
      ['Automate building OS images', 'Kubernetes', 'Kubespray', 'kubernetes'],
      ['Adding Dynamic Resource Allocation (DRA) to Headlamp', 'Headlamp', null, 'headlamp'],
      ['Trace view plugin for Headlamp', 'Jaeger', 'Headlamp', 'jaeger'],
    ]);
    expect(built.ideas[0]!.id).toBe('lfx-2026-2--headlamp--add-kueue-to-headlamp-kubernetes-batch-queueing-ui');
    expect(built.facets.projects.find((p) => p.value === 'Headlamp')?.count).toBe(2);
    expect(messages(built).filter((m) => m.startsWith('lfx-mentorship/2026/'))).toEqual([]);
  });

  it('reports entries it cannot use and refuses what is not YAML', () => {
    const yaml = readSources([EXPORT_FIXTURE]).find((s) => s.path.endsWith('projects.yml'))!.content;
    const read = readProjectsYaml(yaml);
    expect(read.projects.map((p) => p.slug)).toEqual(['jaeger', 'linkerd', 'tuf', 'opa', 'headlamp', 'kubernetes']);
    expect(read.problems).toEqual(['entry 7 (Broken entry) lacks a name, slug or known maturity; skipped']);
    expect(readProjectsYaml('- name: [unclosed').problems[0]).toMatch(/^not valid YAML/);
    expect(readProjectsYaml('name: one').problems).toEqual(['expected a list of projects']);
  });
});

describe('term timelines', () => {
  it('reads a 2026-style table with UTC times and en dashes', () => {
    const md = [
      '### Timeline',
      '',
      '| Activity | Dates (2026) |',
      '|---|---|',
      '| Project Proposals Open | Wed, Jul 1 – Tue, Jul 28, 18:00 UTC |',
      '| Mentee Applications Open | Mon, Aug 3, 00:00 UTC – Tue, Aug 18, 23:59 UTC |',
      '| Application Review Period (2 weeks) | Wed, Aug 19 – Tue, Sep 1, 18:00 UTC |',
      '| Mentorship Program Begins | Mon, Sep 7 |',
      '| Last day of term | Fri, Nov 27 |',
      '',
      '### Project Instructions',
      '| Mentee Applications Open | Jan 1 – Jan 2 |',
    ].join('\n');
    expect(readTimeline(md, 2026)).toEqual({
      line: 1,
      timeline: {
        proposalsOpen: '2026-07-01T00:00:00.000Z',
        proposalsClose: '2026-07-28T18:00:00.000Z',
        applicationsOpen: '2026-08-03T00:00:00.000Z',
        applicationsClose: '2026-08-18T23:59:00.000Z',
        start: '2026-09-07T00:00:00.000Z',
        end: '2026-11-27T23:59:00.000Z',
      },
    });
  });

  it('converts US Pacific times to UTC and reads "due" as a deadline', () => {
    const md = [
      '### Timeline',
      '| activity | date |',
      '| --- | --- |',
      '| project proposals due | Tue, May 9, 5:00 PM PDT |',
      '| mentee applications open | Wed May 10 - Tue May 23, 5:00 PM PDT |',
      '| Mentorship program begins with the initial work assignments |  Thur June 1 (Week 1) |',
      '| Last day of term | Thur Aug 31 |',
    ].join('\n');
    expect(readTimeline(md, 2023)?.timeline).toEqual({
      proposalsClose: '2023-05-10T00:00:00.000Z',
      applicationsOpen: '2023-05-10T00:00:00.000Z',
      applicationsClose: '2023-05-24T00:00:00.000Z',
      start: '2023-06-01T00:00:00.000Z',
      end: '2023-08-31T23:59:00.000Z',
    });
  });

  it('trusts the UTC time written beside a local one, reads "11AM", and a lone proposal date with a time as the deadline', () => {
    const md = [
      '### Timeline',
      '| **Activity** | **Dates (2025)** |',
      '|---|---|',
      '| **Project Proposals Open** | Wed, April 16 – Tue, May 13, 2025 11AM PDT (18:00 UTC) |',
      '| **Mentee Applications Open** | Thurs, May 15, 2025 11AM PDT (18:00 UTC) – Tue, May 27 2025 11AM PDT (18:00 UTC) |',
      '| **Mentorship Program Begins** | Mon, June 9, 2025 |',
    ].join('\n');
    expect(readTimeline(md, 2025)?.timeline).toEqual({
      proposalsOpen: '2025-04-16T00:00:00.000Z',
      proposalsClose: '2025-05-13T18:00:00.000Z',
      applicationsOpen: '2025-05-15T18:00:00.000Z',
      applicationsClose: '2025-05-27T18:00:00.000Z',
      start: '2025-06-09T00:00:00.000Z',
    });
    expect(readTimeline('### Timeline\n| **Mentee Applications Open** | Wednesday, February 5 - Tuesday February 18, 2025 11AM PST |', 2025)?.timeline).toEqual(
      {
        applicationsOpen: '2025-02-05T00:00:00.000Z',
        applicationsClose: '2025-02-18T19:00:00.000Z',
      },
    );
    expect(readTimeline('### Timeline\n| project proposals | Thur July 27, 5:00 PM PDT |', 2023)?.timeline).toEqual({
      proposalsClose: '2023-07-28T00:00:00.000Z',
    });
  });

  it('reads "November 31st" as the last day of November', () => {
    expect(readTimeline('### Timeline\n\nFall Term: September 1st - November 31st', 2021)?.timeline).toEqual({
      start: '2021-09-01T00:00:00.000Z',
      end: '2021-11-30T23:59:00.000Z',
    });
  });

  it('reads the list forms of 2020 and 2021, dates on either side', () => {
    const y2021 = readTimeline(
      ['### Timeline', '', '**Summer Term: June 1st - August 31st**', '', '- applications open: May 3rd - May 17th (3 weeks)'].join('\n'),
      2021,
    );
    expect(y2021?.timeline).toEqual({
      start: '2021-06-01T00:00:00.000Z',
      end: '2021-08-31T23:59:00.000Z',
      applicationsOpen: '2021-05-03T00:00:00.000Z',
      applicationsClose: '2021-05-17T23:59:00.000Z',
    });
    const y2020 = readTimeline(
      [
        '### Timeline',
        '-\tSeptember 1 - September 9 (1 week): project applications opened',
        '-\tSeptember 21 - September 28 (1 week): mentees applications opened',
        '-\tOctober 5 - mentees are selected by the mentors, coding starts;',
      ].join('\n'),
      2020,
    );
    expect(y2020?.timeline).toEqual({
      proposalsOpen: '2020-09-01T00:00:00.000Z',
      proposalsClose: '2020-09-09T23:59:00.000Z',
      applicationsOpen: '2020-09-21T00:00:00.000Z',
      applicationsClose: '2020-09-28T23:59:00.000Z',
      start: '2020-10-05T00:00:00.000Z',
    });
  });

  it('reads the key dates of a GSoC year file, and nothing after the list', () => {
    const md = [
      '## Project Ideas',
      '',
      'Key GSoC 2026 dates:',
      '* Organizations application period: Monday, Jan 19, to Tuesday, Feb 3, 2026',
      '* CNCF Project proposals submissions recommendation: Wednesday Jan 14, 2026',
      '',
      '- Description: applications open: March 3 - March 9',
    ].join('\n');
    expect(readTimeline(md, 2026)).toEqual({ line: 3, timeline: { proposalsClose: '2026-01-14T23:59:00.000Z' } });
  });

  it('gives nothing for a file without a timeline', () => {
    expect(readTimeline('# Ideas\n\n- Description: applications open: May 3 - May 17', 2024)).toBeUndefined();
  });
});

describe('ids', () => {
  const idea = (title: string, mentor: string) => `#### ${title}\n\n- Description: d\n- Recommended Skills: Go\n- Mentor(s): ${mentor}`;
  const file = (content: string) => ({ path: 'lfx-mentorship/2025/01-Mar-May/README.md', content: `### Thanos\n\n${content}` });

  it('are readable and depend only on term, project and title', () => {
    const a = buildIndex([file([idea('Stateless Ruler', 'A (@a)'), idea('Other', 'B (@b)')].join('\n\n'))], { generatedAt: 'a' }).index;
    const b = buildIndex([file([idea('Brand new idea first', 'C (@c)'), idea('Stateless Ruler', 'Z (@z)')].join('\n\n'))], { generatedAt: 'b' }).index;
    expect(byTitle(a, 'Stateless Ruler').id).toBe('lfx-2025-1--thanos--stateless-ruler');
    expect(byTitle(b, 'Stateless Ruler').id).toBe('lfx-2025-1--thanos--stateless-ruler');
  });

  it('stay distinct for two ideas with the same term, project and title, with the duplicate reported', () => {
    const { index } = buildIndex(
      [file([idea('Stateless Ruler', 'A (@a)'), idea('Stateless Ruler', 'B (@b)'), idea('Stateless Ruler', 'C (@c)')].join('\n\n'))],
      {
        generatedAt: 'test',
      },
    );
    expect(index.ideas.map((i) => [i.id, handles(i)[0]])).toEqual([
      ['lfx-2025-1--thanos--stateless-ruler', 'a'],
      ['lfx-2025-1--thanos--stateless-ruler-2', 'b'],
      ['lfx-2025-1--thanos--stateless-ruler-3', 'c'],
    ]);
    expect(index.diagnostics.filter((d) => d.code === 'duplicate-id').map((d) => `${d.line}: ${d.message}`)).toEqual([
      '9: duplicate id "lfx-2025-1--thanos--stateless-ruler" (same term, project and title); this one is "lfx-2025-1--thanos--stateless-ruler-2"',
      '15: duplicate id "lfx-2025-1--thanos--stateless-ruler" (same term, project and title); this one is "lfx-2025-1--thanos--stateless-ruler-3"',
    ]);
  });

  it('that were published keep resolving: by term and title, else by source line; a lost one is reported', () => {
    const { index } = buildIndex([file([idea('Stateless Ruler', 'A (@a)'), idea('Renamed idea', 'B (@b)')].join('\n\n'))], { generatedAt: 'test' });
    const diagnostics: Diagnostic[] = [];
    const redirects = redirectsFor(
      [
        { id: 'lfx-2025-1--proposals--stateless-ruler', termKey: 'lfx-2025-1', title: 'Stateless Ruler', file: 'x.md', line: 1 },
        { id: 'lfx-2025-1--thanos--old-title', termKey: 'lfx-2025-1', title: 'Old title', file: 'lfx-mentorship/2025/01-Mar-May/README.md', line: 9 },
        { id: 'lfx-2025-1--thanos--stateless-ruler', termKey: 'lfx-2025-1', title: 'Stateless Ruler', file: 'x.md', line: 1 },
        { id: 'lfx-2025-1--gone--gone', termKey: 'lfx-2025-1', title: 'Gone', file: 'y.md', line: 7 },
      ],
      index.ideas,
      diagnostics,
    );
    expect(redirects).toEqual({
      'lfx-2025-1--proposals--stateless-ruler': 'lfx-2025-1--thanos--stateless-ruler',
      'lfx-2025-1--thanos--old-title': 'lfx-2025-1--thanos--renamed-idea',
    });
    expect(diagnostics.map((d) => `${d.code} ${d.file}:${d.line}`)).toEqual(['lost-id y.md:7']);
  });
});
