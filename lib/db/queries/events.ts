// Reads of events: every event, one event, and filtered pages of events.
import { Prisma } from '../../generated/prisma/client';
import type { EventFilter } from '../../query/event-filter';
import { db, readSnapshot } from '../snapshot';
import { corpusFigures, matchingCount } from './corpus-figures';
import { decodeCursor, encodeCursor } from './event-cursor';
import { allEventsWithDetails, eventsWithDetails } from './event-details';
import { dateOrderCondition, filterConditions } from './filter-condition';
import type { TimelineEvent } from './views';

export interface EventPage {
  events: TimelineEvent[];
  /** Events matching the filter, on every page. */
  total: number;
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface PageRequest {
  limit: number;
  cursor: string | null;
}

/** Every event with its actors and citations, in date order. */
export async function getTimelineEvents(): Promise<TimelineEvent[]> {
  return readSnapshot(async () => {
    return allEventsWithDetails();
  });
}

/** One event, or null when there is none with this id. */
export async function getEvent(id: string): Promise<TimelineEvent | null> {
  return readSnapshot(async () => {
    const [event] = await eventsWithDetails([id]);
    return event ?? null;
  });
}

/**
 * One page of the events matching `filter`, ordered by (start, end, id). Keyset pagination: each
 * page starts after the cursor's key, so pages stay consistent and cheap however deep they go.
 */
export async function findEvents(filter: EventFilter, page: PageRequest): Promise<EventPage> {
  return readSnapshot(async () => {
    const conditions = await filterConditions(filter);
    const total = await matchingCount(conditions.collecting);
    const condition = dateOrderCondition(conditions, total, (await corpusFigures()).total, page.limit + 1);
    const after = page.cursor === null ? null : decodeCursor(page.cursor);
    const afterCursor = after === null ? Prisma.sql`1` : Prisma.sql`(e.start, e."end", e.id) > (${after.start}, ${after.end}, ${after.id})`;
    // One row more than the page tells whether another page follows.
    const keys = await db().$queryRaw<{ id: string; start: string; end: string }[]>`
      SELECT e.id, e.start, e."end" AS "end" FROM "Event" e
      WHERE ${condition} AND ${afterCursor}
      ORDER BY e.start, e."end", e.id
      LIMIT ${page.limit + 1}`;
    const pageKeys = keys.slice(0, page.limit);
    const last = pageKeys.at(-1);
    return {
      events: await eventsWithDetails(pageKeys.map((key) => key.id)),
      total,
      nextCursor: keys.length > page.limit && last !== undefined ? encodeCursor(last) : null,
    };
  });
}
