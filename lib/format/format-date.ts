// How a stored date reads to people. Every form names its year, so no view or export ever shows a
// bare "January" or "Sunday"; the span is written as coarsely as it is exact (whole years, whole
// months, else days), so a one-week approximate span keeps its days and a "1990s" stays a decade.
import type { Precision } from '../extract/types';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function ymd(iso: string): Ymd {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}

function lastDayOfMonth({ year, month }: Ymd): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `8 October 2023`: one ISO day in words. */
export function dayInWords(iso: string): string {
  const { year, month, day } = ymd(iso);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** `October 2023`: the month of an ISO day or `YYYY-MM`. */
export function monthInWords(iso: string): string {
  const { year, month } = ymd(iso);
  return `${MONTHS[month - 1]} ${year}`;
}

/**
 * A stored text (an inference's anchor, an estimate's basis) with its ISO dates in words:
 * `publication date 2023-10-22` → `publication date 22 October 2023`; `2023-10` → `October 2023`.
 * Digits inside a slug (`talks-2023-10`) are left alone.
 */
export function isoDatesInWords(text: string): string {
  return text
    .replace(/(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])/g, (iso) => dayInWords(iso))
    .replace(/(?<![\w-])(\d{4})-(\d{2})(?![\w-])/g, (_, year: string, month: string) => monthInWords(`${year}-${month}-01`));
}

/** `8–14 October 2023`, `30 September – 6 October 2017`, `29 December 2023 – 4 January 2024`. */
function dayRange(start: Ymd, end: Ymd): string {
  if (start.year === end.year && start.month === end.month && start.day === end.day) return `${start.day} ${MONTHS[start.month - 1]} ${start.year}`;
  if (start.year === end.year && start.month === end.month) return `${start.day}–${end.day} ${MONTHS[end.month - 1]} ${end.year}`;
  if (start.year === end.year) return `${start.day} ${MONTHS[start.month - 1]} – ${end.day} ${MONTHS[end.month - 1]} ${end.year}`;
  return `${start.day} ${MONTHS[start.month - 1]} ${start.year} – ${end.day} ${MONTHS[end.month - 1]} ${end.year}`;
}

/** `January 2023`, `June – August 2006`, `December 2022 – January 2023`. */
function monthRange(start: Ymd, end: Ymd): string {
  if (start.year === end.year && start.month === end.month) return `${MONTHS[start.month - 1]} ${start.year}`;
  if (start.year === end.year) return `${MONTHS[start.month - 1]} – ${MONTHS[end.month - 1]} ${end.year}`;
  return `${MONTHS[start.month - 1]} ${start.year} – ${MONTHS[end.month - 1]} ${end.year}`;
}

function yearRange(start: Ymd, end: Ymd): string {
  return start.year === end.year ? String(start.year) : `${start.year}–${end.year}`;
}

/** The span in the coarsest words that are still exact: whole years, whole months, else days. */
function spanInWords(start: Ymd, end: Ymd): string {
  const wholeMonths = start.day === 1 && end.day === lastDayOfMonth(end);
  if (wholeMonths && start.month === 1 && end.month === 12) return yearRange(start, end);
  return wholeMonths ? monthRange(start, end) : dayRange(start, end);
}

/**
 * A stored date for people, always with its year: `8 October 2023`, `1–7 April 2023` (a week),
 * `January 2023`, `June – August 2006` (a season), `2006`, `1990s`, `about 8–14 October 2023`.
 */
export function formatEventDate(startIso: string, endIso: string, precision: Precision): string {
  const start = ymd(startIso);
  const end = ymd(endIso);
  switch (precision) {
    case 'day':
    case 'week':
      return dayRange(start, end);
    case 'month':
    case 'season':
      return monthRange(start, end);
    case 'year':
      return yearRange(start, end);
    case 'decade':
      return end.year - start.year === 9 && start.year % 10 === 0 ? `${start.year}s` : yearRange(start, end);
    case 'approximate':
      return `about ${spanInWords(start, end)}`;
  }
}

/**
 * The date with its precision named: `January 2023 (month)`, `1–7 April 2023 (week)`. An approximate
 * date says so with its "about" already.
 */
export function dateWithPrecision(event: { start: string; end: string; precision: Precision }): string {
  const date = formatEventDate(event.start, event.end, event.precision);
  return event.precision === 'approximate' ? date : `${date} (${event.precision})`;
}
