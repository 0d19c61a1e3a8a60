// UTC calendar arithmetic on plain numbers and ISO strings. Dates are built only from explicit values.

import type { IsoDate } from '../types';

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function toIso({ year, month, day }: Ymd): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function fromIso(iso: IsoDate): Ymd {
  // Slices, not split('-').map(Number): this runs for every date of every sentence.
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) || 1, day: Number(iso.slice(8, 10)) || 1 };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fromUtc(ms: number): Ymd {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromUtc(Date.UTC(date.year, date.month - 1, date.day + days));
}

/** Adds months, clipping the day to the target month ("Jan 31 + 1 month" → Feb 28/29). */
export function addMonths(date: Ymd, months: number): Ymd {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** 0 = Sunday, as Date.getUTCDay. */
export function weekday(date: Ymd): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole month as inclusive ISO bounds. */
export function monthSpan(year: number, month: number): { start: IsoDate; end: IsoDate } {
  return { start: toIso({ year, month, day: 1 }), end: toIso({ year, month, day: daysInMonth(year, month) }) };
}

/** Monday–Sunday week containing the date. */
export function weekSpan(date: Ymd): { start: IsoDate; end: IsoDate } {
  const monday = addDays(date, -((weekday(date) + 6) % 7));
  return { start: toIso(monday), end: toIso(addDays(monday, 6)) };
}
