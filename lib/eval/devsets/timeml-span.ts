// Gold date values as day spans, so they compare with the extractor's spans by containment.
import type { DateSpan } from '../types';

const DAY_MS = 86_400_000;

/**
 * The span a TimeML DATE value denotes, or null for a value that is no calendar span
 * (`PRESENT_REF`, `PAST_REF`, `XXXX-XX-XX`, fiscal years such as `FY2007`).
 * A time-of-day suffix (`2008-01-09TMO`, "this morning") keeps its day.
 */
export function timexValueSpan(value: string): DateSpan | null {
  let match = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (match) return day(`${match[1]}-${match[2]}-${match[3]}`);
  match = /^(\d{4})-(\d{2})(?:-XX)?$/.exec(value);
  if (match) return month(Number(match[1]), Number(match[2]));
  match = /^(\d{4})$/.exec(value);
  if (match) return year(Number(match[1]));
  match = /^(\d{3})$/.exec(value);
  if (match) return { start: `${match[1]}0-01-01`, end: `${match[1]}9-12-31`, precision: 'decade' };
  match = /^(\d{4})-W(\d{2})$/.exec(value);
  if (match) return isoWeek(Number(match[1]), Number(match[2]));
  match = /^(\d{4})-Q([1-4])$/.exec(value);
  if (match) {
    const first = (Number(match[2]) - 1) * 3 + 1;
    return { start: month(Number(match[1]), first).start, end: month(Number(match[1]), first + 2).end, precision: 'approximate' };
  }
  return null;
}

/** A timeline row's date (`2008-06-09`, `2006-01-XX`, `1968-XX-XX`) as a span; null when undated (`XXXX-…`). */
export function timelineDateSpan(date: string): DateSpan | null {
  const [yearPart, monthPart, dayPart] = date.split('-');
  if (yearPart === 'XXXX') return null;
  if (monthPart === 'XX') return year(Number(yearPart));
  if (dayPart === 'XX') return month(Number(yearPart), Number(monthPart));
  return day(date);
}

function day(iso: string): DateSpan {
  return { start: iso, end: iso, precision: 'day' };
}

function month(yearNumber: number, monthNumber: number): DateSpan {
  return {
    start: isoOf(Date.UTC(yearNumber, monthNumber - 1, 1)),
    end: isoOf(Date.UTC(yearNumber, monthNumber, 0)),
    precision: 'month',
  };
}

function year(yearNumber: number): DateSpan {
  const padded = String(yearNumber).padStart(4, '0');
  return { start: `${padded}-01-01`, end: `${padded}-12-31`, precision: 'year' };
}

/** ISO 8601 week: Monday to Sunday; week 1 holds the year's first Thursday. */
function isoWeek(yearNumber: number, week: number): DateSpan {
  const january4 = Date.UTC(yearNumber, 0, 4);
  const weekday = (new Date(january4).getUTCDay() + 6) % 7;
  const monday = january4 - weekday * DAY_MS + (week - 1) * 7 * DAY_MS;
  return { start: isoOf(monday), end: isoOf(monday + 6 * DAY_MS), precision: 'week' };
}

function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
