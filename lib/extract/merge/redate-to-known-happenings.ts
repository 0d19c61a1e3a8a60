import type { ExtractedEvent } from '../types';
import { overlapShare } from './overlap-share';

/** A date text that states its year ("October 7, 2023"), unlike "October 7" or "Oct. 7". */
const STATES_YEAR = /\b\d{4}\b/u;

/**
 * "The October 7 massacre" names a known happening by its day: when the text leaves the year out and
 * another report of the same kind of happening on that day states it, the stated year is taken
 * (the closest one if several). Events are matched by family and by actors (shared, or none named).
 */
export function redateToKnownHappenings(events: ExtractedEvent[]): ExtractedEvent[] {
  const known = new Map<string, ExtractedEvent[]>();
  for (const event of events.filter((e) => e.date.precision === 'day' && STATES_YEAR.test(e.date.text))) {
    const key = dayKey(event);
    known.set(key, [...(known.get(key) ?? []), event]);
  }
  return events.map((event) => {
    if (event.date.precision !== 'day' || STATES_YEAR.test(event.date.text)) return event;
    const year = Number(event.date.start.slice(0, 4));
    const match = (known.get(dayKey(event)) ?? [])
      .filter((k) => overlapShare(k.actors, event.actors) > 0 || k.actors.length === 0 || event.actors.length === 0)
      .sort((a, b) => Math.abs(Number(a.date.start.slice(0, 4)) - year) - Math.abs(Number(b.date.start.slice(0, 4)) - year) || (a.date.start < b.date.start ? -1 : 1))[0];
    if (!match || match.date.start === event.date.start) return event;
    const inferred = { rule: 'known-happening', anchor: `“${match.date.text}” (${match.citations[0].source} ¶${match.citations[0].paragraph})` };
    return { ...event, date: { ...match.date, text: event.date.text, inferred }, rules: [...event.rules, 'date:known-happening'] };
  });
}

function dayKey(event: ExtractedEvent): string {
  return `${event.signature?.family}|${event.date.start.slice(5)}`;
}
