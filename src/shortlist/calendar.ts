import { createEvents, type EventAttributes } from 'ics';
import { termLabel } from '../components/facet-labels.ts';
import type { IdeaCard, Term } from '../model/idea-index.ts';
import { formatMoment } from '../model/term-status.ts';

export interface DeadlineCalendar {
  /** An RFC 5545 calendar (`text/calendar`), CRLF line endings. */
  ics: string;
  /** Deadlines in it: one per term of the shortlist that has a published close date. */
  events: number;
  /** Labels of the shortlist's terms without a close date, which the calendar cannot hold. */
  skipped: string[];
  /** Labels of the shortlist's terms whose applications have closed already: left out. */
  closed: string[];
}

export const CALENDAR_NAME = 'Mentorship application deadlines';
const PRODUCT_ID = 'mentorship-ideas';
const REMINDER_DAYS = 2;

/** The same marker the ingest puts in place of an address. */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const noEmails = (text: string) => text.replace(EMAIL, '[e-mail removed]');

/** ics escapes SUMMARY and DESCRIPTION itself but an alarm's DESCRIPTION only for newlines. */
const escapeText = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,');

/**
 * The application deadlines of the terms of shortlisted ideas, as a calendar file: one event per
 * term at the moment applications close (UTC, as upstream publishes it), with a reminder two days
 * before and the shortlisted ideas of that term in the description. Event ids are stable per term,
 * so importing a newer export updates the events instead of adding copies.
 *
 * `siteUrl` is the app's absolute base URL, ending in `/` (idea pages are `${siteUrl}ideas/<id>`);
 * `now` is the calendar's DTSTAMP. A deadline already past is left out (and named in `closed`): a
 * reminder of it would only ever fire too late.
 */
export function deadlineCalendar(ideas: IdeaCard[], terms: Term[], options: { siteUrl: string; now?: Date }): DeadlineCalendar {
  const { siteUrl, now = new Date() } = options;
  const termsByKey = new Map(terms.map((term) => [term.key, term]));
  const ideasByTerm = new Map<string, IdeaCard[]>();
  for (const idea of ideas) {
    const list = ideasByTerm.get(idea.termKey);
    if (!list) ideasByTerm.set(idea.termKey, [idea]);
    else if (!list.some((other) => other.id === idea.id)) list.push(idea);
  }

  const events: EventAttributes[] = [];
  const skipped: string[] = [];
  const closed: { label: string; close: number }[] = [];
  const deadlines: { term: Term; close: number; ideas: IdeaCard[] }[] = [];
  for (const [key, termIdeas] of ideasByTerm) {
    const term = termsByKey.get(key);
    const close = term?.timeline?.applicationsClose;
    const at = close ? Date.parse(close) : NaN;
    if (!term || !Number.isFinite(at)) skipped.push(termLabel(term ?? { program: termIdeas[0]!.program, label: termIdeas[0]!.term }));
    else if (at < now.getTime()) closed.push({ label: termLabel(term), close: at });
    else deadlines.push({ term, close: at, ideas: termIdeas });
  }
  deadlines.sort((a, b) => a.close - b.close);

  const ideaUrl = (idea: IdeaCard) => `${siteUrl}ideas/${encodeURIComponent(idea.id)}`;
  for (const { term, close, ideas: termIdeas } of deadlines) {
    const label = termLabel(term);
    const description = [
      `Applications for ${label} close ${formatMoment(term.timeline!.applicationsClose!)}.`,
      '',
      termIdeas.length === 1 ? 'Your shortlisted idea in this term:' : 'Your shortlisted ideas in this term:',
      ...termIdeas.flatMap((idea) => [`- ${noEmails(idea.title)} — ${noEmails(idea.project)}`, `  ${ideaUrl(idea)}`]),
    ].join('\n');
    const event: EventAttributes & { timestamp: number } = {
      uid: `deadline-${term.key}@${PRODUCT_ID}`,
      timestamp: now.getTime(),
      title: `Applications close: ${label}`,
      description,
      url: termIdeas.length === 1 ? ideaUrl(termIdeas[0]!) : `${siteUrl}shortlist`,
      start: close,
      startInputType: 'utc',
      startOutputType: 'utc',
      // A deadline is a moment, not a meeting: it ends where it starts and leaves the time free.
      end: close,
      endInputType: 'utc',
      endOutputType: 'utc',
      transp: 'TRANSPARENT',
      // In hours: ics writes whole days as "-P2DT", which RFC 5545 does not allow.
      alarms: [
        {
          action: 'display',
          description: escapeText(`Applications for ${label} close in ${REMINDER_DAYS} days`),
          trigger: { hours: REMINDER_DAYS * 24, before: true },
        },
      ],
    };
    events.push(event);
  }

  const { error, value } = createEvents(events, { productId: PRODUCT_ID, method: 'PUBLISH', calName: CALENDAR_NAME });
  if (error || !value) throw error ?? new Error('The calendar could not be written.');
  return { ics: foldOctets(value), events: events.length, skipped, closed: closed.sort((a, b) => b.close - a.close).map((c) => c.label) };
}

const encoder = new TextEncoder();

/**
 * Refolds content lines at 75 octets (RFC 5545 §3.1). ics folds at 75 characters, which makes
 * longer lines of any title or label with non-ASCII text ("Sep–Nov", "Jürgen"); a line is only
 * ever broken between characters, never inside one.
 */
export function foldOctets(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let part = '';
      let octets = 0;
      for (const char of line) {
        const size = encoder.encode(char).length;
        // The first line holds 75 octets; a continuation 74 after its leading space.
        if (octets + size > (parts.length === 0 ? 75 : 74)) {
          parts.push(part);
          part = '';
          octets = 0;
        }
        part += char;
        octets += size;
      }
      parts.push(part);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}
