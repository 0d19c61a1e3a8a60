import type { Precision } from '../extract/types';
import { dayNumber } from './date-span';

/**
 * Why a span does not have the shape its precision implies, or null when it does. Keeping spans canonical
 * (a month is its 1st to its last day) is what lets the scorer compare dates by equality.
 */
export function spanShapeProblem(start: string, end: string, precision: Precision): string | null {
  if (start > end) return `start ${start} is after end ${end}`;
  const [startYear, startMonth, startDay] = start.split('-').map(Number);
  const expectedEnd = (year: number, month: number) => lastDayOf(year, month);
  switch (precision) {
    case 'day':
      return start === end ? null : 'a day span starts and ends on the same date';
    case 'week':
      return dayNumber(end) - dayNumber(start) === 6 ? null : 'a week span covers exactly 7 days';
    case 'month':
      return startDay === 1 && end === expectedEnd(startYear, startMonth) ? null : 'a month span runs from its 1st to its last day';
    case 'season': {
      const endMonth = ((startMonth + 1) % 12) + 1;
      const endYear = startMonth === 12 ? startYear + 1 : startYear;
      const seasonStart = [3, 6, 9, 12].includes(startMonth) && startDay === 1;
      return seasonStart && end === expectedEnd(endYear, endMonth)
        ? null
        : 'a season span is Mar–May, Jun–Aug, Sep–Nov or Dec–Feb';
    }
    case 'year':
      return start === `${startYear}-01-01` && end === `${startYear}-12-31` ? null : 'a year span runs from Jan 1 to Dec 31';
    case 'decade':
      return startYear % 10 === 0 && start === `${startYear}-01-01` && end === `${startYear + 9}-12-31`
        ? null
        : 'a decade span runs from 19x0-01-01 to 19x9-12-31';
    case 'approximate':
      return null;
  }
}

function lastDayOf(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
