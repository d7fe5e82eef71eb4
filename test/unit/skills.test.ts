import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { skillFacet } from '../../src/ingest/link/skill-facet.ts';
import type { IdeaRecord } from '../../src/ingest/normalise/idea-record.ts';
import { joinSkillLines } from '../../src/ingest/markdown/value-text.ts';
import { knownSkill, normalizeSkills, technologiesIn } from '../../src/ingest/normalise/skills.ts';
import { readSources } from '../../src/ingest/sources/read-sources.ts';
import vocabulary from '../../src/ingest/vocab/skill-aliases.json' with { type: 'json' };
import { byTitle, DATA_PROGRAMS, indexFixture } from './helpers.ts';

const index = indexFixture('skills.md');
const skillsOf = (title: string) => byTitle(index, title).skills;
const facetValues = index.facets.skills.map((s) => s.value);

describe('Skills facet: per idea (test/fixtures/markdown/skills.md)', () => {
  it('merges every misspelling into its canonical name', () => {
    expect(skillsOf('Misspellings merge into one name')).toEqual([
      'Kubernetes',
      'HTML',
      'Technical Writing',
      'GitHub Actions',
      'Continuous Delivery',
      'Distributed Systems',
      'Serverless',
      'Containers',
    ]);
    // "Open Container Initiative" names containers too; every spelling of the spec is one value.
    expect(skillsOf('Spellings of one specification')).toEqual(['OCI', 'Containers']);
    expect(skillsOf('Variants with and without spaces')).toEqual(['Argo CD', 'OAuth 2.0']);
  });

  it('drops qualifiers before and after a name', () => {
    expect(skillsOf('Qualifier words are dropped')).toEqual(['Kubernetes', 'Go', 'OpenCost', 'GraphQL', 'CSI', 'JuiceFS', 'OpenYurt', 'Rust', 'Python', 'CSS']);
  });

  it('reads a label before a colon as a heading, not a value', () => {
    expect(skillsOf('Labels inside values')).toEqual(['Node.js', 'Go', 'AI', 'GitHub Actions', 'Oracle Cloud', 'Data Analysis', 'Pandas', 'Matplotlib']);
    // Unless what follows names nothing known: then the label's known names are the skills.
    expect(skillsOf('A label over names nothing known')).toEqual(['TypeScript', 'React']);
  });

  it('leaves no conjunction at either end of a value', () => {
    expect(skillsOf('Conjunctions left at the edges')).toEqual(['Go', 'Testing', 'Jest', 'React Testing Library', 'React', 'MCP', 'A2A']);
  });

  it('keeps names with slashes and dots whole', () => {
    expect(skillsOf('Names with separators kept whole')).toEqual(['Microservices', 'Pub/Sub', 'C#', '.NET', 'Cobra', 'CEL']);
  });

  it('reads "unit and feature testing" as testing and written or spoken English as communication', () => {
    expect(skillsOf('Two words sharing one noun')).toEqual(['Go', 'Testing', 'Communication']);
  });

  it('never takes a field label or a person for a skill', () => {
    expect(skillsOf('Field labels and people are not skills')).toEqual(['Go', 'Rust']);
  });

  it('never offers a label, a fragment or a person anywhere in the facet', () => {
    const junk =
      /^(?:mentors?|skills|recommended skills|upstream issues?|sub|pub|unit|net|spf13|common expression|ideal|secondarily|expertise|strong|e\.g.*|.* and|and .*|optional .*|basic .*|well-written|grace hopper|alan turing)$/i;
    expect(facetValues.filter((value) => junk.test(value) || /[:@]/.test(value))).toEqual([]);
  });

  it('keeps the raw skills text, which is displayed and searched', () => {
    expect(byTitle(index, 'Labels inside values').skillsText).toBe(
      'Frontend Development: Node.js, Backend: Strong Go (Golang) experience. LLM: Familiarity with LLM concepts. CI/CD: GitHub Actions. Cloud Deployment: Oracle Cloud or similar experience. Data analysis tools (E.g: pandas, matplotlib)',
    );
  });
});

describe('Skills facet: each spelling from the issue, on its own', () => {
  it.each([
    ['Kubernenets', 'Kubernetes'],
    ['Kubebernetes', 'Kubernetes'],
    ['Kuberntetes', 'Kubernetes'],
    ['Kubernetes basic', 'Kubernetes'],
    ['HTLM', 'HTML'],
    ['Techincal Writing', 'Technical Writing'],
    ['GithubAction', 'GitHub Actions'],
    ['OCI Spec', 'OCI'],
    ['OCI specification', 'OCI'],
    ['OCI Image', 'OCI'],
    ['OCI Image Spec', 'OCI'],
    ['OCI images', 'OCI'],
    ['OCI Registries', 'OCI'],
    ['OCI-Registries', 'OCI'],
    ['Distribution Spec', 'OCI'],
    ['ArgoCD', 'Argo CD'],
    ['OAuth2', 'OAuth 2.0'],
    ['Contrinous Delivery', 'Continuous Delivery'],
    ['Distributes Systems', 'Distributed Systems'],
    ['Serveless', 'Serverless'],
    ['Optional Kubernetes', 'Kubernetes'],
    ['basic Go', 'Go'],
    ['Comfort with OpenCost', 'OpenCost'],
    ['competency with GraphQL', 'GraphQL'],
    ['particularly JuiceFS', 'JuiceFS'],
    ['especially YurtHub', 'OpenYurt'],
    ['Jest and', 'Jest'],
    ['MCP and', 'MCP'],
    ['E.g: pandas', 'Pandas'],
    ['Backend: Strong Go', 'Go'],
    ['Pub/Sub', 'Pub/Sub'],
    ['.NET', '.NET'],
    ['spf13/cobra', 'Cobra'],
    ['Common Expression Language', 'CEL'],
    ['Unit & feature testing', 'Testing'],
    ['Well-written and well-spoken English', 'Communication'],
    // Talking to the API, not the soft skill (lfx-mentorship/2025/01-Mar-May/README.md:688).
    ['Kubernetes API communication', 'Kubernetes'],
  ])('%s → %s', (written, canonical) => {
    expect(normalizeSkills(written)).toEqual([canonical]);
  });

  // A label that lists known skills is skills too (lfx-mentorship/2025/03-Sep-Nov/README.md:263).
  it('DevOps & CI/CD: GitHub Actions, Docker → the skills the label lists, and those after it', () => {
    expect(normalizeSkills('DevOps & CI/CD: GitHub Actions, Docker, Kubernetes.')).toEqual(['DevOps', 'CI/CD', 'GitHub Actions', 'Docker', 'Kubernetes']);
  });

  // Sentences around a list, from a read-through of 45 LFX ideas (2023 Term 1, 2025 Term 3, 2026 Term 3).
  it.each([
    ['(Bonus) Experience using any of the following: Argo, Istio, KServe', ['Argo', 'Istio', 'KServe']],
    ['5. Figma and Visual Design are a plus.', ['Figma', 'UI Design']],
    ['Experience with the GitHub API is a strong plus', ['GitHub']],
    // Names the vocabulary lacked (2024 Term 2 KCL, 2025 Term 2 Headlamp, 2026 Term 3 Volcano).
    ['rust, LSP', ['Rust', 'Language Server Protocol']],
    ['TypeScript, React (Optional: Kubernetes API, Karpenter)', ['TypeScript', 'React', 'Kubernetes', 'Karpenter']],
    ['familiarity with Volcano and Kthena', ['Volcano', 'Kthena']],
    // Named tools, from a read-through of 100 more ideas (2024 Term 2 Knative, 2025 Term 2 WasmEdge, 2020 Q3 OpenTelemetry).
    ['HTML, CSS, Markdown, SVG, Material for Mkdocs, Figma', ['HTML', 'CSS', 'Markdown', 'SVG', 'MkDocs', 'Figma']],
    ['GDB', ['GDB']],
    ['golang, some familiarity with the Hierarchical Namespace Controller', ['Go', 'Hierarchical Namespaces']],
    ['Godot, Game Development, Event Driven Architecture, Graphic Design.', ['Godot', 'Game Development', 'Event-Driven Architecture', 'Graphic Design']],
    ['Golang, Cobra, JSON/YAML/TOON, GitHub Actions', ['Go', 'Cobra', 'JSON', 'YAML', 'TOON', 'GitHub Actions']],
    ['React, Vercel, Vite, REST API', ['React', 'Vercel', 'Vite', 'REST APIs']],
    ['some C++ or C# coding experience. Windows development environment is needed', ['C++', 'C#', 'Windows']],
    // "windows" alone is an ordinary word: no skill inside a sentence.
    ['Scheduling jobs in maintenance windows with Go', ['Go']],
    // Found inside sentences too (2025 Term 1 and 3 Prometheus, 2026 Term 2 Jaeger).
    ['Interest or currently working in UX Research and Design.', ['User Research', 'UX', 'UI Design']],
    ['Basic understanding of distributed systems, observability, or debugging workflows is beneficial', ['Distributed Systems', 'Observability', 'Debugging']],
    // What the mentors offer to teach is no skill asked for (GSoC 2023 Buildpacks).
    ['Golang, software development literacy.  We will provide mentorship re. benchmarking and profiling and integrating results with github actions.', ['Go']],
  ])('%s → %s', (written, skills) => {
    expect(normalizeSkills(written)).toEqual(skills);
  });

  it.each(['Mentors', 'Mentor', 'Skills', 'Recommended Skills', 'Upstream Issue', 'Expertise', 'Strong', 'Ideal', 'Secondarily', 'Etc…'])(
    '%s is never a value',
    (written) => {
      expect(normalizeSkills(written)).toEqual([]);
    },
  );
});

describe('Skills facet: what a word means where it is written (test/fixtures/markdown/skill-meanings.md)', () => {
  const meanings = indexFixture('skill-meanings.md');
  const skillsIn = (title: string) => byTitle(meanings, title).skills;

  it('reads "writing" before what is written as the task, and "writing" on its own as technical writing', () => {
    expect(skillsIn('Writing before what is written is the task')).toEqual([
      'Testing',
      'End-to-End Testing',
      'Kubernetes',
      'Rust',
      'CI/CD',
      'Make',
      'React',
      'REST APIs',
      'APIs',
      'Go',
    ]);
    expect(skillsIn('Writing on its own is the skill')).toEqual(['Markdown', 'Figma', 'Technical Writing']);
  });

  it('joins skills written as sentences without their full stops, keeping the one of "etc." and an ellipsis whole', () => {
    const idea = indexFixture('skills-as-sentences.md').ideas[0]!;
    expect(idea.skillsText).toBe(
      'Be skilled in React/Vite/TypeScript, Must know how to simply use Docker and docker-compose, Tools such as kubectl, helm, etc., Svelte, Vite...',
    );
    expect(idea.skills).toEqual(expect.arrayContaining(['React', 'TypeScript', 'Docker']));
  });

  it('joins a skills line that an item or sentence wraps onto with a space, and separate lines with a comma', () => {
    // lfx-mentorship/2026/02-Jun-Aug/README.md:1624: an item wrapped inside its parentheses.
    expect(
      joinSkillLines(['Good understanding of Linux networking concepts (network namespaces,', 'loopback interfaces, DNS resolution)', 'Experience with eBPF']),
    ).toBe('Good understanding of Linux networking concepts (network namespaces, loopback interfaces, DNS resolution), Experience with eBPF');
    // 2024/02-Jun-Aug/README.md:449: a sentence wrapped mid-phrase.
    expect(
      joinSkillLines(['Go programming, strong container architecture and registry', 'fundamentals, familiarity with sigstore,', 'go-containerregistry']),
    ).toBe('Go programming, strong container architecture and registry fundamentals, familiarity with sigstore, go-containerregistry');
    // One skill per line stays one skill per line, whatever it ends with.
    expect(joinSkillLines(['C++', 'WebAssembly', 'Q&A', 'golang', 'kubernetes'])).toBe('C++, WebAssembly, Q&A, golang, kubernetes');
  });

  it('reads a leading verb as the task only when it is no skill of its own: a known name that starts with -ing stays', () => {
    expect(normalizeSkills('Spring Boot applications')).toEqual(['Spring Boot']);
    expect(normalizeSkills('Autoscaling algorithms')).toEqual(['Autoscaling', 'Algorithms']);
    expect(normalizeSkills('Troubleshooting Kubernetes')).toEqual(['Debugging', 'Kubernetes']);
    // Writing documentation is technical writing; writing code is not.
    expect(normalizeSkills('Writing documentation')).toEqual(['Technical Writing', 'Documentation']);
    expect(normalizeSkills('writing Rust programs')).toEqual(['Rust']);
  });

  it('keeps APIs in general, Kubernetes APIs and REST APIs apart', () => {
    expect(skillsIn('APIs that are not REST APIs')).toEqual(['Go', 'Kubernetes', 'APIs', 'CLI']);
    expect(skillsIn('Kubernetes API resources')).toEqual(['TypeScript', 'Kubernetes', 'CRDs', 'RBAC']);
    expect(skillsIn('REST is REST APIs')).toEqual(['REST APIs']);
  });

  it("never reads protocol design or a project's UI as UI design; design on its own still is", () => {
    expect(skillsIn('Protocol design is not UI design')).toEqual(['MCP', 'Protocol Design', 'TypeScript']);
    expect(skillsIn("A project's UI is the project")).toEqual(['Go', 'React', 'Frontend', 'Meshery']);
    expect(skillsIn('Design on its own is UI design')).toEqual(['TypeScript', 'React', 'UI Design', 'UX']);
  });

  it('offers no "Automation" value: the word alone names no skill to filter by', () => {
    expect(skillsIn('Automation beside testing')).toEqual(['Go', 'Kubernetes', 'Testing']);
    expect(skillsIn('Automation beside CI')).toEqual(['Go', 'GitHub', 'Testing', 'CI/CD']);
    expect(meanings.facets.skills.map((s) => s.value)).not.toContain('Automation');
  });
});

describe('Skills facet: across the corpus', () => {
  it('offers an unknown value listed by two projects, and not one listed by a single project', () => {
    expect(skillsOf('A tool one project mentions')).toEqual(['Go', 'Frobnicator']);
    expect(skillsOf('A tool a second project mentions')).toEqual(['Rust', 'Frobnicator']);
    // Twice in one project is still one project; the name stays in the text that is searched.
    expect(skillsOf('The same tool again in that project')).toEqual(['Go']);
    expect(facetValues).not.toContain('Gizmotron');
    expect(byTitle(index, 'The same tool again in that project').skillsText).toBe('Go, Gizmotron');
  });

  const record = (project: string, skills: string[]) => ({ project, skills }) as IdeaRecord;
  it('always offers a value the vocabulary knows, even from one project', () => {
    const out = skillFacet([record('Thanos', ['Syslog', 'Widgetry']), record('Jaeger', ['widgetry', 'Go']), record('Jaeger', ['Gadgetry'])]);
    expect(out.map((r) => r.skills)).toEqual([['Syslog', 'Widgetry'], ['Widgetry', 'Go'], []]);
  });

  it('merges case variants into the most common spelling, whatever the input order', () => {
    const records = [record('A', ['gadgetry']), record('B', ['Gadgetry']), record('C', ['Gadgetry'])];
    expect(skillFacet(records).map((r) => r.skills)).toEqual([['Gadgetry'], ['Gadgetry'], ['Gadgetry']]);
    expect(skillFacet([record('A', ['Gadgetry']), record('B', ['gadgetry'])])[0]!.skills).toEqual(
      skillFacet([record('B', ['gadgetry']), record('A', ['Gadgetry'])])[1]!.skills,
    );
  });
});

describe('Skills vocabulary (src/ingest/vocab/skill-aliases.json)', () => {
  const entries = Object.entries(vocabulary.aliases as Record<string, string[]>);
  const key = (s: string) => s.toLowerCase().replace(/(?<=\p{L})[-_](?=\p{L})/gu, ' ');

  it('maps every canonical name and alias to its canonical name', () => {
    const wrong: string[] = [];
    for (const [canonical, aliases] of entries) {
      for (const spelling of [canonical, ...aliases]) {
        const found = normalizeSkills(spelling);
        if (found[0] !== canonical || knownSkill(spelling) !== canonical) wrong.push(`${spelling} → ${found.join(', ')} (want ${canonical})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives each spelling one canonical name, and never ignores a known spelling', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [canonical, aliases] of entries) {
      for (const spelling of [canonical, ...aliases]) {
        const previous = owner.get(key(spelling));
        if (previous && previous !== canonical) clashes.push(`${spelling}: ${previous} / ${canonical}`);
        owner.set(key(spelling), canonical);
      }
    }
    expect(clashes).toEqual([]);
    expect(vocabulary.ignore.filter((word) => owner.has(key(word)))).toEqual([]);
    expect(vocabulary.inSentences.filter((name) => !Object.hasOwn(vocabulary.aliases, name))).toEqual([]);
    expect(vocabulary.notInSentences.filter((spelling) => !owner.has(key(spelling)))).toEqual([]);
  });

  it('finds names in sentences by their own spelling only', () => {
    expect(technologiesIn('Go-to-market strategy and Kubernetes node lifecycle')).toEqual(['Kubernetes']);
    expect(technologiesIn('Ideally golang, or Rust, and some k8s')).toEqual(['Go', 'Rust', 'Kubernetes']);
    // Technical writing by its two-word name; "writing" alone is an ordinary word in a sentence.
    expect(technologiesIn('Clear technical writing for newcomers')).toEqual(['Technical Writing']);
    expect(technologiesIn('Comfortable writing for a wide audience')).toEqual([]);
  });

  it('finds C in a sentence by its capital alone (lfx-mentorship/2025/03-Sep-Nov/README.md:761)', () => {
    expect(normalizeSkills('Golang, Some C knowledge about eBPF and IPsec, Basic networking knowledge').filter((s) => knownSkill(s))).toEqual([
      'Go',
      'C',
      'eBPF',
      'IPsec',
      'Networking',
    ]);
    // Not a lower-case c, nor the C of C++ or C#.
    expect(technologiesIn('a c compiler written in C++ or C#').sort()).toEqual(['C#', 'C++']);
    expect(technologiesIn('a compiler written in C').sort()).toEqual(['C']);
  });

  it('reads being at ease talking English with users as communication, and no other "communication" (lfx-mentorship/2025/03-Sep-Nov/README.md:337, 2025/01-Mar-May/README.md:654)', () => {
    expect(normalizeSkills('Being comfortable to talk with End-Users in English.')).toEqual(['Communication']);
    expect(normalizeSkills('Being comfortable to talk with end-users and stakeholders in English.')).toEqual(['Communication']);
    expect(normalizeSkills('English skill at professional level')).toEqual(['Communication']);
    expect(normalizeSkills('Backend Development: Go and Kubernetes API communication.')).toEqual(['Go', 'Kubernetes']);
    expect(normalizeSkills('A2A communication patterns')).toEqual(['A2A']);
    // No skill of the vocabulary is organising one's work: the words stay in the text, searched, not in the facet.
    expect(normalizeSkills('Jekyll, strong organizational skills')).toEqual(['Jekyll']);
  });

  it('reads phrases applicants write as the skill they name, not as a word of another (lfx-mentorship/2025/03-Sep-Nov/README.md:278, 2026/02-Jun-Aug/README.md:1098)', () => {
    expect(normalizeSkills('Technical writing for developer content, basic web analytics')).toEqual(['Technical Writing', 'Data Analysis']);
    expect(normalizeSkills('Technical writing and storytelling')).toEqual(['Technical Writing', 'Content Writing']);
  });

  it('keeps a named tool apart from what it implements, and hardware apart from embedded systems (lfx-mentorship/2026/02-Jun-Aug/README.md:148, 2025/03-Sep-Nov/README.md:999)', () => {
    expect(normalizeSkills('Go, Kubernetes E2E testing, Gherkin, Godog, test refactoring')).toEqual(expect.arrayContaining(['Gherkin', 'Godog']));
    const amd = normalizeSkills('Go, Kubernetes, KubeEdge, Linux, Hardware Integration, AI/ML');
    expect(amd).toContain('Hardware Integration');
    expect(amd).not.toContain('Embedded Systems');
  });

  it('keeps benchmarking apart from performance engineering, and reads "infra as code" (lfx-mentorship/2025/03-Sep-Nov/README.md:1012, 2025/01-Mar-May/README.md:1003)', () => {
    // KubeEdge Ianvs ideas ask for "Benchmark": building benchmarks of AI models, no performance tuning.
    expect(normalizeSkills('Python, Benchmark, Dataset, Embodied Intelligence')).toEqual(['Python', 'Benchmarking', 'Dataset', 'Embodied Intelligence']);
    expect(normalizeSkills('Go, Kubernetes, performance benchmarking and profiling (pprof)')).toEqual(expect.arrayContaining(['Performance Engineering', 'Profiling']));
    expect(normalizeSkills('Go, Kubernetes, performance benchmarking and profiling (pprof)')).not.toContain('Benchmarking');
    expect(normalizeSkills('GitOps, SRE, Infra as code, cloud.')).toEqual(['GitOps', 'SRE', 'Infrastructure as Code', 'Cloud']);
  });

  it('finds Buildpacks in a sentence, pytest as a tool, and concurrency beside Linux (lfx-mentorship/2024/01-Mar-May/README.md:202, 2026/03-Sep-Nov/README.md:1551, :334)', () => {
    expect(normalizeSkills('Golang, software development literacy. Familiarity with buildpacks will be helpful')).toEqual(['Go', 'Buildpacks']);
    expect(normalizeSkills('Go, Kubernetes, E2E testing (Ginkgo, pytest)')).toEqual(expect.arrayContaining(['Ginkgo', 'pytest']));
    expect(normalizeSkills('Linux concurrency, synchronization design')).toEqual(expect.arrayContaining(['Linux', 'Concurrency']));
  });
});

describe('Skills facet: the whole default dataset', () => {
  const { index: corpus } = buildIndex(readSources([DATA_PROGRAMS]), { generatedAt: 'test' });

  it('is well under half its former 1,181 values', () => {
    expect(corpus.facets.skills.length).toBeLessThanOrEqual(450);
  });

  it('offers an unknown value only when two projects list it', () => {
    const projects = new Map<string, Set<string>>();
    for (const idea of corpus.ideas) for (const skill of idea.skills) projects.set(skill, (projects.get(skill) ?? new Set()).add(idea.project));
    expect(corpus.facets.skills.filter((s) => !knownSkill(s.value) && projects.get(s.value)!.size < 2)).toEqual([]);
  });

  it('leaves an idea without skills only when its text names nothing the vocabulary knows', () => {
    const empty = corpus.ideas.filter((i) => i.skills.length === 0 && i.skillsText);
    expect(empty.filter((i) => technologiesIn(i.skillsText).length > 0).map((i) => i.skillsText)).toEqual([]);
  });
});
