import type { Precision } from '../extract/types';
import { formatEventDate } from './format-date';

/** A year as written: `2023`, `1990s`, `'90s`, `Sept. 2019`. */
const STATES_YEAR = /\b\d{4}s?\b|['’]\d0s\b/;

/**
 * The short date an event is labelled with: the source's own words when they name the year
 * (`April 6, 2023`, `summer of 2006`), else the date they stand for (`January 2023` for "January",
 * `about 8–14 October 2023` for "A few days after"), so a label never shows a year-less date.
 */
export function dateLabel(event: { start: string; end: string; precision: Precision; dateText: string }): string {
  return STATES_YEAR.test(event.dateText) ? event.dateText : formatEventDate(event.start, event.end, event.precision);
}
