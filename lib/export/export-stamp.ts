import type { SourceSummary } from '../db/queries';

/**
 * The iCalendar DTSTAMP for an export: midnight UTC of the newest source's reference date. The store
 * keeps no revision time, and a clock would make every export of the same corpus a different file;
 * the newest article is the latest moment the data can speak for.
 */
export function exportStamp(sources: Pick<SourceSummary, 'referenceDate'>[]): Date {
  const newest = sources.reduce((latest, source) => (source.referenceDate > latest ? source.referenceDate : latest), '1970-01-01');
  return new Date(`${newest}T00:00:00Z`);
}
