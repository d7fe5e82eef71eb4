import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/ingest/build-index.ts';
import { readSources } from '../../src/ingest/sources/read-sources.ts';
import { DATA_PROGRAMS } from './helpers.ts';
import { hasEmail } from '../../src/ingest/normalise/redact.ts';

describe('the default dataset: the whole cncf/mentoring snapshot in data/', () => {
  const { index, files } = buildIndex(readSources([DATA_PROGRAMS]));

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

  it('merges accepted ideas with their proposals', () => {
    expect(index.ideas.length).toBeGreaterThan(800);
    const spring2021 = index.ideas.filter((i) => i.term === '2021 Term 1 (Spring)');
    expect(spring2021.filter((i) => i.status === 'accepted').length).toBeGreaterThanOrEqual(36);
    expect(spring2021.find((i) => i.title === 'Coprocessor plugin')?.lfxUrl).toMatch(/^https:\/\/mentorship\.lfx\.linuxfoundation\.org\/project\//);
  });

  it('never writes an e-mail address into mentors', () => {
    for (const idea of index.ideas) {
      for (const mentor of idea.mentors) expect(hasEmail(JSON.stringify(mentor)), JSON.stringify(mentor)).toBe(false);
      expect(hasEmail(idea.skillsText)).toBe(false);
    }
  });

  it('keeps every skill facet value to four words or fewer', () => {
    const long = index.facets.skills.filter((s) => s.value.trim().split(/\s+/).length > 4);
    expect(long).toEqual([]);
  });

  it('gives every idea a project and a unique id', () => {
    expect(index.ideas.filter((i) => !i.project || i.project === 'Unknown project')).toEqual([]);
    expect(new Set(index.ideas.map((i) => i.id)).size).toBe(index.ideas.length);
  });
});
