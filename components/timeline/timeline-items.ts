import type { TimelineEvent } from '@/lib/db/queries';
import { formatEventDate } from '@/lib/format/format-date';

export interface TimelineItem {
  id: string;
  content: string;
  title: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range';
  className: string;
}

/**
 * Day-precise events are points; coarser ones are ranges over their whole span, so a "2006" event
 * never looks like it happened on 1 January. Dates are local midnights: the axis is drawn in local time.
 */
export function toTimelineItems(events: TimelineEvent[]): TimelineItem[] {
  return events.map((event) => {
    const date = formatEventDate(event.start, event.end, event.precision);
    const isDay = event.precision === 'day' && event.start === event.end;
    const classes = [isDay ? 'precision-day' : 'precision-coarse', `precision-${event.precision}`];
    if (event.inferred) classes.push('date-inferred');
    return {
      id: event.id,
      content: `<span class="event-label" role="button" aria-label="${escapeHtml(`${event.title}, ${date}`)}">${escapeHtml(event.title)}</span>`,
      title: escapeHtml(`${date} — as written: “${event.dateText}”${event.inferred ? ' (inferred)' : ''}`),
      start: localDate(event.start),
      ...(isDay ? {} : { end: localDate(event.end, 1) }),
      type: isDay ? 'point' : 'range',
      className: classes.join(' '),
    };
  });
}

function localDate(iso: string, addDays = 0): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d + addDays);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
