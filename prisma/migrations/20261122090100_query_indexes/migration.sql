-- Indexes for the query layer (lib/db/queries): keyset pages and window scans in (start, end, id)
-- order, and the actor and source filters and lanes answered from indexes alone.

-- DropIndex
DROP INDEX "Citation_sourceId_idx";

-- DropIndex
DROP INDEX "Event_start_end_idx";

-- CreateIndex
CREATE INDEX "Citation_sourceId_eventId_idx" ON "Citation"("sourceId", "eventId");

-- CreateIndex
CREATE INDEX "Event_start_end_id_idx" ON "Event"("start", "end", "id");

-- DropIndex
DROP INDEX "EventActor_actorId_idx";

-- CreateIndex
CREATE INDEX "EventActor_actorId_eventId_idx" ON "EventActor"("actorId", "eventId");

-- CreateIndex
CREATE INDEX "Citation_eventId_sourceId_idx" ON "Citation"("eventId", "sourceId");
