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
  if (headingAt < 0) return undefined;
  const depth = /^#+/.exec(lines[headingAt]!.trim())?.[0].length ?? 1;
  const timeline: TermTimeline = {};
  for (let i = headingAt + 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const heading = /^(#+)\s/.exec(line);
    if (heading && heading[1]!.length <= depth) break;
    readLine(line.replace(/[*\\]/g, ''), year, timeline);
  }
  return Object.keys(timeline).length > 0 ? { timeline, line: headingAt + 1 } : undefined;
}

function readLine(line: string, year: number, timeline: TermTimeline) {
  const [activity, dates] = splitActivity(line);
  if (!activity || !dates) return;
  const range = parseRange(dates, year);
  if (!range) return;
  const a = activity.toLowerCase();
  if (/proposal|project applications/.test(a) && !/review|select/.test(a)) {
    timeline.proposalsOpen ??= range.from;
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
  if (colon < 0) return [];
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

function parseRange(text: string, year: number): { from: string; to?: string } | undefined {
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
  return { from: from.hasTime ? from.iso : startOfDay(from.iso), ...(to ? { to: to.hasTime ? to.iso : endOfDay(to.iso) } : {}) };
}

function toIso(m: RegExpMatchArray, year: number, zone: string | undefined): { iso: string; hasTime: boolean } {
  const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase());
  const day = Number(m[2]);
  const y = m[3] ? Number(m[3]) : year;
  if (m[4] === undefined) return { iso: new Date(Date.UTC(y, month, day)).toISOString(), hasTime: false };
  let hours = Number(m[4]) % 12;
  if (m[6]?.toLowerCase() === 'pm') hours += 12;
  else if (!m[6]) hours = Number(m[4]);
  const offset = ZONES[(m[7] ?? zone ?? 'utc').toLowerCase()] ?? 0;
  return { iso: new Date(Date.UTC(y, month, day, hours - offset, Number(m[5]))).toISOString(), hasTime: true };
}

const startOfDay = (iso: string) => `${iso.slice(0, 10)}T00:00:00.000Z`;
const endOfDay = (iso: string) => `${iso.slice(0, 10)}T23:59:00.000Z`;
