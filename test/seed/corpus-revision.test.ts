import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { storeCorpusRevision } from '../../lib/seed/corpus-revision';

function database(): Database.Database {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE "CorpusRevision" (id INTEGER PRIMARY KEY, digest TEXT NOT NULL, storedAt TEXT NOT NULL);
    CREATE TABLE "Event" (id TEXT PRIMARY KEY, title TEXT); INSERT INTO "Event" VALUES ('evt_1', 'Vell visits Ruritania');`);
  return db;
}
const revision = (db: Database.Database) => db.prepare('SELECT digest, storedAt FROM "CorpusRevision"').all() as { digest: string; storedAt: string }[];

describe('storeCorpusRevision', () => {
  it('keeps the revision and its time when the same rows are stored again', () => {
    const db = database();
    storeCorpusRevision(db, ['Event'], new Date('2026-01-01T00:00:00Z'));
    const first = revision(db);
    assert.equal(first.length, 1);
    storeCorpusRevision(db, ['Event'], new Date('2026-02-01T00:00:00Z'));
    assert.deepEqual(revision(db), first);
  });

  it('changes digest and time when the rows change', () => {
    const db = database();
    storeCorpusRevision(db, ['Event'], new Date('2026-01-01T00:00:00Z'));
    const [before] = revision(db);
    db.exec(`UPDATE "Event" SET title = 'Vell leaves Ruritania'`);
    storeCorpusRevision(db, ['Event'], new Date('2026-02-01T00:00:00Z'));
    const [after] = revision(db);
    assert.notEqual(after.digest, before.digest);
    assert.equal(after.storedAt, '2026-02-01T00:00:00.000Z');
  });
});
