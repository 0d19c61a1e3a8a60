-- Filtered counts and clusters collect the ids of an actor's or source's events, then read each
-- event's dates by id: with (id, start, end) that read stays in this index instead of the table.

-- CreateIndex
CREATE INDEX "Event_id_start_end_idx" ON "Event"("id", "start", "end");
