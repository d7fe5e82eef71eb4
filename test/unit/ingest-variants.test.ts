import { describe, expect, it } from 'vitest';
import { byTitle, handles, indexFixture, messages } from './helpers.ts';

describe('markdown structure', () => {
  it('reads setext headings as headings', () => {
    const index = indexFixture('setext-headings.md');
    expect(index.ideas.map((i) => [i.project, i.title])).toEqual([['Prometheus', 'Postings compression']]);
  });

  it('nests ideas under project and group at any level', () => {
    const index = indexFixture('nested-groups.md');
    expect(index.ideas.map((i) => [i.project, i.group, i.title])).toEqual([
      ['Kubernetes', 'SIG Usability', 'Jobs-to-Be-Done study'],
      ['Kubernetes', 'WG Policy', 'CIS Benchmarks Policy Report'],
      ['Keptn', undefined, 'Generate service skeleton via CLI'],
    ]);
  });

  it('keeps what a project’s (or group’s) heading says before its ideas, apart from each idea’s description, without e-mail addresses', () => {
    const index = indexFixture('project-introductions.md');
    const kpt = byTitle(index, 'Build e-commerce example kpt package');
    expect(kpt.projectIntro?.text).toBe(
      'kpt is a toolchain that allows users to customize kubernetes packages declaratively.\nThe purpose of this project is to provide a complete example. Questions to [e-mail removed].',
    );
    expect(kpt.projectIntro?.html).toContain('<a href="https://kpt.dev/"');
    expect(kpt.projectIntro?.markdown).not.toContain('@example.org');
    expect(kpt.description.text).toBe('Use an example e-commerce application and create the related kpt package.');
    // A group's words reach its ideas too; prose under a heading that organises the document does not.
    expect(kpt.issues).toEqual(['https://github.com/kptdev/kpt/issues/4326']);
    expect(byTitle(index, 'CIS Benchmarks Policy Report').projectIntro?.text).toBe('The policy working group makes Kubernetes secure and easier to use.');
    // A comment, a rule or a line leading into the ideas ("Keptn ideas:") is no introduction.
    expect(byTitle(index, 'Generate service skeleton via CLI').projectIntro).toBeUndefined();
  });

  it('treats a project heading placed beside ideas as a new project, not a group', () => {
    const index = indexFixture('mislevelled-projects.md');
    expect(index.ideas.map((i) => [i.project, i.group, i.title])).toEqual([
      ['Envoy', undefined, 'Adaptive Load Control'],
      ['Open Service Mesh', undefined, 'Support for WebAssembly filters'],
      ['Open Service Mesh', undefined, "Policy evaluation at the project's level"],
      ['in-toto', undefined, 'Add GUAC support'],
    ]);
    expect(
      messages(index).some((m) =>
        /:26: idea "Add GUAC support" is not under a project heading \(it is written at a project heading's level or above\); assigned to "in-toto"/.test(m),
      ),
    ).toBe(true);
  });

  const noProjectHeading = (index: ReturnType<typeof indexFixture>) =>
    index.diagnostics
      .filter((d) => d.code === 'no-project-heading')
      .map((d) => `${d.line}: ${d.message.replace(/ (?:has no|is not under a) project heading.*/, '')}`);

  it('reports an idea heading written at project level once, at that heading: the ideas after it at their own level stay its project’s, unreported', () => {
    const fall2021 = indexFixture('misplaced-idea-heading.md');
    expect(fall2021.ideas.map((i) => [i.project, i.title])).toEqual([
      ['KubeVela', 'Integration with developing time'],
      ['KubeVela', 'Support remote Terraform HCL in Terraform Controller'],
      ['KubeVela', 'Build Gitops continuous deployment tools on kubevela'],
      ['WasmEdge', 'Support WASI-Crypto proposal'],
    ]);
    expect(noProjectHeading(fall2021)).toEqual(['13: idea "Support remote Terraform HCL in Terraform Controller"']);

    const jun2024 = indexFixture('ideas-at-project-level.md');
    expect(jun2024.ideas.filter((i) => i.project === 'in-toto').map((i) => i.title)).toEqual([
      'Add GUAC support',
      'Documentation Boost!',
      'Sigstore support for in-toto-jenkins',
    ]);
    expect(noProjectHeading(jun2024).filter((m) => /^(15|21|27):/.test(m))).toEqual(['15: idea "Add GUAC support"']);

    // Project headings after the misplaced idea, one level deeper than it, are projects still, not its groups.
    const deeper = indexFixture('misplaced-idea-then-deeper-projects.md');
    expect(deeper.ideas.map((i) => [i.project, i.group ?? null, i.title])).toEqual([
      ['Alpha', null, "Alpha's idea, written at project level"],
      ['Beta', null, "Beta's idea"],
      ['Gamma', null, "Gamma's idea"],
    ]);
  });

  it('reports every idea heading written at project level after its project’s ideas, even after an earlier misplaced idea heading', () => {
    // lfx-mentorship/2024/02-Jun-Aug/README.md:548 and :563 (LitmusChaos), after in-toto's misplaced idea at :202.
    const index = indexFixture('ideas-at-project-level.md');
    expect(index.ideas.map((i) => [i.project, i.title])).toEqual([
      ['Harbor', 'Harbor CLI'],
      ['in-toto', 'Add GUAC support'],
      ['in-toto', 'Documentation Boost!'],
      ['in-toto', 'Sigstore support for in-toto-jenkins'],
      ['LitmusChaos', 'Revamp Litmus Helm Agent'],
      ['LitmusChaos', 'Enhancements in Chaoscenter: GitOps Support for Azure Git'],
      ['LitmusChaos', 'Implementing Upgrade Agent Support in Litmus 3.x'],
      ['Meshery', 'Support versioning for Meshery designs'],
    ]);
    expect(noProjectHeading(index)).toEqual([
      '15: idea "Add GUAC support"',
      '41: idea "Enhancements in Chaoscenter: GitOps Support for Azure Git"',
      '47: idea "Implementing Upgrade Agent Support in Litmus 3.x"',
    ]);
  });

  it('skips tables of contents, timelines, instructions, templates and samples, and says what looks wrong', () => {
    const index = indexFixture('scaffolding.md');
    expect(index.ideas.map((i) => i.title)).toEqual(['Application-level DNS caches']);
    const idea = index.ideas[0]!;
    expect(idea.description.text).toBe('The only real idea in this file.');
    expect(idea.extra).toEqual({ 'Upgrade path': 'unknown label, kept and reported' });
    const report = messages(index).join('\n');
    expect(report).toMatch(/scaffolding\.md:49: unknown label "Upgrade path"/);
    expect(report).toMatch(/scaffolding\.md:51: heading "TODO" looks like an idea but has no fields/);
    expect(report).toMatch(/scaffolding\.md:55: "Title" has only empty fields/);
  });
});

describe('field labels', () => {
  it('understands every label variant', () => {
    const idea = byTitle(indexFixture('label-variants.md'), 'Every label spelling');
    expect(idea.description.text).toBe('Labels are matched without regard to case.');
    expect(idea.outcome?.text).toBe('A merged label table.');
    expect(idea.skills).toEqual(['Go', 'gRPC']);
    expect(handles(idea)).toEqual(['ada']);
    expect(idea.issues).toEqual(['https://github.com/example/repo/issues/1', 'https://github.com/example/repo/projects/5']);
    expect(idea.lfxUrl).toBe('https://mentorship.lfx.linuxfoundation.org/project/abc');
    expect(idea.size).toBe('175 hours');
    expect(idea.difficulty).toBe('Medium');
    expect(idea.extra).toEqual({ 'Stretch goal': 'Ship it twice' });
  });

  it('reads bold labels written as paragraphs', () => {
    const idea = byTitle(indexFixture('label-variants.md'), 'Bold labels in paragraphs');
    expect(idea.description.text).toBe('Written as paragraphs, not a list.');
    expect(idea.skills).toEqual(['Rust']);
    expect(handles(idea)).toEqual(['grace']);
    expect(idea.issues).toEqual(['https://github.com/example/repo/issues/2']);
  });

  it('reads "Implementation:" as the outcome: the only place the corpus writes it, the deliverable is what follows', () => {
    // lfx-mentorship/2020/q2/project_ideas.md:243 and selected_projects.md:131 (CoreDNS).
    const index = indexFixture('label-variants.md');
    const idea = byTitle(index, 'Implementation written as the deliverable');
    expect(idea.outcome?.text).toBe('The deliverable of this project is a Go program deployed beside the DNS pods.');
    expect(idea.extra).toBeUndefined();
    expect(messages(index).filter((m) => m.includes('Implementation written as the deliverable'))).toEqual([]);
  });

  it('reads "Enhancement:", a KEP link where the upstream issue usually is, as the idea’s issue links', () => {
    const index = indexFixture('enhancement-label.md');
    const kep = 'https://github.com/kubernetes/enhancements/tree/master/keps/sig-testing/2464-kubetest2-ci-migration';
    for (const title of ['Improve SIG-Node testing using Kubetest2', 'The same KEP as an autolink']) {
      const idea = byTitle(index, title);
      expect(idea.issues).toEqual([kep]);
      expect(idea.extra).toBeUndefined();
    }
    // A known label of more than five words is a label still: the link was lost in the mentors' line.
    const rfc = byTitle(index, 'A design link under a label of six words');
    expect(rfc.issues).toEqual(['https://docs.racklet.io/rfcs/0001-high-level-architecture.html']);
    expect(rfc.mentors).toEqual([{ name: 'Davanum Srinivas', github: 'dims' }]);
    expect(index.diagnostics.filter((d) => d.code === 'unknown-label')).toEqual([]);
  });

  it('reads "Background:" listing only issue links as the idea’s issue links, after its upstream issues', () => {
    const index = indexFixture('background-label.md');
    const idea = byTitle(index, 'E2E Test Suite for Volcano Agent Scheduling');
    expect(idea.issues).toEqual([
      'https://github.com/volcano-sh/volcano/issues/4881',
      'https://github.com/volcano-sh/volcano/issues/4882',
      'https://github.com/volcano-sh/volcano/issues/4722',
    ]);
    expect(idea.extra).toBeUndefined();
    expect(idea.lfxUrl).toBe('https://mentorship.lfx.linuxfoundation.org/project/b350f84f-3fdd-4062-81a9-d4875044ed7b');
    expect(index.diagnostics.filter((d) => d.code === 'unknown-label')).toEqual([]);
  });

  it('keeps "Background:" written as prose in the description, words and link: only a list of links is read as issues', () => {
    const idea = byTitle(indexFixture('background-label.md'), 'Background written as prose');
    expect(idea.description.text).toContain('The scheduler drops pods when queues overflow');
    expect(idea.description.html).toContain('https://github.com/volcano-sh/volcano/issues/4723');
    expect(idea.issues).toEqual([]);
  });

  it('reads values given as nested lists', () => {
    const idea = byTitle(indexFixture('label-variants.md'), 'Labels with nested values');
    expect(idea.skills).toEqual(['Python', 'Kubernetes']);
    expect(handles(idea)).toEqual(['alan', 'barbara']);
    expect(idea.issues).toHaveLength(2);
  });
});

describe('descriptions', () => {
  const index = indexFixture('descriptions.md');

  it('uses an unlabelled first bullet, nested list included', () => {
    const idea = byTitle(index, 'Unlabelled bullet description');
    expect(idea.description.markdown).toContain('We need to do some designs');
    expect(idea.description.html).toContain('<li>System stability when the network is unstable</li>');
    // The one unlabelled item is the description, not a list of one.
    expect(idea.description.html).toMatch(/^<p>We need to do some designs/);
    expect(idea.skills).toEqual(['Go', 'KubeEdge']);
  });

  it('keeps a field it does not know, written as a list, one item per line', () => {
    expect(byTitle(index, 'A list under a label the ingest does not know').extra).toEqual({
      Responsibilities: 'Co-design the adapter.\nWrite unit and integration tests.',
    });
  });

  it('keeps several unlabelled items before the fields as their list', () => {
    const { html } = byTitle(index, 'Several unlabelled items before the fields').description;
    expect(html).toMatch(
      /<ol>\s*<li><strong>Distribution report<\/strong> - one thing\.<\/li>\s*<li><strong>Faster pages<\/strong> - another\.<\/li>\s*<\/ol>/,
    );
  });

  it('uses a paragraph before the list', () => {
    expect(byTitle(index, 'Paragraph before the list').description.text).toBe('Qualitative analysis of user interview recordings.');
  });

  it('keeps every paragraph, block quote and code block of a long description', () => {
    const { html, markdown } = byTitle(index, 'Multi-paragraph description').description;
    expect(html).toContain('<p>Second paragraph, still the description.</p>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<code class="language-yaml">kind: Example');
    expect(markdown).toContain('> A quoted requirement');
  });

  it('starts a field at its text: no lone colon, repeated colon or line break left from around the label', () => {
    const idea = byTitle(index, 'Stray marks around the label');
    expect(idea.description.markdown).toMatch(/^The label's colon written twice/);
    expect(idea.description.text).toMatch(/^The label's colon written twice/);
    expect(idea.outcome?.markdown).toBe('The outcome after a line break (2025/02-Jun-Aug/README.md:874).');
  });

  it('keeps what an issue field says in words beside its links, and no link text as words', () => {
    const choose = byTitle(index, 'Issues to choose from');
    expect(choose.issues).toEqual(['https://github.com/rook/rook/issues/1539', 'https://github.com/rook/rook/issues/1228']);
    expect(choose.extra).toEqual({ Issue: 'Multiple issues to be chosen by student, such as #1539 and #1228' });
    const titled = byTitle(index, 'An issue link with its title');
    expect(titled.issues).toEqual(['https://github.com/kubernetes-sigs/elekto/issues/1']);
    expect(titled.extra).toBeUndefined();
  });

  it('drops a YAML block marker written after the label, with the text below it', () => {
    const { text, html } = byTitle(index, 'A YAML block marker after the label').description;
    expect(text).toMatch(/^The text on the lines below a YAML block marker/);
    expect(html).toMatch(/^<p>The text on the lines below/);
  });

  it('links a site written without https:// or in quotes to the site, and other relative links into the upstream repository', () => {
    const { html } = byTitle(index, 'Stray marks around the label').description;
    expect(html).toContain('href="https://inspektor-gadget.io/"');
    // Quotes around an address (lfx-mentorship/2022/01-Spring/project_ideas.md:104) are not part of it.
    expect(html).toContain('href="https://litmuschaos.io"');
    expect(html).toMatch(/href="https:\/\/github\.com\/[^"]+\/docs\/guide\.md"/);
    expect(html).toMatch(/href="https:\/\/github\.com\/[^"]+\/notes\.md"/);
  });

  it('splits a label folded into the previous field by lazy continuation', () => {
    const idea = byTitle(index, 'Lazy continuation');
    expect(idea.description.text).not.toContain('Recommended Skills');
    expect(idea.skills).toEqual(['Go', 'Distributed Systems', 'Linux']);
  });
});

describe('mentors', () => {
  const index = indexFixture('mentor-shapes.md');

  it('reads every mentor shape', () => {
    expect(byTitle(index, 'Every mentor shape').mentors).toEqual([
      { name: 'Jane Doe', github: 'janedoe' },
      { name: 'John Roe', github: 'johnroe' },
      { name: 'Wang Xiang', github: 'WangXiangUSTC' },
      { github: 'yashrsharma44' },
      { name: 'Kevin(Zefeng) Wang', github: 'kevin-wangzefeng' },
    ]);
    expect(handles(byTitle(index, 'Bare handles and semicolons'))).toEqual(['hasheddan', 'negz', 'jbw976', 'andyzhangx']);
  });

  it('drops e-mail addresses and qualifiers', () => {
    const idea = byTitle(index, 'Sub-bullets with e-mail addresses');
    expect(idea.mentors).toEqual([
      { name: 'Quan Tian', github: 'tnqn', role: 'primary' },
      { name: 'Yang Ding', github: 'Dyanngg' },
      { name: 'Nic Jackson', github: 'nicholasjackson' },
    ]);
    expect(JSON.stringify(index)).not.toMatch(/@(gmail|outlook)\.com/);
  });

  it('takes the handle for the person: the same name with another handle is someone else', () => {
    const idea = byTitle(index, 'Same person, other handle');
    expect(idea.mentors).toEqual([
      { name: 'Jane Doe', github: 'JaneDoe-alt' },
      { name: 'Miguel Pérez Colino', role: 'co-mentor' },
    ]);
    const janes = index.facets.mentors.filter((m) => m.name === 'Jane Doe');
    expect(janes.map((j) => [j.value, j.count])).toEqual([
      ['janedoe', 1],
      ['janedoe-alt', 1],
    ]);
  });
});

describe('accepted ideas', () => {
  it('merges an idea listed in project_ideas.md and README.md into one accepted idea', async () => {
    const { readSources } = await import('../../src/ingest/sources/read-sources.ts');
    const { buildIndex } = await import('../../src/ingest/build-index.ts');
    const { FIXTURES } = await import('./helpers.ts');
    const { index } = buildIndex(readSources([`${FIXTURES}/accepted`]));
    expect(index.ideas.map((i) => [i.title, i.status])).toEqual([
      ['Monitor Kyverno with Prometheus', 'accepted'],
      ['Not selected', 'proposed'],
    ]);
    const accepted = index.ideas[0]!;
    expect(accepted.lfxUrl).toBe('https://mentorship.lfx.linuxfoundation.org/project/e01ba557');
    expect(accepted.source).toEqual({ file: 'lfx-mentorship/2021/01-Spring/project_ideas.md', line: 3 });
    expect(accepted.acceptedSource).toEqual({ file: 'lfx-mentorship/2021/01-Spring/README.md', line: 5 });
    // The accepted list adds a skill (as lfx-mentorship/2020/q2/selected_projects.md:80 does): kept.
    expect([accepted.skills, accepted.skillsText]).toEqual([['Go', 'Prometheus', 'Kubernetes'], 'Golang, Prometheus, Kubernetes']);
  });
});

describe('skills', () => {
  const index = indexFixture('skills.md');
  const skillsOf = (title: string) => byTitle(index, title).skills;

  it('splits lists on commas, slashes, semicolons and "and"', () => {
    expect(skillsOf('Lists split on every separator')).toEqual(['Go', 'Rust', 'Python', 'Kubernetes', 'Docker']);
  });

  it('drops qualifiers in parentheses', () => {
    expect(skillsOf('Qualifiers are dropped')).toEqual(['Go', 'Rust', 'Python', 'Helm']);
  });

  it('merges aliases and case into one value per technology', () => {
    expect(skillsOf('Aliases and case merge')).toEqual(['Go', 'TypeScript', 'Kubernetes']);
  });

  it('pulls known technologies out of sentences and strips filler around values', () => {
    expect(skillsOf('Technologies inside a sentence')).toEqual(['Go']);
    expect(skillsOf('Values wrapped in filler words')).toEqual(['Security', 'Networking', 'KubeArmor']);
  });

  it('never turns a sentence fragment or a task into a facet value, and says so', () => {
    expect(skillsOf('Prose without a known technology')).toEqual([]);
    expect(skillsOf('Tasks are not skills')).toEqual(['Networking', 'Kubernetes']);
    expect(messages(index)).toEqual([
      'lfx-mentorship/2024/03-Sep-Nov/skills.md:30: skills of "Prose without a known technology" name no skill the Skills facet recognises; add its spelling to src/ingest/vocab/skill-aliases.json',
    ]);
  });

  it('keeps the skills text as written, for display and search', () => {
    expect(byTitle(index, 'Prose without a known technology').skillsText).toBe(
      'You should be comfortable reading a large unfamiliar codebase and asking questions early',
    );
    expect(byTitle(index, 'Aliases and case merge').skillsText).toBe('Golang, golang, Go programming, Go(basic), Typescript, TYPESCRIPT, k8s');
  });
});

describe('titles (term-in-titles.md)', () => {
  const index = indexFixture('term-in-titles.md', 'lfx-mentorship/2025/03-Sep-Nov/README.md');

  it('drop a label of their own term, which the card shows beside them, and keep any other bracket', () => {
    expect(index.ideas.map((i) => i.title)).toEqual([
      'Next-Generation Jaeger Demo with OpenTelemetry and OpenSearch',
      'Compare traces (2024 Term 3)',
      'Storage (Term 3 follow-up)',
    ]);
  });
});
