import type Database from 'better-sqlite3';

/**
 * Rebuilds `LaneCount` (see schema.prisma) from the stored events, inside the caller's transaction:
 * per grouping (none, actor, source), how many events start on each day and in each month, per lane.
 * Day numbers and month indexes are those of lib/db/queries/cluster-periods.ts (periodIndex with
 * step 1). A source lane counts an event once however many of its paragraphs the event cites. News
 * outlets (Actor.media) have no actor lane here, as in lib/db/queries/cluster-lanes.ts with no filter.
 */
export function rebuildLaneCounts(db: Database.Database): void {
  db.exec(`
    DELETE FROM "LaneCount";
    CREATE TEMP TABLE "EventStart" AS
      SELECT e.id, CAST(julianday(e.start) + 0.5 AS INTEGER) AS day,
             CAST(substr(e.start, 1, 4) AS INTEGER) * 12 + CAST(substr(e.start, 6, 2) AS INTEGER) - 1 AS month
      FROM "Event" e;
    CREATE TEMP TABLE "LaneDay" AS
      SELECT 'none' AS grouping, day, month, 0 AS laneId, COUNT(*) AS count FROM "EventStart" GROUP BY day
      UNION ALL
      SELECT 'actor', day, month, coalesce(ea.actorId, 0), COUNT(*)
      FROM "EventStart" es
      LEFT JOIN "EventActor" ea ON ea.eventId = es.id AND ea.actorId NOT IN (SELECT id FROM "Actor" WHERE media)
      GROUP BY day, coalesce(ea.actorId, 0)
      UNION ALL
      SELECT 'source', day, month, coalesce(c.sourceId, 0), COUNT(DISTINCT es.id)
      FROM "EventStart" es LEFT JOIN "Citation" c ON c.eventId = es.id GROUP BY day, coalesce(c.sourceId, 0);
    INSERT INTO "LaneCount" (grouping, unit, bucket, laneId, count)
      SELECT grouping, 'day', day, laneId, count FROM "LaneDay";
    INSERT INTO "LaneCount" (grouping, unit, bucket, laneId, count)
      SELECT grouping, 'month', month, laneId, SUM(count) FROM "LaneDay" GROUP BY grouping, month, laneId;
    DROP TABLE "EventStart";
    DROP TABLE "LaneDay";
  `);
}
