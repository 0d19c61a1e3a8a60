import type { Citation, ExtractedEvent, HappeningSignature } from '../types';
import { mergeActors } from './merge-actors';
import { overlapShare } from './overlap-share';

/** A date text that states its year ("October 7, 2023"), unlike "October 7" or "Oct. 7". */
const STATES_YEAR = /\b\d{4}\b/u;

/** What dating by a known happening reads of the report that states the year. */
export interface KnownReport {
  date: ExtractedEvent['date'];
  actors: string[];
  clauseActors?: string[];
  signature?: Pick<HappeningSignature, 'family'>;
  citations: Pick<Citation, 'source' | 'paragraph'>[];
}

/**
 * "The October 7 massacre" names a known happening by its day: when the text leaves the year out and
 * another report of the same kind of happening on that day states it, the stated year is taken
 * (the closest one if several). Events are matched by kind and by a shared actor: a day and a stock
 * verb alone ("said on March 3") would move one article's happening to another article's year.
 * `reports` are the events that may state the year, in reading order (ties go to the first): by
 * default the events themselves; a seed that holds one article at a time passes those of the corpus
 * whose `knownDayKey` is among the article's `yearlessDayKey`s.
 */
export function redateToKnownHappenings(events: ExtractedEvent[], reports: KnownReport[] = events): ExtractedEvent[] {
  const known = new Map<string, KnownReport[]>();
  for (const event of reports) {
    const key = knownDayKey(event);
    if (key !== null) known.set(key, [...(known.get(key) ?? []), event]);
  }
  return events.map((event) => {
    if (yearlessDayKey(event) === null) return event;
    const year = Number(event.date.start.slice(0, 4));
    const match = (known.get(dayKey(event)) ?? [])
      .filter((k) => overlapShare(mergeActors(k), mergeActors(event)) > 0)
      .sort((a, b) => Math.abs(Number(a.date.start.slice(0, 4)) - year) - Math.abs(Number(b.date.start.slice(0, 4)) - year) || (a.date.start < b.date.start ? -1 : 1))[0];
    if (!match || match.date.start === event.date.start) return event;
    const inferred = { rule: 'known-happening', anchor: `“${match.date.text}” (${match.citations[0].source} ¶${match.citations[0].paragraph})` };
    return { ...event, date: { ...match.date, text: event.date.text, inferred }, rules: [...event.rules, 'date:known-happening'] };
  });
}

/** The day this event can lend its stated year to (family and month-day), or null if it states none. */
export function knownDayKey(event: KnownReport): string | null {
  return event.date.precision === 'day' && STATES_YEAR.test(event.date.text) ? dayKey(event) : null;
}

/** The day this event may borrow a year for, or null if its text states the year (or it is no day). */
export function yearlessDayKey(event: ExtractedEvent): string | null {
  return event.date.precision === 'day' && !STATES_YEAR.test(event.date.text) ? dayKey(event) : null;
}

/** Only what dating reads: a seed keeps these for the whole corpus, not the events. */
export function toKnownReport({ date, actors, clauseActors, signature, citations }: KnownReport): KnownReport {
  return { date, actors: clauseActors ?? actors, signature: signature && { family: signature.family }, citations: [{ source: citations[0].source, paragraph: citations[0].paragraph }] };
}

function dayKey(event: KnownReport): string {
  return `${event.signature?.family}|${event.date.start.slice(5)}`;
}
