import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { seedCorpus } from '../../lib/seed/seed-corpus';
import { ACTORS, ARTICLES, dump, migratedDatabase } from './migrated-database';

describe('seedCorpus', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronocite-seed-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('stores sources, paragraphs, events and citations whose quotes are verbatim', () => {
    const file = migratedDatabase(dir);
    const summary = seedCorpus({ articlesDir: ARTICLES, actorsFile: ACTORS, databaseFile: file });
    assert.equal(summary.sources, 5);
    assert.ok(summary.events > 20);
    const db = new Database(file, { readonly: true });
    const citations = db
      .prepare('SELECT c.quote, c.quoteStart, c.quoteEnd, p.text FROM "Citation" c JOIN "Paragraph" p ON p.id = c.paragraphId')
      .all() as { quote: string; quoteStart: number; quoteEnd: number; text: string }[];
    db.close();
    assert.equal(citations.length, summary.citations);
    for (const c of citations) assert.equal(c.text.slice(c.quoteStart, c.quoteEnd), c.quote);
  });

  it('gives the same ids and rows when run twice on the same input', () => {
    const file = migratedDatabase(dir);
    seedCorpus({ articlesDir: ARTICLES, actorsFile: ACTORS, databaseFile: file });
    const first = dump(file);
    seedCorpus({ articlesDir: ARTICLES, actorsFile: ACTORS, databaseFile: file });
    assert.deepEqual(dump(file), first);
  });

  it('leaves the previous corpus untouched when an article is malformed', () => {
    const file = migratedDatabase(dir);
    seedCorpus({ articlesDir: ARTICLES, actorsFile: ACTORS, databaseFile: file });
    const before = dump(file);

    const bad = path.join(dir, 'bad-articles');
    fs.mkdirSync(bad);
    fs.copyFileSync(path.join(ARTICLES, 'cut-hamas-off-from-tehran.md'), path.join(bad, 'a-good-one.md'));
    fs.writeFileSync(path.join(bad, 'z-broken.md'), '---\ntitle: x\npublished: 2023-13-45\n---\nText.\n');
    assert.throws(
      () => seedCorpus({ articlesDir: bad, actorsFile: ACTORS, databaseFile: file }),
      /z-broken\.md:3: front matter field "published"/,
    );
    assert.deepEqual(dump(file), before);
  });

  it('refuses a database without the schema, naming the fix', () => {
    const empty = path.join(dir, 'empty.db');
    new Database(empty).close();
    assert.throws(
      () => seedCorpus({ articlesDir: ARTICLES, actorsFile: ACTORS, databaseFile: empty }),
      /no Chronocite tables: run `npx prisma migrate deploy`/,
    );
  });
});
