import type { ExtractedEvent } from '../types';

/** Spans longer than this many years (decades, vague periods) are filed under their first years only. */
const MAX_YEARS = 12;
const FINE = new Set(['day', 'week', 'month']);

/**
 * Keys under which an event is filed and looked up, so merging compares only events of one family
 * and overlapping months: fine dates file by month, coarse ones by year. `lookup` also returns the
 * keys of the other grain, since a month-dated report can join a year-dated one.
 */
export function bucketKeys(event: ExtractedEvent, lookup: boolean): string[] {
  const family = bucketFamily(event);
  const { first, last } = bucketYears(event);
  const fine = FINE.has(event.date.precision);
  const keys: string[] = [];
  for (let year = first; year <= last; year++) {
    if (!fine || lookup) keys.push(`${family}|${year}`);
    if (fine || lookup) keys.push(...monthsOf(event, year).map((month) => `${family}|${year}-${month}`));
  }
  return keys;
}

/** The family part of every key: events of different families are never compared. */
export function bucketFamily(event: ExtractedEvent): string {
  return event.signature?.family ?? 'reference';
}

/** The years an event is filed and looked up under: two events are compared only if theirs intersect. */
export function bucketYears(event: ExtractedEvent): { first: number; last: number } {
  const first = Number(event.date.start.slice(0, 4));
  return { first, last: Math.min(Number(event.date.end.slice(0, 4)), first + MAX_YEARS - 1) };
}

const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

function monthsOf(event: ExtractedEvent, year: number): string[] {
  const from = event.date.start.startsWith(String(year)) ? Number(event.date.start.slice(5, 7)) : 1;
  const to = event.date.end.startsWith(String(year)) ? Number(event.date.end.slice(5, 7)) : 12;
  return MONTHS.slice(from - 1, to);
}
