import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { dropLookupIndexes } from '../../lib/seed/lookup-indexes';
import { seedCorpus } from '../../lib/seed/seed-corpus';
import { ACTORS, ARTICLES, migratedDatabase } from './migrated-database';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronocite-indexes-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function indexes(db: Database.Database): { name: string; sql: string }[] {
  return db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name`).all() as { name: string; sql: string }[];
}

function indexesOf(file: string): { name: string; sql: string }[] {
  const db = new Database(file, { readonly: true });
  try {
    return indexes(db);
  } finally {
    db.close();
  }
}

describe('dropLookupIndexes', () => {
  it('drops the non-unique indexes of the given tables only, and recreates them as they were', () => {
    const db = new Database(migratedDatabase(dir));
    const before = indexes(db);
    db.exec('BEGIN');
    const restore = dropLookupIndexes(db, ['Event', 'Citation']);
    const during = indexes(db);
    const dropped = before.filter((index) => !during.some((left) => left.name === index.name));
    assert.ok(dropped.length >= 4, JSON.stringify(dropped));
    for (const index of dropped) assert.match(index.sql, /^CREATE INDEX "\w+" ON "(Event|Citation)"/);
    assert.ok(during.some((index) => index.name === 'Event_seq_key'), 'unique indexes stay');
    assert.ok(during.some((index) => index.name === 'EventActor_actorId_eventId_idx'), 'other tables keep theirs');
    restore();
    db.exec('COMMIT');
    assert.deepEqual(indexes(db), before);
    db.close();
  });

  it('leaves every index in place when the transaction is rolled back', () => {
    const db = new Database(migratedDatabase(dir));
    const before = indexes(db);
    db.exec('BEGIN');
    dropLookupIndexes(db, ['Event', 'Citation', 'EventActor']);
    db.exec('ROLLBACK');
    assert.deepEqual(indexes(db), before);
    db.close();
  });

  it('is undone by the seed: a seeded database has the migrations’ indexes', () => {
    const file = migratedDatabase(dir);
    const before = indexesOf(file);
    seedCorpus({ articlesDir: ARTICLES, actorsFile: ACTORS, databaseFile: file });
    assert.deepEqual(indexesOf(file), before);
  });
});
