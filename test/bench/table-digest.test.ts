import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { tableDigests } from '../../bench/table-digest';

function database(rows: [number, string | null][]): Database.Database {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE "T" (id INTEGER, name TEXT)');
  const insert = db.prepare('INSERT INTO "T" VALUES (?, ?)');
  for (const row of rows) insert.run(...row);
  return db;
}

describe('tableDigests', () => {
  it('gives the same digest for the same rows inserted in another order', () => {
    const a = tableDigests(database([[1, 'a'], [2, null]]), ['T']);
    const b = tableDigests(database([[2, null], [1, 'a']]), ['T']);
    assert.deepEqual(a, b);
    assert.match(a.T, /^2 [0-9a-f]{64}$/);
  });

  it('differs when one value differs, a null becomes text, or a row is missing', () => {
    const base = tableDigests(database([[1, 'a'], [2, null]]), ['T']).T;
    assert.notEqual(tableDigests(database([[1, 'b'], [2, null]]), ['T']).T, base);
    assert.notEqual(tableDigests(database([[1, 'a'], [2, 'null']]), ['T']).T, base);
    assert.notEqual(tableDigests(database([[1, 'a']]), ['T']).T, base);
  });
});
