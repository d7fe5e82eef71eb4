import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { readSources } from '../../src/ingest/sources/read-sources.ts';
import { DATA_PROGRAMS } from './helpers.ts';
import { hasEmail } from '../../src/ingest/normalise/redact.ts';

/** Values found in the facets of earlier builds that are not people or skills (issue 8). */
const JUNK_MENTOR = /^(#|and$|primary$|co-?mentor$|mentors?$|mentor name|issue|https?:|tbd$|tba$|<)|GSoC|[:：]/i;
const JUNK_SKILLS = new Set([
  'mentors',
  'mentor',
  'sub',
  'pub',
  'jest and',
  'e.g: pandas',
  'optional kubernetes',
  'basic go',
  'kubernenets',
  'kubebernetes',
  'kuberntetes',
  'htlm',
  'techincal writing',
  'githubaction',
  'net',
  'spf13',
  'skills',
  'unit',
  'ideal',
  'secondarily',
  'etc',
  'etc…',
  'b>',
]);

const { index, files } = buildIndex(readSources([DATA_PROGRAMS]), { generatedAt: 'test' });

describe('the default dataset: the whole cncf/mentoring snapshot in data/', () => {
  it('ingests every file with the expected number of ideas', () => {
    const counts = Object.fromEntries(files.map((f) => [f.file, f.ideas]));
    expect(counts).toEqual({
      'README.md': 0,
      'archive/cross/README.md': 0,
      'archive/seasonofdocs/README.md': 0,
      'archive/seasonofdocs/previous-years/2020/README.md': 0,
      'archive/seasonofdocs/previous-years/2021/README.md': 0,
      'archive/seasonofdocs/previous-years/2023/README.md': 0,
      'lfx-mentorship/2019/README.md': 4,
      'lfx-mentorship/2020/q1/README.md': 7,
      'lfx-mentorship/2020/q1/project_ideas.md': 17,
      'lfx-mentorship/2020/q2/README.md': 0,
      'lfx-mentorship/2020/q2/project_ideas.md': 31,
      'lfx-mentorship/2020/q2/selected_projects.md': 21,
      'lfx-mentorship/2020/q3-q4/README.md': 0,
      'lfx-mentorship/2020/q3-q4/project_ideas.md': 23,
      'lfx-mentorship/2020/q3-q4/selected_projects.md': 23,
      'lfx-mentorship/2021/01-Spring/README.md': 38,
      'lfx-mentorship/2021/01-Spring/project_ideas.md': 40,
      'lfx-mentorship/2021/02-Summer/README.md': 20,
      'lfx-mentorship/2021/02-Summer/project_ideas.md': 22,
      'lfx-mentorship/2021/03-Fall/README.md': 34,
      'lfx-mentorship/2021/03-Fall/project_ideas.md': 34,
      'lfx-mentorship/2022/01-Spring/README.md': 42,
      'lfx-mentorship/2022/01-Spring/project_ideas.md': 42,
      'lfx-mentorship/2022/02-Summer/README.md': 31,
      'lfx-mentorship/2022/02-Summer/project_ideas.md': 0,
      'lfx-mentorship/2022/03-Sept-Nov/README.md': 29,
      'lfx-mentorship/2022/03-Sept-Nov/project_ideas.md': 0,
      'lfx-mentorship/2023/01-Mar-May/README.md': 65,
      'lfx-mentorship/2023/01-Mar-May/project_ideas.md': 0,
      'lfx-mentorship/2023/02-Jun-Aug/README.md': 38,
      'lfx-mentorship/2023/02-Jun-Aug/project_ideas.md': 0,
      'lfx-mentorship/2023/03-Sep-Nov/README.md': 43,
      'lfx-mentorship/2023/03-Sep-Nov/project_ideas.md': 0,
      'lfx-mentorship/2024/01-Mar-May/README.md': 56,
      'lfx-mentorship/2024/01-Mar-May/project_ideas.md': 0,
      'lfx-mentorship/2024/02-Jun-Aug/README.md': 48,
      'lfx-mentorship/2024/02-Jun-Aug/project_ideas.md': 0,
      'lfx-mentorship/2024/03-Sep-Nov/README.md': 49,
      'lfx-mentorship/2024/03-Sep-Nov/project_ideas.md': 0,
      'lfx-mentorship/2025/01-Mar-May/README.md': 67,
      'lfx-mentorship/2025/01-Mar-May/project_ideas.md': 0,
      'lfx-mentorship/2025/02-Jun-Aug/README.md': 57,
      'lfx-mentorship/2025/02-Jun-Aug/project_ideas.md': 0,
      'lfx-mentorship/2025/03-Sep-Nov/README.md': 65,
      'lfx-mentorship/2025/03-Sep-Nov/project_ideas.md': 0,
      'lfx-mentorship/2026/01-Mar-May/README.md': 72,
      'lfx-mentorship/2026/01-Mar-May/project_ideas.md': 0,
      'lfx-mentorship/2026/02-Jun-Aug/README.md': 65,
      'lfx-mentorship/2026/02-Jun-Aug/project_ideas.md': 0,
      'lfx-mentorship/2026/03-Sep-Nov/README.md': 59,
      'lfx-mentorship/2026/03-Sep-Nov/lfx-export.json': 59,
      'lfx-mentorship/2026/03-Sep-Nov/project_ideas.md': 0,
      'lfx-mentorship/README.md': 0,
      'outreachy/README.md': 0,
      'summerofcode/2017.md': 32,
      'summerofcode/2018.md': 34,
      'summerofcode/2019.md': 56,
      'summerofcode/2020.md': 51,
      'summerofcode/2021.md': 30,
      'summerofcode/2022.md': 54,
      'summerofcode/2023.md': 46,
      'summerofcode/2024.md': 19,
      'summerofcode/2025.md': 23,
      'summerofcode/2026.md': 14,
      'summerofcode/README.md': 0,
    });
  });

  it('merges accepted ideas with their proposals, one idea per upstream issue in a term', () => {
    expect(index.ideas.length).toBeGreaterThan(1200);
    const spring2021 = index.ideas.filter((i) => i.term === '2021 Term 1 (Spring)');
    expect(spring2021.filter((i) => i.status === 'accepted').length).toBeGreaterThanOrEqual(36);
    expect(spring2021.find((i) => i.title === 'Coprocessor plugin')?.lfxUrl).toMatch(/^https:\/\/mentorship\.lfx\.linuxfoundation\.org\/project\//);
    // 2021 Term 3's README gives each accepted idea's LFX page as "- Apply: <…>".
    const fall2021 = index.ideas.filter((i) => i.termKey === 'lfx-2021-3');
    expect(fall2021.filter((i) => /^https:\/\/mentorship\.lfx\.linuxfoundation\.org\/project\/[0-9a-f-]{36}$/.test(i.lfxUrl ?? ''))).toHaveLength(34);
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const idea of index.ideas) {
      for (const issue of idea.issues) {
        // Issues shared by several ideas of a project (a tracking issue, a project board) are not duplicates.
        if (!/\/(issues|pull)\/\d+\/?$/.test(issue)) continue;
        const key = `${idea.termKey} ${idea.project} ${issue.toLowerCase().replace(/\/$/, '')} ${idea.title.toLowerCase()}`;
        if (seen.has(key)) twice.push(`${seen.get(key)} = ${idea.id}`);
        seen.set(key, idea.id);
      }
    }
    expect(twice).toEqual([]);
    // Whoever proposed an accepted idea but did not mentor it is still named, once per person.
    const byId = (id: string) => index.ideas.find((i) => i.id === id)!;
    expect(byId('lfx-2020-1--kubernetes--kubernetes-working-group-for-multi-tenancy-hnc-tenant').extra?.['Also proposed by']).toBe('Adrian Ludwin (@aludwin)');
    expect(byId('lfx-2020-1--cortex--storage-plugins').extra?.['Also proposed by']).toBeUndefined();
    // Accepted under another title, the proposal keeps its own description (2020 Q2, Envoy).
    const envoy = index.ideas.find((i) => i.title === 'Enrich Envoy stats with header size histogram')!;
    expect(envoy.status).toBe('accepted');
    expect(envoy.description.text).toMatch(/^Currently there is lack of visibility into size of request headers/);
    expect(envoy.extra?.['Accepted as']).toMatch(/^Improve Envoy observability for http module: Currently there are multiple useful metrics missing/);
  });

  it('writes no e-mail address anywhere in the serialized index, in any spelling', () => {
    const json = JSON.stringify(index);
    expect(json.match(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g) ?? []).toEqual([]);
    expect(json.match(/\b[A-Za-z0-9._-]+\s+(?:AT|\[at\]|\(at\))\s+[A-Za-z0-9-]+\s+(?:DOT|\[dot\]|\(dot\))\s+[A-Za-z]{2,}/gi) ?? []).toEqual([]);
    expect(json.match(/\b[A-Za-z0-9._-]+\s+AT\s+[A-Za-z0-9-]+\.[A-Za-z]{2,}/g) ?? []).toEqual([]);
    expect(json).not.toMatch(/mailto:/i);
    for (const idea of index.ideas) for (const mentor of idea.mentors) expect(hasEmail(JSON.stringify(mentor)), JSON.stringify(mentor)).toBe(false);
  });

  it('has no junk mentor or skill values', () => {
    const mentorNames = index.facets.mentors.map((m) => m.name ?? m.github ?? '');
    expect(mentorNames.filter((n) => JUNK_MENTOR.test(n))).toEqual([]);
    expect(
      index.facets.skills.map((s) => s.value).filter((v) => JUNK_SKILLS.has(v.toLowerCase()) || /[<>]|javascript:|^(and|or|with)\b|\b(and|or)$/i.test(v)),
    ).toEqual([]);
    // People are never skills.
    const people = new Set(index.facets.mentors.map((m) => (m.name ?? '').toLowerCase()).filter((n) => n.includes(' ')));
    expect(index.facets.skills.map((s) => s.value).filter((v) => people.has(v.toLowerCase()))).toEqual([]);
  });

  it('keeps every skill facet value short, and the facet well under half its former 1,189 values', () => {
    const long = index.facets.skills.filter((s) => s.value.trim().split(/\s+/).length > 4);
    expect(long).toEqual([]);
    expect(index.facets.skills.length).toBeLessThanOrEqual(450);
    expect(index.facets.skills.filter((s) => s.value !== s.value.trim())).toEqual([]);
  });

  it('gives every idea a project and a unique id, and never two projects differing only by case or punctuation', () => {
    expect(index.ideas.filter((i) => !i.project || i.project === 'Unknown project')).toEqual([]);
    expect(new Set(index.ideas.map((i) => i.id)).size).toBe(index.ideas.length);
    const keys = new Map<string, string>();
    const clashes: string[] = [];
    for (const { value } of index.facets.projects) {
      const key = value.toLowerCase().replace(/[^a-z0-9]+/g, '');
      if (keys.has(key)) clashes.push(`${keys.get(key)} / ${value}`);
      keys.set(key, value);
    }
    expect(clashes).toEqual([]);
    for (const [alias, canonical] of [
      ['linkerd', 'Linkerd'],
      ['TUF', 'The Update Framework (TUF)'],
      ['OPA', 'Open Policy Agent (OPA)'],
      ['Headlamp (a Kubernetes UI)', 'Headlamp'],
      ['Service Mesh Interface (SMI)', 'Service Mesh Interface'],
    ]) {
      expect(index.facets.projects.map((p) => p.value)).not.toContain(alias);
      expect(index.facets.projects.map((p) => p.value)).toContain(canonical);
    }
  });

  it('gives every GSoC 2024 idea its real project, never "Proposals"', () => {
    const gsoc2024 = index.ideas.filter((i) => i.termKey === 'gsoc-2024');
    expect(gsoc2024).toHaveLength(19);
    expect(gsoc2024.filter((i) => /^(proposals|template|cncf project name)$/i.test(i.project) || i.group === 'Proposals')).toEqual([]);
    expect(new Set(gsoc2024.map((i) => i.project)).size).toBeGreaterThan(5);
  });

  it('reads the 2026 Term 3 lfx-export.json: 59 ideas with maturity, prerequisites and split outcomes', () => {
    const term = index.ideas.filter((i) => i.termKey === 'lfx-2026-3');
    expect(term).toHaveLength(59);
    expect(term.filter((i) => !i.projectMaturity || !i.prerequisites || !i.proposalUrl)).toEqual([]);
    // Outcomes are split out wherever the proposal has an outcome or deliverables section.
    expect(term.filter((i) => i.outcome?.text).length).toBeGreaterThanOrEqual(50);
    const outcomeSection = /^(?:#+\s*|\*\*)(?:expected\s+)?(?:outcomes?|deliverables)\b/im;
    expect(term.filter((i) => outcomeSection.test(i.description.markdown)).map((i) => i.title)).toEqual([]);
    expect(term.filter((i) => /^description\b/i.test(i.description.text))).toEqual([]);
    // Nor a skills list or section: its skills are read as skills (OpenKruise: JWKS, X.509, Ginkgo).
    expect(term.filter((i) => /^(?:recommended\s+)?skills\b/im.test(i.description.text)).map((i) => i.title)).toEqual([]);
    expect(term.find((i) => i.id === 'lfx-2026-3--openkruise--support-identity-provider-based-on-keycloak-etc')!.skills).toEqual(
      expect.arrayContaining(['CRDs', 'Cryptography', 'Ginkgo']),
    );
    expect(term.filter((i) => i.mentors.length === 0 || i.mentors.some((m) => !m.role))).toEqual([]);
    // Every idea is the README's entry, with its line: no idea is listed twice.
    expect(term.filter((i) => i.source.file !== 'lfx-mentorship/2026/03-Sep-Nov/README.md')).toEqual([]);
  });

  it('parses the timeline of every LFX term whose README has one', () => {
    const withTimeline = files
      .map((f) => f.file)
      .filter((f) => /^lfx-mentorship\/.*README\.md$/.test(f))
      .filter((f) => /^#{1,6}\s+(?:\d{4}\s+)?timeline\b|^\|\s*activity\s*\|/im.test(readFileSync(path.join(DATA_PROGRAMS, f), 'utf8')));
    expect(withTimeline.length).toBeGreaterThanOrEqual(20);
    const missing = withTimeline.filter((file) => {
      const term = index.terms.find((t) => t.source.file === file);
      return !term?.timeline?.applicationsOpen || !term.timeline.applicationsClose;
    });
    expect(missing).toEqual([]);
    for (const term of index.terms.filter((t) => t.timeline)) {
      const { applicationsOpen, applicationsClose } = term.timeline!;
      if (applicationsOpen && applicationsClose) expect(applicationsOpen < applicationsClose, term.key).toBe(true);
      for (const iso of Object.values(term.timeline!)) expect(iso, term.key).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/);
    }
  });

  it('joins a misspelt handle to its owner, and never two people who only share a name', () => {
    const handlesOf = (name: string) =>
      new Set(
        index.ideas
          .flatMap((i) => i.mentors)
          .filter((m) => m.name === name)
          .map((m) => m.github ?? '(none)'),
      );
    // @olixOr (2023 Term 1) is Oliver Gould's @olix0r; @fouioui is Florent Poinsard's @frouioui.
    expect(handlesOf('Oliver Gould')).toEqual(new Set(['olix0r']));
    expect(handlesOf('Florent Poinsard')).toEqual(new Set(['frouioui']));
    // Jaeger's Yash Sharma, written without a handle, is not Meshery's (@Yashsharma1911, also @Yahsharma1911).
    const jaeger = index.ideas.filter((i) => i.project === 'Jaeger').flatMap((i) => i.mentors.filter((m) => m.name === 'Yash Sharma'));
    expect(jaeger.length).toBeGreaterThan(5);
    expect(jaeger.every((m) => m.github === undefined)).toBe(true);
  });

  it('links an idea re-proposed under another title by the issue it links, and keeps one term’s ideas apart', () => {
    const byId = new Map(index.ideas.map((i) => [i.id, i]));
    // Prometheus issue #11: "Persist retroactive rule evaluations" in 2020 Q1, "… Reevaluations" in GSoC 2019 and 2020 and 2020 Q2.
    expect(byId.get('lfx-2020-1--prometheus--persist-retroactive-rule-evaluations')!.alsoProposedIn).toEqual([
      'lfx-2020-2--prometheus--persist-retroactive-rule-reevaluations',
      'gsoc-2020--prometheus--persist-retroactive-rule-reevaluations',
      'gsoc-2019--prometheus--persist-retroactive-rule-reevaluations',
    ]);
    // CoreDNS issue #3460: "Automatic Certificate Management in TLS plugin" (GSoC 2022) and "Add ACME protocol support for certificate management with DNS" (2021).
    expect(byId.get('gsoc-2022--coredns--automatic-certificate-management-in-tls-plugin')!.alsoProposedIn).toEqual([
      'lfx-2021-2--coredns--add-acme-protocol-support-for-certificate-management-with',
      'gsoc-2021--coredns--add-acme-protocol-support-for-certificate-management-with',
    ]);
    // Meshery's MUI migration, 2024 Term 1 and Term 3: the same description under a retitled heading.
    expect(byId.get('lfx-2024-3--meshery--meshery-ui-migration-from-mui-v4-to-mui-v5-and-sistent')!.alsoProposedIn).toEqual([
      'lfx-2024-1--meshery--meshery-ui-migration-from-mui-v4-to-mui-v5-and-nextjs-13',
    ]);
    for (const idea of index.ideas) {
      const terms = (idea.alsoProposedIn ?? []).map((id) => byId.get(id)!.termKey);
      expect(terms, idea.id).not.toContain(idea.termKey);
      expect(new Set(terms).size, idea.id).toBe(terms.length);
    }
  });

  it('starts no text with a YAML block marker (Istio and OpenYurt, 2025 Term 2: "description: |")', () => {
    const marked = index.ideas.filter((i) => [i.description, i.outcome].some((field) => field && /^[|>][-+]?\s*\n/.test(field.text)));
    expect(marked.map((i) => i.id)).toEqual([]);
  });

  it('reports every idea without mentors, and only those', () => {
    const flagged = new Set(index.diagnostics.filter((d) => d.code === 'no-mentors').map((d) => `${d.file}:${d.line}`));
    const without = index.ideas.filter((i) => i.mentors.length === 0).map((i) => `${i.source.file}:${i.source.line}`);
    expect([...flagged].sort()).toEqual(without.sort());
  });
});

describe('hand-checked golden ideas across eras (test/fixtures/corpus-golden.json)', () => {
  const golden = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/corpus-golden.json'), 'utf8')) as GoldenIdea[];
  const at = (g: GoldenIdea) =>
    index.ideas.find((i) => (i.source.file === g.file && i.source.line === g.line) || (i.acceptedSource?.file === g.file && i.acceptedSource.line === g.line));

  it('covers at least 30 ideas from every era', () => {
    expect(golden.length).toBeGreaterThanOrEqual(30);
    expect(new Set(golden.map((g) => g.file.split('/').slice(0, 2).join('/'))).size).toBeGreaterThanOrEqual(10);
  });

  it.each(golden.map((g) => [`${g.file}:${g.line} ${g.title}`, g] as const))('%s', (_, g) => {
    const idea = at(g);
    expect(idea, 'no idea at this line').toBeDefined();
    expect(idea!.title).toBe(g.title);
    expect(idea!.project).toBe(g.project);
    // The handle is the person (shown under the fullest name written for it anywhere); a mention
    // without a handle is the person of that name, who may have gained a handle elsewhere.
    expect(
      idea!.mentors.map((m, i) => {
        const expected = g.mentors[i];
        if (!expected?.github && m.name === expected?.name) return { name: m.name };
        return m.github ? { github: m.github.toLowerCase(), named: !!m.name } : { name: m.name };
      }),
    ).toEqual(g.mentors.map((m) => (m.github ? { github: m.github.toLowerCase(), named: !!m.name } : { name: m.name })));
    const skills = idea!.skills.map((s) => s.toLowerCase());
    expect(
      g.skillsInclude.filter((s) => !skills.includes(s.toLowerCase())),
      `skills: ${idea!.skills.join(', ')}`,
    ).toEqual([]);
    expect([...idea!.issues].sort()).toEqual([...g.issues].sort());
  });
});

interface GoldenIdea {
  file: string;
  line: number;
  title: string;
  project: string;
  mentors: { name?: string; github?: string }[];
  skillsInclude: string[];
  issues: string[];
}
