import { corpusIndex } from './helpers.ts';
import { describe, expect, it } from 'vitest';
import { mentorSummary } from '../../src/insights/mentor-summary.ts';
import { ideasPerTerm, ideasPerYear, skillShareByYear, topProjects, topSkills } from '../../src/insights/programme-stats.ts';
import { projectDirectory, projectSummary } from '../../src/insights/project-summary.ts';
import type { Idea, Mentor, Term } from '../../src/model/idea-index.ts';
import { mentorPageSlug, projectPageSlug } from '../../src/model/page-slugs.ts';

const index = corpusIndex();
const ids = (ideas: readonly Pick<Idea, 'id'>[]) => ideas.map((i) => i.id).sort();
const isMentor = (idea: Idea, handle: string) => idea.mentors.some((m) => m.github?.toLowerCase() === handle);

const term = (key: string, order: number, program = key.startsWith('gsoc') ? 'Google Summer of Code' : 'LFX Mentorship'): Term => ({
  key,
  program,
  year: Math.floor(order / 10),
  label: program === 'LFX Mentorship' ? `${Math.floor(order / 10)} Term ${order % 10}` : `GSoC ${Math.floor(order / 10)}`,
  order,
  source: { file: 'x.md', line: 1 },
});
const TERMS = [term('lfx-2022-1', 20221), term('gsoc-2021', 20212), term('lfx-2021-3', 20213), term('lfx-2021-2', 20212), term('lfx-2021-1', 20211)];

let n = 0;
function makeIdea(fields: { project?: string; termKey?: string; skills?: string[]; mentors?: Mentor[]; title?: string } = {}): Idea {
  const t = TERMS.find((x) => x.key === (fields.termKey ?? 'lfx-2021-1'))!;
  const title = fields.title ?? `Idea ${++n}`;
  return {
    id: `${t.key}-${fields.project ?? 'harbor'}-${title}`.toLowerCase().replace(/\W+/g, '-'),
    title,
    project: fields.project ?? 'Harbor',
    program: t.program,
    year: t.year,
    term: t.label,
    termKey: t.key,
    termOrder: t.order,
    status: 'proposed',
    skills: fields.skills ?? [],
    skillsText: (fields.skills ?? []).join(', '),
    mentors: fields.mentors ?? [],
    issues: [],
    description: { markdown: '', text: '', html: '' },
    source: { file: 'x.md', line: 1 },
  };
}
const fixture = (ideas: Idea[]) => ({ ideas, terms: TERMS, projects: [] });

describe('project summary on the whole index', () => {
  const jaeger = projectSummary(index, 'jaeger')!;
  const expected = index.ideas.filter((idea) => idea.project === 'Jaeger');

  it('lists every Jaeger idea once, grouped by term, newest term first', () => {
    expect(expected.length).toBeGreaterThan(10);
    expect(jaeger.ideaCount).toBe(expected.length);
    expect(ids(jaeger.byTerm.flatMap((t) => t.ideas))).toEqual(ids(expected));
    const orders = jaeger.byTerm.map((t) => t.term.order);
    expect(orders).toEqual([...orders].sort((a, b) => b - a));
    expect(jaeger.lastTerm.order).toBe(Math.max(...expected.map((i) => i.termOrder)));
    expect(jaeger.firstTerm.order).toBe(Math.min(...expected.map((i) => i.termOrder)));
  });

  it('has its landscape data and name', () => {
    expect(jaeger.name).toBe('Jaeger');
    expect(jaeger.info?.maturity).toBe('graduated');
    expect(jaeger.programs.sort()).toEqual([...new Set(expected.map((i) => i.program))].sort());
  });

  it('counts each mentor once per idea and ranks them by ideas mentored', () => {
    const yuri = jaeger.mentors.find((m) => m.slug === 'yurishkuro')!;
    expect(yuri.count).toBe(expected.filter((i) => isMentor(i, 'yurishkuro')).length);
    expect(yuri.name).toBe('Yuri Shkuro');
    const counts = jaeger.mentors.map((m) => m.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('charts a count per term that adds up to its ideas', () => {
    expect(jaeger.perTerm.reduce((sum, t) => sum + t.count, 0)).toBe(expected.length);
    const orders = jaeger.perTerm.map((t) => t.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('gives every project with ideas a page whose count matches the projects index', () => {
    const directory = projectDirectory(index);
    expect(directory.reduce((sum, p) => sum + p.count, 0)).toBe(index.ideas.length);
    for (const entry of directory) expect(projectSummary(index, entry.slug)?.ideaCount, entry.slug).toBe(entry.count);
    expect(directory.find((p) => p.slug === 'jaeger')).toMatchObject({ name: 'Jaeger', maturity: 'graduated', count: expected.length });
  });

  it('answers null for a project without ideas', () => {
    expect(projectSummary(index, 'no-such-project')).toBeNull();
  });
});

describe('mentor summary on the whole index', () => {
  // A mentor of both LFX and GSoC ideas, found rather than assumed, with the most ideas.
  const both = [...new Set(index.ideas.flatMap((i) => i.mentors.flatMap((m) => (m.github ? [m.github.toLowerCase()] : []))))]
    .map((handle) => ({ handle, ideas: index.ideas.filter((i) => isMentor(i, handle)) }))
    .filter(({ ideas }) => new Set(ideas.map((i) => i.program)).size > 1)
    .sort((a, b) => b.ideas.length - a.ideas.length)[0]!;

  it('lists every idea of a mentor of both programs, newest first', () => {
    const summary = mentorSummary(index, both.handle)!;
    expect(ids(summary.ideas)).toEqual(ids(both.ideas));
    expect(summary.byProgram.map((p) => p.program).sort()).toEqual(['Google Summer of Code', 'LFX Mentorship']);
    expect(summary.byProgram.reduce((sum, p) => sum + p.count, 0)).toBe(both.ideas.length);
    const orders = summary.ideas.map((i) => i.termOrder);
    expect(orders).toEqual([...orders].sort((a, b) => b - a));
    expect(summary.terms).toBe(new Set(both.ideas.map((i) => i.termKey)).size);
    expect(summary.projects.reduce((sum, p) => sum + p.count, 0)).toBe(both.ideas.length);
  });

  it('never lists mentors as their own co-mentor, and counts the ideas they share', () => {
    const slugs = new Set(index.ideas.flatMap((i) => i.mentors.map(mentorPageSlug)));
    expect(slugs.size).toBeGreaterThan(100);
    let withCoMentors = 0;
    for (const slug of slugs) {
      const summary = mentorSummary(index, slug)!;
      expect(summary.coMentors.map((c) => c.slug)).not.toContain(slug);
      if (summary.coMentors.length > 0) withCoMentors++;
    }
    expect(withCoMentors).toBeGreaterThan(100);
    const summary = mentorSummary(index, both.handle)!;
    const first = summary.coMentors[0]!;
    expect(first.count).toBe(both.ideas.filter((i) => i.mentors.some((m) => mentorPageSlug(m) === first.slug)).length);
  });

  it('answers null for someone who mentors nothing', () => {
    expect(mentorSummary(index, 'no-such-handle-xyz')).toBeNull();
    expect(mentorSummary(index, '~nobody-at-all')).toBeNull();
  });
});

describe('programme statistics on the whole index', () => {
  it('counts ideas per term, oldest first, adding up to every idea', () => {
    const perTerm = ideasPerTerm(index);
    expect(perTerm.reduce((sum, t) => sum + t.count, 0)).toBe(index.ideas.length);
    for (const t of perTerm) expect(t.count).toBe(index.ideas.filter((i) => i.termKey === t.termKey).length);
    expect(perTerm.at(0)!.order).toBeLessThan(perTerm.at(-1)!.order);
    expect(perTerm.find((t) => t.termKey === 'gsoc-2024')!.label).toBe('GSoC 2024');
  });

  it('counts ideas per year and program', () => {
    const perYear = ideasPerYear(index);
    expect(perYear.reduce((sum, y) => sum + y.total, 0)).toBe(index.ideas.length);
    for (const y of perYear) {
      expect(Object.values(y.byProgram).reduce((a, b) => a + b, 0)).toBe(y.total);
      expect(y.byProgram['Google Summer of Code']).toBe(index.ideas.filter((i) => i.year === y.year && i.program === 'Google Summer of Code').length);
    }
    expect(perYear.map((y) => y.year)).toEqual([...perYear.map((y) => y.year)].sort());
  });

  it('gives each skill its share of a year’s ideas', () => {
    const rows = skillShareByYear(index, ['Go', 'rust', 'Python', 'TypeScript']);
    const y2025 = rows.find((r) => r.year === 2025)!;
    const ideas2025 = index.ideas.filter((i) => i.year === 2025);
    const goIdeas = ideas2025.filter((i) => i.skills.includes('Go')).length;
    expect(y2025.skills[0]).toEqual({ skill: 'Go', count: goIdeas, share: goIdeas / ideas2025.length });
    expect(y2025.skills[1]!.count).toBe(ideas2025.filter((i) => i.skills.includes('Rust')).length);
    expect(y2025.skills[1]!.count).toBeGreaterThan(0);
  });

  it('ranks skills and projects by ideas', () => {
    const skills = topSkills(index, 5);
    expect(skills).toHaveLength(5);
    expect(skills[0]).toEqual({ value: 'Go', count: index.ideas.filter((i) => i.skills.includes('Go')).length });
    const projects = topProjects(index, 3);
    expect(projects[0]!.count).toBe(index.ideas.filter((i) => projectPageSlug(i) === projects[0]!.slug).length);
    expect(projects[0]!.count).toBeGreaterThanOrEqual(projects[1]!.count);
  });
});

describe('aggregations on small fixtures', () => {
  it('shows terms of the same program without ideas between a project’s first and last as 0', () => {
    const ideas = [
      makeIdea({ termKey: 'lfx-2021-1' }),
      makeIdea({ termKey: 'lfx-2021-3' }),
      makeIdea({ termKey: 'lfx-2021-3' }),
      makeIdea({ project: 'Other', termKey: 'lfx-2021-2' }),
      makeIdea({ project: 'Other', termKey: 'lfx-2022-1' }),
      makeIdea({ project: 'Other', termKey: 'gsoc-2021' }),
    ];
    const summary = projectSummary(fixture(ideas), 'harbor')!;
    expect(summary.perTerm.map((t) => [t.termKey, t.count])).toEqual([
      ['lfx-2021-1', 1],
      ['lfx-2021-2', 0],
      ['lfx-2021-3', 2],
    ]);
    expect(summary.perTerm[0]!.label).toBe('LFX 2021 Term 1');
  });

  it('breaks ties alphabetically, so equal counts never shuffle', () => {
    const ideas = [
      makeIdea({ skills: ['Rust', 'Go'], mentors: [{ github: 'zed' }, { name: 'Ann Lee' }] }),
      makeIdea({ skills: ['Java', 'Rust', 'C'], mentors: [{ github: 'zed' }, { github: 'Bob', name: 'Bob B' }] }),
      makeIdea({ skills: ['C'], mentors: [{ github: 'ZED' }, { github: 'aaron', name: 'Abe A' }] }),
      makeIdea({ project: 'Alpha', skills: ['Zig'] }),
      makeIdea({ project: 'Zulu', skills: ['Zig'] }),
    ];
    const summary = projectSummary(fixture(ideas), 'harbor')!;
    expect(summary.topSkills).toEqual([
      { value: 'C', count: 2 },
      { value: 'Rust', count: 2 },
      { value: 'Go', count: 1 },
      { value: 'Java', count: 1 },
    ]);
    expect(summary.mentors.map((m) => [m.slug, m.count])).toEqual([
      ['zed', 3],
      ['aaron', 1],
      ['~ann-lee', 1],
      ['bob', 1],
    ]);
    expect(projectDirectory(fixture(ideas)).map((p) => p.name)).toEqual(['Harbor', 'Alpha', 'Zulu']);
  });

  it('shows a mentor by the spelling most ideas use, and counts a double listing once', () => {
    const ideas = [
      makeIdea({ mentors: [{ github: 'Kakkoyun', name: 'Kemal' }, { github: 'kakkoyun' }, { github: 'bob' }] }),
      makeIdea({ mentors: [{ github: 'kakkoyun', name: 'Kemal Akkoyun' }] }),
      makeIdea({ mentors: [{ github: 'kakkoyun', name: 'Kemal Akkoyun' }, { github: 'bob' }], termKey: 'lfx-2022-1' }),
    ];
    const summary = mentorSummary(fixture(ideas), 'kakkoyun')!;
    expect(summary).toMatchObject({ name: 'Kemal Akkoyun', github: 'kakkoyun', terms: 2 });
    expect(summary.ideas[0]!.termKey).toBe('lfx-2022-1');
    expect(summary.coMentors).toEqual([{ slug: 'bob', github: 'bob', count: 2 }]);
    expect(projectSummary(fixture(ideas), 'harbor')!.mentors[0]).toMatchObject({ slug: 'kakkoyun', count: 3 });
  });
});
