// iCalendar: one all-day VEVENT per event, the citations in the description, so the timeline can be
// laid over a newsroom's calendar. Only a day or a week is a span a calendar can show truthfully: a
// "1979" drawn as a 365-day block would say it lasted the year, so coarser dates are one all-day
// entry on their first day whose summary names the precision ("1979 (year) — …").
import ical from 'ical-generator';
import type { TimelineEvent } from '../db/queries';
import type { Precision } from '../extract/types';
import { dateAccount } from '../format/date-account';
import { dateWithPrecision } from '../format/format-date';
import { citationLine } from './citation-line';
import type { ExportInput } from './export-input';
import { paragraphLink } from './paragraph-link';

/** Right-hand side of every UID: fixed, so an event keeps its UID wherever the file was exported from. */
export const UID_DOMAIN = 'chronocite.invalid';

/** The events as an iCalendar file; the same input (stamp included) always gives the same bytes. */
export function toIcs({ events, siteUrl, stamp }: Pick<ExportInput, 'events' | 'siteUrl' | 'stamp'>): string {
  const calendar = ical({ prodId: '//Chronocite//Export//EN', name: 'Chronocite events' });
  for (const event of events) {
    calendar.createEvent({
      id: `${event.id}@${UID_DOMAIN}`,
      allDay: true,
      // ISO days are read and written in UTC, so an all-day date never moves with the machine's time zone.
      start: event.start,
      end: nextDay(SPANNED.has(event.precision) ? event.end : event.start),
      stamp,
      summary: calendarText(summary(event)),
      description: calendarText(description(event, siteUrl)),
    });
  }
  return calendar.toString();
}

/** Precisions whose start and end are the days the happening took: drawn over their span. */
const SPANNED: ReadonlySet<Precision> = new Set(['day', 'week']);

/** The title, after the date and its precision when the entry stands for a longer, vaguer time. */
function summary(event: TimelineEvent): string {
  return SPANNED.has(event.precision) ? event.title : `${dateWithPrecision(event)} — ${event.title}`;
}

function description(event: TimelineEvent, siteUrl: string): string {
  const citations = event.citations.map(
    (citation) => `${citationLine(citation)}\n${paragraphLink(siteUrl, citation.source, citation.paragraph)}`,
  );
  return [`Date: ${dateAccount(event)}`, ...citations].join('\n\n');
}

/** iCalendar text cannot carry control characters (RFC 5545, TSAFE-CHAR); they show as U+FFFD instead. */
function calendarText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD');
}

/** DTEND of an all-day event is exclusive (RFC 5545): the day after the event's last day. */
function nextDay(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
