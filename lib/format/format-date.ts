import type { Precision } from '../extract/types';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** A normalised date for people: `8 February 2025`, `June 2023`, `2006`, `1990s`, `1990–1993`. */
export function formatEventDate(start: string, end: string, precision: Precision): string {
  const [sy, sm, sd] = start.split('-').map(Number);
  const [ey, em, ed] = end.split('-').map(Number);
  const day = (y: number, m: number, d: number) => `${d} ${MONTHS[m - 1]} ${y}`;
  switch (precision) {
    case 'day':
      return start === end ? day(sy, sm, sd) : `${day(sy, sm, sd)} – ${day(ey, em, ed)}`;
    case 'month':
      return sy === ey && sm === em ? `${MONTHS[sm - 1]} ${sy}` : `${MONTHS[sm - 1]} ${sy} – ${MONTHS[em - 1]} ${ey}`;
    case 'year':
      return sy === ey ? String(sy) : `${sy}–${ey}`;
    case 'decade':
      return ey - sy === 9 ? `${sy}s` : `${sy}–${ey}`;
    case 'week':
    case 'season':
      return `${day(sy, sm, sd)} – ${day(ey, em, ed)}`;
    case 'approximate':
      return sy === ey ? `about ${sy}` : `about ${sy}–${ey}`;
  }
}

export const PRECISION_LABELS: Record<Precision, string> = {
  day: 'day',
  week: 'week',
  month: 'month',
  season: 'season',
  year: 'year',
  decade: 'decade',
  approximate: 'approximate',
};
