-- Faster timeline and search at 10^5 events (lib/db/queries):
-- * Event.seq numbers the events; the search table's rowid is the event's seq, so a search joins on
--   integers instead of reading every matching event's id back from the index's content.
-- * LaneCount holds events per lane per day and per month (filled by lib/seed/lane-counts.ts), so
--   unfiltered clusters add up pre-counted rows instead of counting every event.
-- An already seeded database is converted in place: seq follows the existing rows' order, and the
-- search table and the counts are rebuilt with the same statements the seed uses.

-- CreateTable
CREATE TABLE "LaneCount" (
    "grouping" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "laneId" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("grouping", "unit", "bucket", "laneId")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seq" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "start" TEXT NOT NULL,
    "end" TEXT NOT NULL,
    "precision" TEXT NOT NULL,
    "dateText" TEXT NOT NULL,
    "inferred" TEXT,
    "discrepancies" TEXT NOT NULL
);
INSERT INTO "new_Event" ("seq", "dateText", "discrepancies", "end", "id", "inferred", "precision", "start", "summary", "title") SELECT "rowid", "dateText", "discrepancies", "end", "id", "inferred", "precision", "start", "summary", "title" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE UNIQUE INDEX "Event_seq_key" ON "Event"("seq");
CREATE INDEX "Event_start_end_id_idx" ON "Event"("start", "end", "id");
CREATE INDEX "Event_end_idx" ON "Event"("end");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "LaneCount_grouping_unit_bucket_laneId_count_idx" ON "LaneCount"("grouping", "unit", "bucket", "laneId", "count");

-- Search rows keyed by seq (lib/seed/search-index.ts).
DELETE FROM "EventSearch";
INSERT INTO "EventSearch" (rowid, eventId, title, summary, quotes)
  SELECT e.seq, e.id, e.title, e.summary,
         (SELECT group_concat(c.quote, ' ') FROM "Citation" c WHERE c.eventId = e.id)
  FROM "Event" e;

-- Lane counts (lib/seed/lane-counts.ts).
CREATE TEMP TABLE "EventStart" AS
  SELECT e.id, CAST(julianday(e.start) + 0.5 AS INTEGER) AS day,
         CAST(substr(e.start, 1, 4) AS INTEGER) * 12 + CAST(substr(e.start, 6, 2) AS INTEGER) - 1 AS month
  FROM "Event" e;
CREATE TEMP TABLE "LaneDay" AS
  SELECT 'none' AS grouping, day, month, 0 AS laneId, COUNT(*) AS count FROM "EventStart" GROUP BY day
  UNION ALL
  SELECT 'actor', day, month, coalesce(ea.actorId, 0), COUNT(*)
  FROM "EventStart" es LEFT JOIN "EventActor" ea ON ea.eventId = es.id GROUP BY day, coalesce(ea.actorId, 0)
  UNION ALL
  SELECT 'source', day, month, coalesce(c.sourceId, 0), COUNT(DISTINCT es.id)
  FROM "EventStart" es LEFT JOIN "Citation" c ON c.eventId = es.id GROUP BY day, coalesce(c.sourceId, 0);
INSERT INTO "LaneCount" (grouping, unit, bucket, laneId, count)
  SELECT grouping, 'day', day, laneId, count FROM "LaneDay";
INSERT INTO "LaneCount" (grouping, unit, bucket, laneId, count)
  SELECT grouping, 'month', month, laneId, SUM(count) FROM "LaneDay" GROUP BY grouping, month, laneId;
DROP TABLE "EventStart";
DROP TABLE "LaneDay";
