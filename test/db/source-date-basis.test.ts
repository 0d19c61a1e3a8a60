import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { seedArticles, useTemporaryDatabase } from './test-database';

const file = useTemporaryDatabase(seedArticles);
const { getReferenceDateBases } = await import('../../lib/db/queries');

describe('getReferenceDateBases', () => {
  it('gives each existing source its stored basis and leaves unknown slugs out', async () => {
    const db = new Database(file, { readonly: true });
    const stored = db.prepare('SELECT slug, referenceDateBasis FROM "Source" ORDER BY slug').all() as { slug: string; referenceDateBasis: string | null }[];
    db.close();
    assert.ok(stored.some((row) => row.referenceDateBasis !== null));
    const bases = await getReferenceDateBases([...stored.map((row) => row.slug), 'no-such-source']);
    assert.deepEqual(bases, Object.fromEntries(stored.map((row) => [row.slug, row.referenceDateBasis])));
  });

  it('answers an empty request with nothing', async () => {
    assert.deepEqual(await getReferenceDateBases([]), {});
  });
});
