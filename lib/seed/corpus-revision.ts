// The stored corpus's revision (the CorpusRevision row): a digest of every row the seed wrote, and
// when rows with that digest were first stored. The API's ETag and Last-Modified come from it, so a
// seed that changes the data changes them, and one that stores the same rows leaves them alone.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/** Writes the revision of `tables` inside the seed's transaction; `now` only when the digest changed. */
export function storeCorpusRevision(db: Database.Database, tables: readonly string[], now: Date): void {
  const digest = tablesDigest(db, tables);
  const stored = db.prepare('SELECT digest FROM "CorpusRevision" WHERE id = 1').get() as { digest: string } | undefined;
  if (stored?.digest === digest) return;
  db.prepare('INSERT OR REPLACE INTO "CorpusRevision" (id, digest, storedAt) VALUES (1, ?, ?)').run(digest, now.toISOString());
}

/** sha256 of the tables' rows in key order (every written table's key is its first column or two). */
function tablesDigest(db: Database.Database, tables: readonly string[]): string {
  const hash = createHash('sha256');
  for (const table of [...tables].sort()) {
    hash.update(`\u0000${table}\u0000`);
    for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).raw().iterate()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}
