// The periods a crowded timeline window is counted in. Periods are aligned to the calendar (days,
// Monday-based weeks, months, years) rather than to the window, so panning keeps the same boundaries
// and only zooming changes them.
import { Prisma } from '../../generated/prisma/client';

export interface Period {
  unit: 'day' | 'month' | 'year';
  /** How many units one period spans. */
  step: number;
}

/** Finest first; a window is counted in the finest that gives at most MAX_CLUSTER_PERIODS periods. */
export const PERIODS: readonly Period[] = [
  { unit: 'day', step: 1 }, { unit: 'day', step: 2 }, { unit: 'day', step: 7 }, { unit: 'day', step: 14 },
  { unit: 'month', step: 1 }, { unit: 'month', step: 2 }, { unit: 'month', step: 3 }, { unit: 'month', step: 6 },
  { unit: 'year', step: 1 }, { unit: 'year', step: 2 }, { unit: 'year', step: 5 }, { unit: 'year', step: 10 },
  { unit: 'year', step: 20 }, { unit: 'year', step: 50 }, { unit: 'year', step: 100 }, { unit: 'year', step: 250 },
  { unit: 'year', step: 500 }, { unit: 'year', step: 1000 },
];

export const MAX_CLUSTER_PERIODS = 100;

const DAY_MS = 86_400_000;
/** Julian day number of 1970-01-01; day numbers divisible by 7 are Mondays. */
const UNIX_EPOCH_JDN = 2_440_588;

export function choosePeriod(start: string, end: string): Period {
  const fits = PERIODS.find((period) => periodIndex(period, end) - periodIndex(period, start) + 1 <= MAX_CLUSTER_PERIODS);
  return fits ?? PERIODS[PERIODS.length - 1];
}

/** Which period of this size an ISO day falls in, counted from a fixed origin. */
export function periodIndex(period: Period, isoDay: string): number {
  const [year, month, day] = isoDay.split('-').map(Number);
  switch (period.unit) {
    case 'day':
      return Math.floor((utcTime(year, month, day) / DAY_MS + UNIX_EPOCH_JDN) / period.step);
    case 'month':
      return Math.floor((year * 12 + month - 1) / period.step);
    case 'year':
      return Math.floor(year / period.step);
  }
}

/** The same as periodIndex, in SQL over an ISO day column or expression (all operands are positive). */
export function periodIndexSql(period: Period, isoDay: Prisma.Sql): Prisma.Sql {
  const step = Prisma.sql`CAST(${period.step} AS INTEGER)`;
  switch (period.unit) {
    case 'day':
      return Prisma.sql`(CAST(julianday(${isoDay}) + 0.5 AS INTEGER) / ${step})`;
    case 'month':
      return Prisma.sql`((CAST(substr(${isoDay}, 1, 4) AS INTEGER) * 12 + CAST(substr(${isoDay}, 6, 2) AS INTEGER) - 1) / ${step})`;
    case 'year':
      return Prisma.sql`(CAST(substr(${isoDay}, 1, 4) AS INTEGER) / ${step})`;
  }
}

/** The first and last ISO day of the period with this index. */
export function periodSpan(period: Period, index: number): { start: string; end: string } {
  const first = index * period.step;
  const last = first + period.step - 1;
  switch (period.unit) {
    case 'day':
      return { start: fromDayNumber(first), end: fromDayNumber(last) };
    case 'month':
      return { start: isoDay(Math.floor(first / 12), (first % 12) + 1, 1), end: lastDayOfMonth(Math.floor(last / 12), (last % 12) + 1) };
    case 'year':
      return { start: isoDay(first, 1, 1), end: isoDay(last, 12, 31) };
  }
}

function fromDayNumber(jdn: number): string {
  const date = new Date((jdn - UNIX_EPOCH_JDN) * DAY_MS);
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function lastDayOfMonth(year: number, month: number): string {
  return isoDay(year, month, new Date(utcTime(year, month + 1, 0)).getUTCDate());
}

/** Date.UTC, except that years 0–99 stay themselves instead of becoming 1900–1999. */
function utcTime(year: number, month: number, day: number): number {
  return new Date(0).setUTCFullYear(year, month - 1, day);
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
