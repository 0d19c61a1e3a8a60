// iCalendar: one all-day VEVENT per event spanning its dates, the citations in the description, so
// the timeline can be laid over a newsroom's calendar.
import ical from 'ical-generator';
import type { TimelineEvent } from '../db/queries';
import { citationLine } from './citation-line';
import { dateAsWritten } from './date-as-written';
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
      end: nextDay(event.end),
      stamp,
      summary: calendarText(event.title),
      description: calendarText(description(event, siteUrl)),
    });
  }
  return calendar.toString();
}

function description(event: TimelineEvent, siteUrl: string): string {
  const citations = event.citations.map(
    (citation) => `${citationLine(citation)}\n${paragraphLink(siteUrl, citation.source, citation.paragraph)}`,
  );
  return [dateAsWritten(event), ...citations].join('\n\n');
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
