import type { Term } from './idea-index.ts';

/**
 * Where a term stands for an applicant, from its timeline and the current time. Computed in the
 * browser (the index is built once; "open" changes every day). Pure: `now` is passed in.
 */
export type TermPhase = 'upcoming' | 'open' | 'closed' | 'in-progress' | 'completed' | 'unknown';

export interface TermStatus {
  phase: TermPhase;
  /** One line for people: "Applications open — closes Tue 18 Aug, 23:59 UTC (in 5 days)". */
  label: string;
  /** The next moment that matters: applications open (upcoming) or close (open). */
  at?: string;
}

const DAY = 86_400_000;
/** Longer than any term runs from its start (LFX: 12 weeks; GSoC: up to 22 weeks of coding). */
const LONGEST_TERM = 210 * DAY;
const COMPLETED: TermStatus = { phase: 'completed', label: 'Completed' };

export function termStatus(term: Pick<Term, 'timeline'>, now: Date): TermStatus {
  const t = term.timeline;
  const time = now.getTime();
  const ms = (iso: string | undefined) => (iso ? Date.parse(iso) : undefined);
  const opens = ms(t?.applicationsOpen);
  const closes = ms(t?.applicationsClose);
  const start = ms(t?.start);
  const end = ms(t?.end);
  if (opens !== undefined && time < opens) {
    return { phase: 'upcoming', label: `Upcoming — applications open ${formatDay(t!.applicationsOpen!)}${relative(opens - time)}`, at: t!.applicationsOpen };
  }
  if (opens !== undefined && closes !== undefined && time <= closes) {
    return { phase: 'open', label: `Applications open — closes ${formatMoment(t!.applicationsClose!)}${relative(closes - time)}`, at: t!.applicationsClose };
  }
  if (end !== undefined && time > end) return COMPLETED;
  // Without an end date (some 2020 terms), a term is over once longer ago than any term lasts.
  if (start !== undefined && time >= start) return time > start + LONGEST_TERM ? COMPLETED : { phase: 'in-progress', label: 'In progress' };
  if (closes !== undefined && time > closes) return time > closes + LONGEST_TERM ? COMPLETED : { phase: 'closed', label: 'Applications closed' };
  // No usable dates: the past is past; beyond that we do not guess.
  const last = Math.max(end ?? 0, start ?? 0, closes ?? 0, ms(t?.proposalsClose) ?? 0);
  if (last > 0 && time > last + 120 * DAY) return COMPLETED;
  return { phase: 'unknown', label: 'Dates not published' };
}

/** Terms without a timeline: older than a year is over, whatever the files say. */
export function termStatusByYear(term: Pick<Term, 'timeline' | 'year'>, now: Date): TermStatus {
  const status = termStatus(term, now);
  if (status.phase === 'unknown' && term.year < now.getUTCFullYear()) return COMPLETED;
  return status;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS = MONTH_NAMES.map((m) => m.slice(0, 3));

/** "Tue 18 Aug", in UTC as upstream publishes it. */
export function formatDay(iso: string): string {
  const d = new Date(iso);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/** "Tue 18 Aug, 23:59 UTC". */
export function formatMoment(iso: string): string {
  const d = new Date(iso);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${formatDay(iso)}, ${hh}:${mm} UTC`;
}

function relative(ms: number): string {
  const days = Math.floor(ms / DAY);
  if (days >= 1) return ` (in ${days} day${days === 1 ? '' : 's'})`;
  const hours = Math.max(1, Math.floor(ms / 3_600_000));
  return ` (in ${hours} hour${hours === 1 ? '' : 's'})`;
}

export type Outlook =
  | { kind: 'terms'; terms: { term: Term; status: TermStatus }[] }
  /** No term open or upcoming: when LFX applications opened in recent years, one entry per term ("July–August"). */
  | { kind: 'none'; usualMonths: string[] };

/** What an applicant can apply to now or soon, newest first; else when applications usually open. */
export function applicationOutlook(terms: Term[], now: Date): Outlook {
  const live = terms.map((term) => ({ term, status: termStatus(term, now) })).filter(({ status }) => status.phase === 'open' || status.phase === 'upcoming');
  if (live.length > 0) return { kind: 'terms', terms: live };
  // LFX terms are numbered within a year (lfx-2025-1, -2, -3); each number opens around the same time.
  const byTermNumber = new Map<string, Set<number>>();
  for (const t of terms) {
    const number = /^lfx-\d{4}-(\d)$/.exec(t.key)?.[1];
    if (!number || !t.timeline?.applicationsOpen || t.year < now.getUTCFullYear() - 2) continue;
    const months = byTermNumber.get(number) ?? new Set<number>();
    months.add(new Date(t.timeline.applicationsOpen).getUTCMonth());
    byTermNumber.set(number, months);
  }
  const usualMonths = [...byTermNumber.entries()]
    // Term numbers are digits: compared as numbers, not with localeCompare, whose first use on a page costs 20–30 ms.
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, months]) => {
      const sorted = [...months].sort((a, b) => a - b);
      return sorted.length === 1 ? MONTH_NAMES[sorted[0]!]! : `${MONTH_NAMES[sorted[0]!]}–${MONTH_NAMES[sorted.at(-1)!]}`;
    });
  return { kind: 'none', usualMonths };
}
