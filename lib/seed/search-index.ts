import type Database from 'better-sqlite3';

/**
 * Rebuilds the full-text index (`EventSearch`, see its migration) from the stored events: title,
 * summary and every cited quote. Runs inside the caller's transaction.
 */
export function rebuildSearchIndex(db: Database.Database): void {
  db.exec(`
    DELETE FROM "EventSearch";
    INSERT INTO "EventSearch" (eventId, title, summary, quotes)
      SELECT e.id, e.title, e.summary,
             (SELECT group_concat(c.quote, ' ') FROM "Citation" c WHERE c.eventId = e.id)
      FROM "Event" e;
  `);
}
