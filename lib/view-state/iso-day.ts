// The visible window is stored as whole local days: the axis is drawn in local time, and days are
// what people read and type. These helpers convert between them and the timeline's Dates.
import { ParameterError } from '../query/parameter-error';
import { clip, parseQueryDate } from '../query/query-date';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Accepts exactly `YYYY-MM-DD` (a real calendar day); throws naming `parameter`. */
export function parseIsoDay(parameter: string, value: string): string {
  if (!ISO_DAY.test(value)) throw new ParameterError(parameter, `expected YYYY-MM-DD, got ${JSON.stringify(clip(value))}`);
  return parseQueryDate(parameter, value).first;
}

/** Local midnight starting an ISO day, shifted by whole days. */
export function localMidnight(iso: string, addDays = 0): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d + addDays);
}

/** The ISO day of a local Date. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A visible range as whole days: both edges rounded to the nearest midnight, `end` the last day
 * shown. Rounding both ways makes the round trip stable: the window restored from a link gives the
 * same link back.
 */
export function toDayWindow(start: Date, end: Date): { start: string; end: string } {
  const first = nearestMidnight(start);
  const after = nearestMidnight(end);
  const lastDay = after.getTime() > first.getTime() ? new Date(after.getFullYear(), after.getMonth(), after.getDate() - 1) : first;
  return { start: isoDay(first), end: isoDay(lastDay) };
}

/** The Dates a day window spans: from the midnight starting `start` to the one ending `end`. */
export function fromDayWindow(window: { start: string; end: string }): { start: Date; end: Date } {
  return { start: localMidnight(window.start), end: localMidnight(window.end, 1) };
}

function nearestMidnight(date: Date): Date {
  const midnight = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  return date.getTime() - midnight.getTime() >= DAY_MS / 2 ? new Date(midnight.getFullYear(), midnight.getMonth(), midnight.getDate() + 1) : midnight;
}
