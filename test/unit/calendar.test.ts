import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Idea, Term } from '../../src/model/idea-index.ts';
import { CALENDAR_NAME, deadlineCalendar } from '../../src/shortlist/calendar.ts';

const SITE = 'https://example.org/mentorship-ideas/';
const NOW = new Date('2026-05-01T09:30:00Z');

const term = (key: string, label: string, applicationsClose?: string): Term => ({
  key,
  program: key.startsWith('gsoc') ? 'Google Summer of Code' : 'LFX Mentorship',
  year: 2026,
  label,
  order: 20260,
  ...(applicationsClose ? { timeline: { applicationsOpen: '2026-01-01T00:00:00.000Z', applicationsClose } } : {}),
  source: { file: 'x.md', line: 1 },
});
const TERMS = [
  term('lfx-2026-3', '2026 Term 3 (Sep–Nov)', '2026-08-18T23:59:00.000Z'),
  term('lfx-2026-2', '2026 Term 2 (Jun–Aug)', '2026-05-19T18:00:00.000Z'),
  term('gsoc-2026', 'GSoC 2026'),
];

function makeIdea(id: string, termKey: string, title = `Idea ${id}`, project = 'Harbor'): Idea {
  const t = TERMS.find((x) => x.key === termKey)!;
  return {
    id,
    title,
    project,
    program: t.program,
    year: t.year,
    term: t.label,
    termKey,
    termOrder: t.order,
    status: 'proposed',
    skills: [],
    skillsText: '',
    mentors: [{ name: 'Jane Roe', github: 'jroe' }],
    issues: [],
    description: { markdown: 'Write to jane@example.org', text: 'Write to jane@example.org', html: '' },
    source: { file: 'x.md', line: 1 },
  };
}

const parse = (ics: string) => new ICAL.Component(ICAL.parse(ics));
const events = (ics: string) => parse(ics).getAllSubcomponents('vevent');
const text = (component: ICAL.Component, name: string) => String(component.getFirstPropertyValue(name));

describe('deadline calendar', () => {
  const shortlist = [
    makeIdea('a', 'lfx-2026-3', 'Harbor CLI', 'Harbor'),
    makeIdea('b', 'lfx-2026-3', 'Policy reports', 'Kyverno'),
    makeIdea('c', 'lfx-2026-2'),
    makeIdea('d', 'gsoc-2026'),
  ];
  const calendar = deadlineCalendar(shortlist, TERMS, { siteUrl: SITE, now: NOW });

  it('has one event per term deadline, however many ideas the term has', () => {
    expect(calendar.events).toBe(2);
    const vevents = events(calendar.ics);
    expect(vevents).toHaveLength(2);
    expect(vevents.map((e) => text(e, 'summary'))).toEqual(['Applications close: LFX 2026 Term 2 (Jun–Aug)', 'Applications close: LFX 2026 Term 3 (Sep–Nov)']);
    expect(parse(calendar.ics).getFirstPropertyValue('x-wr-calname')).toBe(CALENDAR_NAME);
  });

  it('reports the terms without a close date instead of inventing one', () => {
    expect(calendar.skipped).toEqual(['GSoC 2026']);
  });

  it('leaves out deadlines already past, and names their terms', () => {
    const inJuly = deadlineCalendar(shortlist, TERMS, { siteUrl: SITE, now: new Date('2026-07-01T00:00:00Z') });
    expect(events(inJuly.ics).map((e) => text(e, 'summary'))).toEqual(['Applications close: LFX 2026 Term 3 (Sep–Nov)']);
    expect(inJuly).toMatchObject({ events: 1, closed: ['LFX 2026 Term 2 (Jun–Aug)'], skipped: ['GSoC 2026'] });
    const inDecember = deadlineCalendar(shortlist, TERMS, { siteUrl: SITE, now: new Date('2026-12-01T00:00:00Z') });
    expect(inDecember).toMatchObject({ events: 0, closed: ['LFX 2026 Term 3 (Sep–Nov)', 'LFX 2026 Term 2 (Jun–Aug)'] });
    expect(events(inDecember.ics)).toHaveLength(0);
  });

  it('starts each event at the close instant, in UTC', () => {
    for (const event of events(calendar.ics)) {
      const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
      expect(start.zone?.tzid).toBe('UTC');
      expect(start.isDate).toBe(false);
    }
    const [may, aug] = events(calendar.ics).map((e) => (e.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString());
    expect(may).toBe('2026-05-19T18:00:00.000Z');
    expect(aug).toBe('2026-08-18T23:59:00.000Z');
    expect(calendar.ics).toContain('\r\nDTSTART:20260818T235900Z\r\n');
  });

  it('gives each deadline a stable, unique id, so a newer export updates the events', () => {
    const uids = events(calendar.ics).map((e) => text(e, 'uid'));
    expect(uids).toEqual(['deadline-lfx-2026-2@mentorship-ideas', 'deadline-lfx-2026-3@mentorship-ideas']);
    const later = deadlineCalendar(shortlist.slice(1), TERMS, { siteUrl: SITE, now: new Date('2026-05-10T00:00:00Z') });
    expect(events(later.ics).map((e) => text(e, 'uid'))).toEqual(uids);
    expect(text(events(calendar.ics)[0]!, 'dtstamp')).toBe('2026-05-01T09:30:00Z');
  });

  it('lists the shortlisted ideas of the term with links to their pages', () => {
    const august = events(calendar.ics)[1]!;
    const description = text(august, 'description');
    expect(description).toContain('close Tue 18 Aug, 23:59 UTC');
    expect(description).toContain('- Harbor CLI — Harbor\n  https://example.org/mentorship-ideas/ideas/a');
    expect(description).toContain('- Policy reports — Kyverno\n  https://example.org/mentorship-ideas/ideas/b');
    expect(description).not.toContain('Idea c');
    expect(text(august, 'url')).toBe(`${SITE}shortlist`);
    expect(text(events(calendar.ics)[0]!, 'url')).toBe(`${SITE}ideas/c`);
  });

  it('reminds two days before the deadline', () => {
    for (const event of events(calendar.ics)) {
      const alarms = event.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(1);
      expect(alarms[0]!.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect((alarms[0]!.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-2 * 24 * 3600);
      expect(text(alarms[0]!, 'description')).toMatch(/close in 2 days$/);
    }
    // As RFC 5545 writes durations: a "T" is followed by a time ("-P2DT" is lenient parsers' luck).
    const triggers = calendar.ics.split('\r\n').filter((line) => line.startsWith('TRIGGER'));
    expect(triggers).toHaveLength(2);
    for (const line of triggers) expect(line).toMatch(/^TRIGGER:-P(?:\d+W|\d+D|(?:\d+D)?T(?:\d+H)?(?:\d+M)?(?:\d+S)?)$/);
    for (const line of triggers) expect(line).not.toMatch(/T$/);
  });

  it('writes CRLF lines of at most 75 octets, folded where a long non-ASCII title needs it', () => {
    const title = 'Überwachung für Kubernetes – ウェブアセンブリ: grüne Rechenzentren und Energieeffizienz, Teil Ⅱ; ünd mehr';
    const { ics } = deadlineCalendar([makeIdea('long', 'lfx-2026-3', title)], TERMS, { siteUrl: SITE, now: NOW });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(text(events(ics)[0]!, 'description')).toContain(`- ${title} — Harbor`);
  });

  it('never includes an e-mail address', () => {
    const leaky = makeIdea('e', 'lfx-2026-3', 'Ask mentor@example.org about the CLI', 'Harbor <harbor@cncf.io>');
    const { ics } = deadlineCalendar([leaky], TERMS, { siteUrl: SITE, now: NOW });
    expect(ics).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/);
    expect(text(events(ics)[0]!, 'description')).toContain('Ask [e-mail removed] about the CLI');
  });

  it('is an empty but valid calendar for a shortlist without deadlines', () => {
    const none = deadlineCalendar([makeIdea('d', 'gsoc-2026')], TERMS, { siteUrl: SITE, now: NOW });
    expect(none).toMatchObject({ events: 0, skipped: ['GSoC 2026'] });
    expect(events(none.ics)).toHaveLength(0);
    expect(parse(none.ics).name).toBe('vcalendar');
  });
});
