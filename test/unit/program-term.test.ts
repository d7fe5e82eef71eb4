import { describe, expect, it } from 'vitest';
import { programTermOf } from '../../src/ingest/normalise/program-term.ts';

describe('term names, from where a list is kept', () => {
  it.each([
    ['lfx-mentorship/2022/03-Sept-Nov/README.md', '2022 Term 3 (Sep–Nov)'],
    ['lfx-mentorship/2024/03-Sep-Nov/README.md', '2024 Term 3 (Sep–Nov)'],
    ['lfx-mentorship/2020/q3-q4/project_ideas.md', '2020 Term 3 (Q3–Q4)'],
    ['lfx-mentorship/2021/01-Spring/README.md', '2021 Term 1 (Spring)'],
    ['summerofcode/2023.md', 'GSoC 2023'],
  ])('%s is %s: one spelling for each month', (file, term) => {
    expect(programTermOf(file).term).toBe(term);
  });
});
