import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { redirectsFor } from '../../src/ingest/link/redirects.ts';
import { readSources } from '../../src/ingest/sources/read-sources.ts';
import { byTitle, FIXTURES, handles, indexFixture, messages } from './helpers.ts';

/**
 * One fixture per class of defect found when the whole cncf/mentoring corpus was read against its
 * markdown (issue 8, section 3). Each fixture copies the shape of the real entries.
 */

describe('labels without a colon, misspelled and full-width labels (labels-without-colon.md)', () => {
  const index = indexFixture('labels-without-colon.md');

  it('reads "- Mentors" / "- Recommended Skills" / "- Upstream issues" followed by a nested list', () => {
    const idea = byTitle(index, 'Data Model 2.0');
    expect(idea.mentors).toEqual([
      { name: 'Alex Meijer', github: 'ameijer' },
      { name: 'Matt Bolt', github: 'mbolt35' },
    ]);
    expect(idea.skills).toEqual(['Go', 'Prometheus']);
    expect(idea.issues).toEqual(['https://github.com/opencost/opencost/issues/101']);
    // The names never spill into the skills facet, nor the labels into the description.
    expect(idea.skills.join()).not.toMatch(/Mentors|Meijer/);
    expect(idea.description.text).toBe('Rework the cost data model.');
  });

  it('reads "Metor(s)" and "GitHub Issue"', () => {
    const idea = byTitle(index, 'Misspelled labels');
    expect(handles(idea)).toEqual(['ada']);
    expect(idea.issues).toEqual(['https://github.com/example/repo/issues/7']);
  });

  it('skips an empty "Mentor Name:" line, and reads "Mentor Name:" used as a label', () => {
    expect(handles(byTitle(index, 'Mentor Name inside the mentor list'))).toEqual(['hzxuzhonghu', 'nlgwcy']);
    expect(handles(byTitle(index, 'Mentor Name as a label'))).toEqual(['aabidsofi19', 'leecalcote']);
  });

  it('reads labels with a full-width colon', () => {
    const idea = byTitle(index, 'Full-width colon');
    expect(idea.description.text).toBe('Written with a full-width colon.');
    expect(idea.skills).toEqual(['Go']);
    expect(handles(idea)).toEqual(['kevin-wangzefeng']);
    expect(idea.issues).toEqual(['https://github.com/kubeedge/kubeedge/issues/1437']);
  });

  it('reads a field written flush left after a nested list, which markdown folds into the list', () => {
    const idea = byTitle(index, 'Skills written flush left after a nested list');
    expect(idea.skills).toEqual(['Distributed Systems', 'Linux', 'Kubernetes', 'Docker']);
    expect(idea.description.text).toBe(
      'Five more tutorials are planned:\nIntro: Downsampling and unlimited metric retention\nAdvanced: Query low tail latency with low cost',
    );
    expect(handles(idea)).toEqual(['bwplotka']);
  });

  it('reads "- Description" alone on its line with the text folded under it, and never shows raw HTML as text', () => {
    const idea = byTitle(index, 'A label alone with its text folded under it');
    expect(idea.description.text).toBe('This project focuses on developing the UI components.\nUsers should manage policies.');
    expect(idea.skills).toEqual(['React']);
  });

  it('reads a mentor line folded into the last bullet of the expected outcome', () => {
    const idea = byTitle(index, 'Mentors folded into the last outcome bullet');
    expect(handles(idea)).toEqual(['leecalcote', 'ritzorama']);
    expect(idea.outcome?.text).toBe('A fully functional adapter.\nMerged pull requests.');
  });

  it('reads fields nested under a plain bullet, "Recommended:" and "Primary Mentor:" / "Secondary Mentor:"', () => {
    const fluent = byTitle(index, 'Fields nested under a plain bullet');
    expect([handles(fluent), fluent.skills, fluent.issues]).toEqual([
      ['edsiper'],
      ['JavaScript', 'Vue.js', 'CSS'],
      ['https://github.com/fluent/fluent-bit/issues/2147'],
    ]);
    const labelled = byTitle(index, 'Primary and secondary mentors as labels');
    expect([handles(labelled), labelled.skills]).toEqual([
      ['puertomontt', 'timflannagan'],
      ['Go', 'Kubernetes'],
    ]);
    // The labels say who leads (lfx-mentorship/2026/01-Mar-May/README.md:473).
    expect(labelled.mentors.map((m) => m.role)).toEqual(['primary', 'co-mentor']);
    expect(byTitle(index, 'Primary and secondary mentors labelled under Mentor(s)').mentors).toEqual([
      { name: 'Nina Polshakova', github: 'npolshakova', role: 'primary' },
      { name: 'Art Berger', github: 'artberger', role: 'co-mentor' },
    ]);
  });

  it('reads deliverables listed beside their label, "expectedOutcome:" and "The expected outcomes:" as the outcome', () => {
    expect(byTitle(index, 'Deliverables listed beside their label').outcome?.text).toBe(
      'Design Foundations Guide: colours and type.\nFigma Starter Library: components.',
    );
    expect(byTitle(index, 'Deliverables listed beside their label').extra).toBeUndefined();
    expect(byTitle(index, 'Outcome written as a YAML key').outcome?.text).toBe('i18n Implementation: English translations.');
    expect(byTitle(index, 'Outcome introduced by a sentence label').outcome?.text).toBe('A new installation mechanism.');
  });

  it('reports no false warning: every idea here has mentors, skills and a description', () => {
    expect(messages(index).filter((m) => /no mentors|no recommended skills|no description|unknown label/.test(m))).toEqual([]);
  });
});

describe('an outcome and the labelled items after it (labelled-outcome-items.md)', () => {
  const index = indexFixture('labelled-outcome-items.md');

  it('ends the outcome at a labelled item of its level once the outcome held its own list', () => {
    const jaeger = byTitle(index, 'AI-Powered Trace Analysis');
    expect(jaeger.outcome?.text).toBe('Skills Engine Implementation: A backend framework in Go.\nDocumentation: A guide for users.');
    expect(jaeger.extra).toEqual({
      'Learning Opportunities': 'Agentic AI Architecture: Learn to design stateful AI agents.\nFull-Stack Development: A Go backend with a React frontend.',
    });
  });

  it('keeps labelled items at the level of an outcome label written alone as its items', () => {
    const design = byTitle(index, 'Design Tokens');
    expect(design.outcome?.text).toBe('Design Foundations Guide: typography and colour.\nFigma Starter Library: design tokens.');
    expect(design.extra).toBeUndefined();
  });
});

describe('stretch goals, kept apart from the outcome they go beyond (stretch-goals.md)', () => {
  const index = indexFixture('stretch-goals.md');

  it('keeps "Stretch goals:", "Extended Goal:", "Bonus Task:" and a stretch goal closing the deliverables as a field under their own label', () => {
    const clickhouse = byTitle(index, 'Implement ClickHouse support');
    expect(clickhouse.outcome?.text).toBe('Design table schema, document trade-offs\nImplement ClickHouse support as core storage backend');
    expect(clickhouse.extra).toEqual({
      'Stretch goals': 'Use Kafka Connector for ClickHouse for bulk inserts\nSupport Monitoring tab in Jaeger directly from ClickHouse',
    });
    const zeroTrust = byTitle(index, 'Providing Zero-Trust policies for popular workloads');
    expect([zeroTrust.outcome?.text, zeroTrust.extra]).toEqual([
      'Create a registry of policies for popular workloads.',
      { 'Extended Goal': 'Generate these policies automatically for every new version.' },
    ]);
    const design = byTitle(index, 'Design System Foundations for KubeStellar');
    expect(design.outcome?.text).toBe('Design Foundations Guide: typography and colour.\nFigma Starter Library: design tokens.');
    expect(design.extra).toEqual({ 'Stretch Goal': 'If time allows, analyse the information architecture of the documentation site.' });
    expect(byTitle(index, 'Autoscaling CoreDNS Nodes').extra).toEqual({ 'Bonus Task': 'Use a machine learning algorithm for transforming metrics.' });
  });

  it('takes the stretch goals closing an outcome list out of it, and leaves one an outcome item follows in the list', () => {
    const charts = byTitle(index, 'Upgrade charts and graphs in Jaeger UI');
    expect(charts.outcome?.text).toBe('Jaeger UI is not using deprecated dependencies');
    expect(charts.extra).toEqual({ Bonus: 'side panel for details for a given node\noverlaying metrics on the graph' });
    const oci = byTitle(index, 'Adopt OCI as the packaging and distribution format for Meshery MeshModels');
    expect(oci.outcome?.text.split('\n')).toEqual([
      'Meshery clients should be able to import/export MeshModels as OCI images.',
      'Stretch Goal: OCI image signing.',
      'Target registries: Meshery Catalog, Artifact Hub.',
    ]);
    expect(oci.extra).toBeUndefined();
  });

  it('reports no stretch goal as an unknown label, and every idea keeps its skills and mentors', () => {
    expect(messages(index)).toEqual([]);
  });
});

describe('a field that markdown reads as an indented code block (field-written-as-code.md)', () => {
  const index = indexFixture('field-written-as-code.md');

  it('reads "-       Description: …" as the description, its markdown parsed, not as code starting with the label', () => {
    const { description } = byTitle(index, 'Design and implement a health/status subsystem in SPIRE');
    expect(description.markdown).toMatch(/^\[SPIRE\]\(https:\/\/spiffe\.io\), the SPIFFE Runtime Environment/);
    expect(description.text).toMatch(/^SPIRE, the SPIFFE Runtime Environment/);
    expect(description.html).toMatch(/^<p><a href="https:\/\/spiffe\.io"[^>]*>SPIRE<\/a>, the SPIFFE/);
    expect(description.html).not.toContain('<pre>');
  });

  it('reads every line of such a field, and any field label written so', () => {
    const idea = byTitle(index, 'A description continued in the code block');
    expect(idea.description.html).toBe('<p>The first line of the description,\nits second line with <code>inline code</code>.</p>');
    expect(idea.skills).toEqual(['Go', 'Rust']);
    expect(index.diagnostics).toEqual([]);
  });

  it('keeps a real code block as code: one not starting with a known label, or fenced', () => {
    const { html } = byTitle(index, 'Real code blocks stay code').description;
    expect(html).toContain('<pre><code>  spire-server healthcheck --verbose\n</code></pre>');
    expect(html).toContain('<pre><code>  Usage: spire-server healthcheck [flags]\n</code></pre>');
    expect(html).toContain("<pre><code>Description: the template's own words, fenced\n</code></pre>");
  });
});

describe('mentor identity (mentor-identity.md)', () => {
  const index = indexFixture('mentor-identity.md');

  it('takes the handle from the link, not from its text', () => {
    expect(byTitle(index, 'Link text is not the handle').mentors).toEqual([
      { name: 'Darach Ennis', github: 'darach' },
      { name: 'Matthias Wahl', github: 'mfelsche' },
    ]);
  });

  it('reads "Hung-Ying, Tai" as one person', () => {
    expect(byTitle(index, 'A name written with a comma').mentors).toEqual([
      { name: 'Hung-Ying Tai', github: 'hydai' },
      { name: 'Yi-Ying He', github: 'q82419' },
    ]);
  });

  it('never takes template notes, roles, "and" or issue lines for mentors', () => {
    expect(byTitle(index, 'Not people').mentors).toEqual([
      { name: 'Jane Doe', github: 'janedoe', role: 'primary' },
      { name: 'John Roe', github: 'johnroe' },
    ]);
    const names = index.facets.mentors.map((m) => m.name ?? m.github ?? '');
    expect(names.filter((n) => /GSoC|^and$|^primary$|Issue|https?:/i.test(n))).toEqual([]);
  });

  it('never publishes a mentee', () => {
    const idea = byTitle(index, 'Mentees are never published');
    expect(idea.extra).toBeUndefined();
    expect(JSON.stringify(index)).not.toMatch(/Some Mentee|communitybridge\.org\/mentee/);
  });

  it('takes no placeholder ("TBD (@tbd)") for a person', () => {
    expect(byTitle(index, 'Placeholders are nobody').mentors).toEqual([{ name: 'Craig Brookes', github: 'maleck13' }]);
  });

  it('is one person whether the handle is written "(xmulligan, )" or "(@xmulligan)"', () => {
    for (const title of ['Handle in brackets with an empty second part', 'The same person with the at sign'])
      expect(byTitle(index, title).mentors).toEqual([{ name: 'Bill Mulligan', github: 'xmulligan' }]);
    expect(index.facets.mentors.filter((m) => m.name === 'Bill Mulligan').map((m) => [m.value, m.count])).toEqual([['xmulligan', 2]]);
  });

  it('keeps two people who share a name but not a handle apart, and does not guess for a mention without one', () => {
    expect(handles(byTitle(index, 'One Yash Sharma'))).toEqual(['yashrsharma44']);
    expect(handles(byTitle(index, 'Another Yash Sharma'))).toEqual(['Yashsharma1911']);
    const yashes = index.facets.mentors.filter((m) => m.name === 'Yash Sharma').map((m) => m.value);
    expect(yashes.sort()).toEqual(['name:yash sharma', 'yashrsharma44', 'yashsharma1911']);
    // A name carried by exactly one handle joins it.
    expect(byTitle(index, 'A mention without a handle').mentors).toEqual([{ name: 'Yash Sharma' }, { name: 'Darach Ennis', github: 'darach' }]);
  });
});

describe('e-mail addresses (email-addresses.md)', () => {
  const index = indexFixture('email-addresses.md');
  const idea = index.ideas[0]!;

  it('appear nowhere in the index: plain, spelled out, bracketed or as mailto links', () => {
    const json = JSON.stringify(index);
    expect(json).not.toMatch(/@example\.(org|com)|redhat DOT com|AT gmail|\[at\]|mailto:/i);
    expect(idea.description.text).toBe('Write to [e-mail removed] or [e-mail removed], or the list, or [e-mail removed]; the docs at kubernetes.io stay.');
    expect(idea.outcome?.text).toBe('Results mailed to [e-mail removed].');
    expect(idea.size).toBe('175 hours (ask [e-mail removed])');
  });

  it('leave the mentors who wrote them intact, and are reported', () => {
    expect(handles(idea)).toEqual(['pierDipi', 'aliok', 'ReToCode']);
    expect(messages(index).some((m) => /email-addresses\.md:3: .*e-mail addresses in "Addresses everywhere" replaced/.test(m))).toBe(true);
  });
});

describe('markup in plain-text fields (markup-in-plain-fields.md)', () => {
  const index = indexFixture('markup-in-plain-fields.md');
  const idea = index.ideas[0]!;

  it('is stripped from titles, projects, mentor names and skills, script content included', () => {
    expect(idea.title).toBe('Markup in plain-text fields');
    expect(idea.project).toBe('Harbor');
    expect(idea.mentors).toEqual([{ name: 'Jane Doe', github: 'janedoe' }]);
    expect(idea.skills).toEqual(['Go', 'Rust']);
    expect(idea.skillsText).toBe('Go, Rust');
    expect(JSON.stringify(idea)).not.toMatch(/<iframe|<script|<img|javascript:|onerror/i);
    // A stray heading mark before a value (summerofcode/2025.md:178) is no part of it.
    expect(idea.size).toBe('Large (~350 hours)');
  });

  it('is reported at its line', () => {
    const report = messages(index).join('\n');
    expect(report).toMatch(/markup-in-plain-fields\.md:3: markup removed from plain-text fields of "Markup in plain-text fields": mentor, title, project/);
    expect(report).toMatch(/markup-in-plain-fields\.md:6: markup removed from the skills/);
    expect(report).not.toMatch(/<script/);
  });
});

describe('several ideas under one heading (several-ideas-per-heading.md)', () => {
  const index = indexFixture('several-ideas-per-heading.md', 'summerofcode/2017.md');

  it('makes one idea per description, titled after the heading and its first sentence, each with its own fields', () => {
    expect(index.ideas.map((i) => [i.title, handles(i), i.issues])).toEqual([
      // A heading over bare prose ideas names a component: the first idea is titled like the others.
      ['gRPC C Core: Port gRPC to one of the major BSD platforms and create packages for them', ['ctiller', 'vjpai'], []],
      ["gRPC C Core: Fix gRPC C-core's URI parser", ['ctiller'], []],
      ['Extending kubearmor-cli-tool filtering options', ['daemon1024', 'nyrahul'], ['https://github.com/kubearmor/kubearmor-client/issues/40']],
      [
        'Extending kubearmor-cli-tool filtering options: Mutating webhooks could apply annotations without terminating the pods',
        ['nam-jaehyun', 'nyrahul'],
        ['https://github.com/kubearmor/KubeArmor/issues/360'],
      ],
    ]);
    expect(new Set(index.ideas.map((i) => i.id)).size).toBe(4);
  });

  it('says which ideas had no heading of their own, at their line', () => {
    expect(messages(index).filter((m) => /no heading of its own/.test(m))).toEqual([
      'summerofcode/2017.md:10: a further idea under "gRPC C Core" has no heading of its own; titled "gRPC C Core: Fix gRPC C-core\'s URI parser"',
      'summerofcode/2017.md:23: a further idea under "Extending kubearmor-cli-tool filtering options" has no heading of its own; titled "Extending kubearmor-cli-tool filtering options: Mutating webhooks could apply annotations without terminating the pods"',
    ]);
  });
});

describe('template sections and real titles with template words (template-words-in-titles.md)', () => {
  const index = indexFixture('template-words-in-titles.md', 'summerofcode/2024.md');

  it('skips the template by its structure and keeps real ideas titled "Sample…", "…Guidelines…", "…instructions…"', () => {
    expect(index.ideas.map((i) => [i.project, i.title])).toEqual([
      ['Kyverno', 'Sample Policies For New Policy Types'],
      ['OpenTelemetry', 'Developing Guidelines for OTel Survey Analysis and Communication'],
      ['OpenTelemetry', 'Installation instructions for every platform'],
    ]);
  });

  it('takes the project from the heading under "Proposals", never "Proposals" or "Template" itself', () => {
    expect(index.ideas.map((i) => i.project)).not.toContain('Proposals');
    expect(index.ideas).toHaveLength(3);
    expect(index.ideas.filter((i) => i.group !== undefined)).toEqual([]);
    expect(JSON.stringify(index.ideas)).not.toMatch(/jane@email|Jane Doe/);
  });
});

describe('expected outcomes written as lists (outcome-lists.md, lfx-export-outcome-lists)', () => {
  const lists = (html: string) => html.match(/<[uo]l>/g)?.length ?? 0;
  const items = (html: string) => html.match(/<li>/g)?.length ?? 0;

  it('keeps a list after a bare "Expected Outcome:" line and its sentence as one list, "Label: text" items included', () => {
    const { outcome } = byTitle(indexFixture('outcome-lists.md'), 'Outcome label on its own line, a sentence, then the list');
    expect(outcome?.markdown).toBe(
      [
        'A Headlamp plugin that provides:',
        '',
        '- Show Karpenter NodePools and NodeClasses with their status.',
        '- Real-time display of scaling decisions.',
        '- A dashboard for pending pods with unmet scheduling requirements.',
        '- UI view: select a NodePool and see the nodes it provisioned',
        '- Documentation and possibly a demo video or blog post.',
      ].join('\n'),
    );
    expect([lists(outcome!.html), items(outcome!.html)]).toEqual([1, 5]);
  });

  it('keeps items written beside the outcome label as one list', () => {
    const index = indexFixture('outcome-lists.md');
    const { outcome, extra } = byTitle(index, 'Outcome items written beside the outcome label');
    expect(outcome?.markdown).toMatch(/^By the end of this project, we aim to have a Helm chart that is:\n\n- Fully functional/);
    expect([lists(outcome!.html), items(outcome!.html)]).toEqual([1, 4]);
    expect(outcome?.text.split('\n').at(-1)).toBe('Ready for submission: to the official Jaeger Helm chart repository');
    expect(extra).toBeUndefined();
    expect(messages(index).filter((m) => /unknown label|no mentors|no recommended skills|no description/.test(m))).toEqual([]);
  });

  it('keeps the list under an "## Expected outcomes" heading of lfx-export.json as one list, not paragraphs and bold headings', () => {
    const content = readFileSync(path.resolve(import.meta.dirname, '../fixtures/lfx-export-outcome-lists/lfx-export.json'), 'utf8');
    const { index } = buildIndex([{ path: 'lfx-mentorship/2026/03-Sep-Nov/lfx-export.json', content }], { generatedAt: 'test' });
    const { outcome, description } = byTitle(index, 'MCP Tool Validation');
    expect(outcome?.markdown).toBe(
      [
        '- MCP spec validation on artifact create/update (required fields, valid JSON Schema for parameters)',
        '- Input/output compatibility checking between tools',
        '- "Compatible Tools" API endpoint: given a tool, return all tools with compatible input schemas',
        '- UI view: select a tool and see which others can consume its output',
        '- Unit and integration tests for validation and compatibility rules',
      ].join('\n'),
    );
    expect([lists(outcome!.html), items(outcome!.html)]).toEqual([1, 5]);
    expect(outcome?.html).not.toContain('<strong>');
    expect(outcome?.text.split('\n')).toHaveLength(5);
    expect(description.text).toBe('Apicurio Registry stores MCP tool definitions and exposes them via well-known endpoints.');
  });
});

describe('accepted programs', () => {
  it('an accepted entry with the same upstream issue as a proposal is that proposal, with the accepted mentors', () => {
    const { index } = buildIndex(readSources([`${FIXTURES}/accepted-by-issue`]));
    expect(index.ideas).toHaveLength(1);
    const idea = index.ideas[0]!;
    expect(idea.title).toBe('Using mutating webhooks for applying pod/container kubearmor annotations');
    expect(idea.status).toBe('accepted');
    expect(handles(idea)).toEqual(['nam-jaehyun', 'nyrahul', 'daemon1024']);
    expect(idea.issues).toEqual(['https://github.com/kubearmor/KubeArmor/issues/360']);
    expect(idea.lfxUrl).toBe('https://mentorship.lfx.linuxfoundation.org/project/81f0d863');
    expect(idea.acceptedSource).toEqual({ file: 'lfx-mentorship/2022/01-Spring/README.md', line: 3 });
    // Accepted under another title: the description its own title names stays, and the accepted
    // title and text are shown beside it (lfx-mentorship/2020/q2/selected_projects.md:113, Envoy).
    expect(idea.description.text).toBe('Mutating webhooks could apply annotations without terminating the pods.');
    expect(idea.extra?.['Accepted as']).toBe('Mutating webhooks for KubeArmor annotations: Accepted under a shorter title.');
  });

  it('an accepted row of another title and no issue is the one proposal of its project that it restates (2020 Q1: HNC), or the proposals it sums up; a row that is more than its proposals stays', () => {
    const { index } = buildIndex(readSources([`${FIXTURES}/accepted-restated`]));
    const rows = index.ideas.map((i) => [i.project, i.title, i.status, i.acceptedSource?.line ?? null]);
    expect(rows).toEqual([
      ['Kubernetes', 'Kubernetes working group for multi-tenancy: HNC + Tenant Operator', 'accepted', 8],
      ['Kubernetes', 'Kubernetes working group for CSI driver', 'accepted', 9],
      // One mentee took on both Fluent Bit ideas: the row marks each accepted and adds no idea.
      ['Fluentd', 'Extend internal metrics support on Fluent Bit', 'accepted', 7],
      ['Fluentd', 'Improve Fluent Bit usability / user-experience', 'accepted', 7],
      ['Argo', 'Kruise Deployment Wizard', 'proposed', null],
      ['Thanos', 'Improved Read Write Coordination for Object Storage', 'accepted', 11],
      ['Thanos', 'End to End Benchmarking Tests on Demand through CI', 'accepted', 11],
      ['Prometheus', 'React UI improvements', 'proposed', null],
      ['Prometheus', 'Filtering label values API', 'proposed', null],
      ['Argo', 'Enhancing Developer Experience with Open Application Model Deployment using Argo CD', 'accepted', null],
      // A third of it is no proposal: the row is an idea of its own.
      ['Prometheus', 'React UI improvements, filtering label values API and a faster TSDB compactor', 'accepted', null],
    ]);
    // The accepted table names who mentored it.
    expect(byTitle(index, 'Kubernetes working group for multi-tenancy: HNC + Tenant Operator').mentors.map((m) => m.name)).toEqual(['Tasha Drew', 'Fei Guo']);
    // Of a summing row's mentors, one who proposed a part mentored that part; one who proposed
    // none mentored every part.
    const mentorsOf = (title: string) => byTitle(index, title).mentors.map((m) => m.github ?? m.name);
    expect(mentorsOf('Improved Read Write Coordination for Object Storage')).toEqual(['bwplotka']);
    expect(mentorsOf('End to End Benchmarking Tests on Demand through CI')).toEqual(['GiedriusS']);
    expect(mentorsOf('Improve Fluent Bit usability / user-experience')).toEqual(['edsiper', 'Masoud Koleini']);
    // Each part says what it was accepted as.
    expect(byTitle(index, 'Improve Fluent Bit usability / user-experience').extra?.['Accepted as']).toBe(
      'Extending internal metrics support on Fluent Bit and improving Fluent Bit usability / user-experience',
    );
    // A link to the idea the summing row used to be leads to the first proposal it summed up.
    const summedRow = {
      id: 'lfx-2020-1--fluentd--extending-internal-metrics',
      termKey: 'lfx-2020-1',
      title: 'Extending internal metrics support on Fluent Bit and improving Fluent Bit usability / user-experience',
      file: 'lfx-mentorship/2020/q1/README.md',
      line: 7,
    };
    expect(redirectsFor([summedRow], index.ideas, [])).toEqual({ [summedRow.id]: byTitle(index, 'Extend internal metrics support on Fluent Bit').id });
  });

  it('says which proposal an accepted copy without a heading of its own is, not the title made from its prose (2022/01-Spring/README.md:107)', () => {
    const { index } = buildIndex(readSources([`${FIXTURES}/accepted-without-heading`]));
    expect(index.ideas.map((i) => [i.title, i.status])).toEqual([
      ['Extending kubearmor-cli-tool filtering options', 'accepted'],
      ['Using mutating webhooks for applying pod/container kubearmor annotations', 'accepted'],
    ]);
    expect(messages(index)).toEqual([
      'lfx-mentorship/2022/01-Spring/README.md:13: a further idea under "Extending kubearmor-cli-tool filtering options" has no heading of its own; it is "Using mutating webhooks for applying pod/container kubearmor annotations" of lfx-mentorship/2022/01-Spring/project_ideas.md:10, accepted, and shown under that title',
    ]);
  });

  it('takes the LFX page of an "- Apply: <link>" line (2021 Term 3) for the LFX link, merged into the proposal or not', () => {
    const { index } = buildIndex(readSources([`${FIXTURES}/accepted-apply-link`]), { generatedAt: 'test' });
    expect(index.ideas.map((i) => [i.title, i.status, i.lfxUrl, i.extra])).toEqual([
      // A field only the accepted list has is kept with the proposal it is merged into.
      [
        'Build Gitops continuous deployment tools on kubevela',
        'accepted',
        'https://mentorship.lfx.linuxfoundation.org/project/76c1d526',
        { 'Slack channel': '#kubevela' },
      ],
      ['Support Wasm-Signature proposal', 'accepted', 'https://mentorship.lfx.linuxfoundation.org/project/9101857e', undefined],
      // An apply link to anything but an LFX page is not the LFX link: it stays an extra field.
      ['An apply link that is not an LFX page', 'accepted', undefined, { Apply: 'https://example.com/apply-form' }],
    ]);
    expect(byTitle(index, 'Build Gitops continuous deployment tools on kubevela').acceptedSource).toEqual({
      file: 'lfx-mentorship/2021/03-Fall/README.md',
      line: 5,
    });
  });

  it('reads the 2019 and 2020 Q1 tables of completed projects, never the mentee column', () => {
    const { index } = buildIndex(readSources([`${FIXTURES}/accepted-table`]));
    const byTerm = (key: string) => index.ideas.filter((i) => i.termKey === key);
    expect(byTerm('lfx-2019').map((i) => [i.project, i.title, i.status, i.mentors])).toEqual([
      ['CoreDNS', 'Improve the Kubernetes plugin', 'accepted', [{ name: 'Miek Gieben', github: 'miekg' }, { name: 'Yong Tang' }]],
      ['Jaeger & Linkerd', 'Tracing for the proxy', 'accepted', [{ name: 'Yuri Shkuro' }]],
    ]);
    expect(byTerm('lfx-2019')[0]!.lfxUrl).toBe('https://people.communitybridge.org/project/123');
    // A table row that names a proposal of the same term merges into it and brings its mentors.
    expect(byTerm('lfx-2020-1').map((i) => [i.title, i.status, handles(i)])).toEqual([['Stateless Ruler', 'accepted', ['bwplotka']]]);
    expect(JSON.stringify(index)).not.toMatch(/Mentee/);
  });
});
