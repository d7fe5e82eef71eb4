import type { TermTimeline } from '../../model/idea-index.ts';

/**
 * Key dates of an LFX term from its README's timeline: a table (`| Mentee Applications Open | Mon,
 * Aug 3, 00:00 UTC – Tue, Aug 18, 23:59 UTC |`) or a list (`- mentees applications open: Feb 1st -
 * Feb 12th`, `- September 21 - September 28 (1 week): mentees applications opened`). Dates without
 * a time open at 00:00 and close at 23:59 UTC; US time zones are converted.
 */
export function readTimeline(markdown: string, year: number): { timeline: TermTimeline; line: number } | undefined {
  const lines = markdown.split('\n');
  // Under a "Timeline" heading, or (2023 Term 1) a table headed "activity | date" anywhere.
  let headingAt = lines.findIndex((l) => /^#{1,6}\s+(?:\d{4}\s+)?timeline\b/i.test(l.trim()));
  if (headingAt < 0) headingAt = lines.findIndex((l) => /^\|\s*activity\s*\|\s*dates?\b/i.test(l.trim())) - 1;
  // GSoC year files (2026 on): a "Key GSoC 2026 dates:" paragraph over a list, which ends at a blank line.
  const keyDatesAt = headingAt < 0 ? lines.findIndex((l) => /^\**key\b.*\bdates\b.*:?\**$/i.test(l.trim())) : -1;
  if (headingAt < 0 && keyDatesAt < 0) return undefined;
  const start = headingAt >= 0 ? headingAt : keyDatesAt;
  const depth = /^#+/.exec(lines[start]!.trim())?.[0].length ?? 1;
  const timeline: TermTimeline = {};
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const heading = /^(#+)\s/.exec(line);
    if (heading && heading[1]!.length <= depth) break;
    if (keyDatesAt >= 0 && !line && i > start + 1) break;
    readLine(line.replace(/[*\\]/g, ''), year, timeline);
  }
  return Object.keys(timeline).length > 0 ? { timeline, line: start + 1 } : undefined;
}

function readLine(line: string, year: number, timeline: TermTimeline) {
  const [activity, dates] = splitActivity(line);
  if (!activity || !dates) return;
  const range = parseRange(dates, year);
  if (!range) return;
  const a = activity.toLowerCase();
  if (/proposal|project applications/.test(a) && !/review|select/.test(a)) {
    // "project proposals due: May 9" and GSoC's "proposals submissions recommendation" are deadlines.
    // So is a single date with a time ("project proposals | Thur July 27, 5:00 PM PDT").
    if (/\bdue\b|deadline|recommend/.test(a) || (!range.to && range.fromHasTime))
      timeline.proposalsClose ??= range.to ?? (range.fromHasTime ? range.from : endOfDay(range.from));
    else {
      timeline.proposalsOpen ??= range.from;
      if (range.to) timeline.proposalsClose ??= range.to;
    }
  } else if (/applications? open|mentees? applications|^applications/.test(a) && !/review|decision/.test(a)) {
    timeline.applicationsOpen ??= range.from;
    if (range.to) timeline.applicationsClose ??= range.to;
  } else if (/program begins|coding starts|mentorship program begins/.test(a)) {
    timeline.start ??= range.from;
  } else if (/last day of term/.test(a)) {
    timeline.end = range.to ?? endOfDay(range.from);
  } else if (/\bterm\b/.test(a) && range.to) {
    // "Spring Term: March 1st - May 31st"
    timeline.start ??= range.from;
    timeline.end ??= range.to;
  }
}

/** `activity | dates` (table), `activity: dates` or `dates: activity` / `dates - activity` (lists). */
function splitActivity(line: string): [string, string] | [] {
  if (line.startsWith('|')) {
    const cells = line.split('|').map((c) => c.trim());
    return cells[1] && cells[2] && !/^-+$/.test(cells[1]) ? [cells[1], cells[2]] : [];
  }
  const item = line.replace(/^[-*+]\s+/, '');
  const colon = item.indexOf(':');
  if (colon < 0) {
    // "October 5 - mentees are selected by the mentors, coding starts;"
    const dashed = /^(.*\d)\s+[-–]\s+([a-z].*)$/.exec(item);
    return dashed && MONTH.test(dashed[1]!) ? [dashed[2]!, dashed[1]!] : [];
  }
  const left = item.slice(0, colon);
  const right = item.slice(colon + 1);
  // The side holding a month name is the date.
  return MONTH.test(left) && !MONTH.test(right) ? [right, left] : [left, right];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}/i;
const DATE =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?:,?\s+(\d{1,2}):(\d{2})\s*(am|pm)?\s*(utc|gmt|pdt|pst|edt|est)?)?/gi;
const ZONES: Record<string, number> = { utc: 0, gmt: 0, pdt: -7, pst: -8, edt: -4, est: -5 };

function parseRange(written: string, year: number): { from: string; fromHasTime: boolean; to?: string } | undefined {
  const text = written
    // "11AM PST (19:00 UTC)": the UTC time written beside a local one is the one to trust.
    .replace(/\b\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*(?:pst|pdt|est|edt)\s*\(\s*(\d{1,2}:\d{2})\s*(utc|gmt)\s*\)/gi, '$1 $2')
    // "11AM", "11 AM": an hour without minutes.
    .replace(/(?<![:\d])(\d{1,2})\s*(am|pm)\b/gi, '$1:00 $2');
  const found = [...text.matchAll(DATE)];
  if (found.length === 0) return undefined;
  // A zone written once, at the end, applies to every date of the range.
  const zone = found.map((m) => m[7]).findLast(Boolean);
  const [first, second] = found.map((m) => toIso(m, year, zone));
  const from = first!;
  let to = found[1] ? second : undefined;
  if (!to) {
    // "February 1 - 21", "Wed Aug 2 - Tues 15": the end day in the same month.
    const rest = text.slice(found[0]!.index! + found[0]![0].length);
    const day = /^\s*[-–]\s*(?:[A-Za-z]{2,5}\.?\s+)?(\d{1,2})(?![\d:])/.exec(rest)?.[1];
    const time = /(\d{1,2}):(\d{2})\s*(am|pm)?\s*(utc|gmt|pdt|pst|edt|est)?/i.exec(rest);
    if (day) {
      const synthetic = [found[0]![0], found[0]![1], day, found[0]![3], time?.[1], time?.[2], time?.[3], time?.[4]] as unknown as RegExpMatchArray;
      to = toIso(synthetic, year, zone);
    }
  }
  return { from: from.hasTime ? from.iso : startOfDay(from.iso), fromHasTime: from.hasTime, ...(to ? { to: to.hasTime ? to.iso : endOfDay(to.iso) } : {}) };
}

function toIso(m: RegExpMatchArray, year: number, zone: string | undefined): { iso: string; hasTime: boolean } {
  const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase());
  const y = m[3] ? Number(m[3]) : year;
  // "November 31st" is the last day of November, not December 1st.
  const day = Math.min(Number(m[2]), new Date(Date.UTC(y, month + 1, 0)).getUTCDate());
  if (m[4] === undefined) return { iso: new Date(Date.UTC(y, month, day)).toISOString(), hasTime: false };
  let hours = Number(m[4]) % 12;
  if (m[6]?.toLowerCase() === 'pm') hours += 12;
  else if (!m[6]) hours = Number(m[4]);
  const offset = ZONES[(m[7] ?? zone ?? 'utc').toLowerCase()] ?? 0;
  return { iso: new Date(Date.UTC(y, month, day, hours - offset, Number(m[5]))).toISOString(), hasTime: true };
}

const startOfDay = (iso: string) => `${iso.slice(0, 10)}T00:00:00.000Z`;
const endOfDay = (iso: string) => `${iso.slice(0, 10)}T23:59:00.000Z`;
