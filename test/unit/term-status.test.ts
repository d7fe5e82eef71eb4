import { describe, expect, it } from 'vitest';
import { applicationOutlook, formatMoment, termStatus, termStatusByYear } from '../../src/model/term-status.ts';

const timeline = {
  proposalsOpen: '2026-07-01T00:00:00.000Z',
  applicationsOpen: '2026-08-03T00:00:00.000Z',
  applicationsClose: '2026-08-18T23:59:00.000Z',
  start: '2026-09-07T00:00:00.000Z',
  end: '2026-11-27T23:59:00.000Z',
};
const at = (iso: string) => new Date(iso);

describe('term status', () => {
  it('is upcoming before applications open, saying when', () => {
    expect(termStatus({ timeline }, at('2026-07-20T12:00:00Z'))).toEqual({
      phase: 'upcoming',
      label: 'Upcoming — applications open Mon 3 Aug (in 13 days)',
      at: '2026-08-03T00:00:00.000Z',
    });
  });

  it('is open until the close, saying when it closes in UTC and how long is left', () => {
    expect(termStatus({ timeline }, at('2026-08-13T10:00:00Z')).label).toBe('Applications open — closes Tue 18 Aug, 23:59 UTC (in 5 days)');
    expect(termStatus({ timeline }, at('2026-08-03T00:00:00Z')).phase).toBe('open');
    expect(termStatus({ timeline }, at('2026-08-18T20:00:00Z')).label).toBe('Applications open — closes Tue 18 Aug, 23:59 UTC (in 3 hours)');
    expect(termStatus({ timeline }, at('2026-08-18T23:59:00Z')).phase).toBe('open');
  });

  it('is closed after the close, in progress from the start, completed after the end', () => {
    expect(termStatus({ timeline }, at('2026-08-19T00:00:00Z'))).toEqual({ phase: 'closed', label: 'Applications closed' });
    expect(termStatus({ timeline }, at('2026-09-07T00:00:00Z'))).toEqual({ phase: 'in-progress', label: 'In progress' });
    expect(termStatus({ timeline }, at('2026-11-30T00:00:00Z'))).toEqual({ phase: 'completed', label: 'Completed' });
  });

  it('is over once longer ago than any term lasts, when the end (or the start) was never published', () => {
    // LFX 2020 Term 3 (Q3–Q4) gives applications and a start, no end; 2020 Term 1 only its applications.
    const noEnd = { applicationsOpen: '2020-09-21T00:00:00.000Z', applicationsClose: '2020-09-28T23:59:00.000Z', start: '2020-10-05T00:00:00.000Z' };
    expect(termStatus({ timeline: noEnd }, at('2020-12-20T00:00:00Z')).phase).toBe('in-progress');
    expect(termStatus({ timeline: noEnd }, at('2026-12-01T00:00:00Z'))).toEqual({ phase: 'completed', label: 'Completed' });
    const onlyApplications = { applicationsOpen: '2019-12-05T00:00:00.000Z', applicationsClose: '2019-12-15T23:59:00.000Z' };
    expect(termStatus({ timeline: onlyApplications }, at('2019-12-20T00:00:00Z')).phase).toBe('closed');
    expect(termStatus({ timeline: onlyApplications }, at('2026-12-01T00:00:00Z')).phase).toBe('completed');
  });

  it('does not guess without dates, except that a term of an earlier year is over', () => {
    expect(termStatus({}, at('2026-11-30T00:00:00Z')).phase).toBe('unknown');
    expect(termStatusByYear({ year: 2019 }, at('2026-11-30T00:00:00Z')).phase).toBe('completed');
    expect(termStatusByYear({ year: 2026 }, at('2026-11-30T00:00:00Z')).phase).toBe('unknown');
  });

  it('formats moments in UTC', () => {
    expect(formatMoment('2025-02-18T19:00:00.000Z')).toBe('Tue 18 Feb, 19:00 UTC');
  });
});

describe('application outlook', () => {
  const term = (key: string, year: number, applicationsOpen: string, applicationsClose: string) =>
    ({
      key,
      program: 'LFX Mentorship',
      year,
      label: key,
      order: 0,
      timeline: { applicationsOpen, applicationsClose },
      source: { file: 'x', line: 1 },
    }) as const;
  const terms = [
    term('lfx-2026-3', 2026, '2026-08-03T00:00:00.000Z', '2026-08-18T23:59:00.000Z'),
    term('lfx-2026-1', 2026, '2026-01-26T00:00:00.000Z', '2026-02-10T23:59:00.000Z'),
    term('lfx-2025-3', 2025, '2025-07-31T18:00:00.000Z', '2025-08-12T18:00:00.000Z'),
    term('lfx-2025-2', 2025, '2025-05-15T18:00:00.000Z', '2025-05-27T18:00:00.000Z'),
    term('lfx-2025-1', 2025, '2025-02-05T00:00:00.000Z', '2025-02-18T19:00:00.000Z'),
  ];

  it('leads with the terms open or about to open', () => {
    const outlook = applicationOutlook(terms, new Date('2026-07-25T00:00:00Z'));
    expect(outlook.kind === 'terms' && outlook.terms.map((t) => [t.term.key, t.status.phase])).toEqual([['lfx-2026-3', 'upcoming']]);
    const open = applicationOutlook(terms, new Date('2026-08-10T00:00:00Z'));
    expect(open.kind === 'terms' && open.terms.map((t) => [t.term.key, t.status.phase])).toEqual([['lfx-2026-3', 'open']]);
  });

  it('says when each LFX term usually opens when none is open', () => {
    expect(applicationOutlook(terms, new Date('2026-11-30T00:00:00Z'))).toEqual({ kind: 'none', usualMonths: ['January–February', 'May', 'July–August'] });
  });
});
