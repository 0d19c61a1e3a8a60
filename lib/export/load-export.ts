// Everything an export is rendered from, for the command line and the download route alike.
import { findEvents, getSources, type TimelineEvent } from '../db/queries';
import type { EventFilter } from '../query/event-filter';
import type { ExportInput } from './export-input';
import { exportStamp } from './export-stamp';

/** Events per database round trip; pages keep each query small whatever the export's size. */
const PAGE_SIZE = 500;

/** Every event matching the filter, in date order, walked page by page. */
export async function findAllEvents(filter: EventFilter, pageSize = PAGE_SIZE): Promise<TimelineEvent[]> {
  const events: TimelineEvent[] = [];
  let cursor: string | null = null;
  do {
    const page = await findEvents(filter, { limit: pageSize, cursor });
    events.push(...page.events);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return events;
}

export async function loadExportInput(filter: EventFilter, siteUrl: string): Promise<ExportInput> {
  const [sources, events] = await Promise.all([getSources(), findAllEvents(filter)]);
  return { sources, events, siteUrl, stamp: exportStamp(sources) };
}
