// The events of an uncrowded timeline window, as the timeline draws them.
import { Prisma } from '../../generated/prisma/client';
import type { Precision } from '../../extract/types';
import { MAX_WINDOW_ITEMS, type TimelineItem } from '../../query/timeline-window';
import { db } from '../snapshot';

interface ItemRow extends Omit<TimelineItem, 'actors' | 'sources' | 'sourceCount' | 'passageCount' | 'disagreements'> {
  /** JSON arrays of slugs. */
  actors: string;
  sources: string;
  sourceCount: number | bigint;
  passageCount: number | bigint;
  /** JSON array of measures. */
  disagreements: string;
}

/** Events matching `inWindow` (a condition on `e`), in date order; at most MAX_WINDOW_ITEMS. */
export async function windowItems(inWindow: Prisma.Sql): Promise<TimelineItem[]> {
  // Actor and source slugs come from per-event subqueries on the (eventId, …) indexes, so one
  // statement returns each item complete.
  const rows = await db().$queryRaw<ItemRow[]>`
    SELECT e.id, e.title, e.start, e."end" AS "end", e.precision, e.dateText,
           json_extract(e.inferred, '$.rule') AS inferredBy,
           (SELECT json_group_array(a.slug) FROM "EventActor" ea JOIN "Actor" a ON a.id = ea.actorId
             WHERE ea.eventId = e.id) AS actors,
           (SELECT json_group_array(DISTINCT s.slug) FROM "Citation" c JOIN "Source" s ON s.id = c.sourceId
             WHERE c.eventId = e.id) AS sources,
           e.sourceCount, e.passageCount,
           (SELECT json_group_array(json_extract(d.value, '$.measure')) FROM json_each(e.discrepancies) d) AS disagreements
    FROM "Event" e
    WHERE ${inWindow}
    ORDER BY e.start, e."end", e.id
    LIMIT ${MAX_WINDOW_ITEMS}`;
  return rows.map((row) => ({
    ...row,
    precision: row.precision as Precision,
    actors: sortedStrings(row.actors),
    sources: sortedStrings(row.sources),
    sourceCount: Number(row.sourceCount),
    passageCount: Number(row.passageCount),
    disagreements: sortedStrings(row.disagreements),
  }));
}

function sortedStrings(json: string): string[] {
  return (JSON.parse(json) as string[]).sort();
}
