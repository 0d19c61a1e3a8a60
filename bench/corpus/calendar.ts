// Plain calendar arithmetic on UTC dates, so no time zone can shift a generated day.

export interface Day {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** AP-style abbreviations: short month names are never abbreviated. */
export const MONTH_ABBREVIATIONS = [
  'Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
];

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function addDays(date: Day, days: number): Day {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

export function weekdayOf(date: Day): string {
  return WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()];
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoOf(date: Day): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** Whole days from `earlier` to `later`. */
export function daysBetween(earlier: Day, later: Day): number {
  const ms = Date.UTC(later.year, later.month - 1, later.day) - Date.UTC(earlier.year, earlier.month - 1, earlier.day);
  return Math.round(ms / 86_400_000);
}
