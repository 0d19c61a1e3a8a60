// The bad-article rule end to end (README "Bad articles"): files that are not article text are
// skipped and the rest seeds; articles that are wrong stop the seed and leave the database as it was.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { seedCorpus } from '../../lib/seed/seed-corpus';
import { ACTORS, ARTICLES, dump, migratedDatabase } from './migrated-database';

const ROOT = path.join(import.meta.dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'articles', 'fixtures');
const GOOD = 'cut-hamas-off-from-tehran.md';

describe('seeding bad articles', () => {
  let dir: string;
  let folders = 0;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronocite-bad-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** A folder with one good committed article and the given files (name → fixture name or bytes). */
  function articles(files: Record<string, string | Buffer>): string {
    const folder = path.join(dir, `articles-${++folders}`);
    fs.mkdirSync(folder);
    fs.copyFileSync(path.join(ARTICLES, GOOD), path.join(folder, GOOD));
    for (const [name, content] of Object.entries(files)) {
      if (typeof content === 'string') fs.copyFileSync(path.join(FIXTURES, content), path.join(folder, name));
      else fs.writeFileSync(path.join(folder, name), content);
    }
    return folder;
  }

  function seededDatabase(): string {
    const file = migratedDatabase(dir);
    seedCorpus({ articlesDir: ARTICLES, actorsFile: ACTORS, databaseFile: file });
    return file;
  }

  it('skips empty, binary, non-UTF-8 and oversized files, names each, and seeds the rest', () => {
    const folder = articles({
      'empty.md': 'empty.md',
      'latin1.md': 'latin1.md',
      'binary.md': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
    });
    const huge = path.join(folder, 'huge.md');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 50 * 1024 * 1024);
    const file = seededDatabase();
    const warnings: string[] = [];

    const started = performance.now();
    const summary = seedCorpus({ articlesDir: folder, actorsFile: ACTORS, databaseFile: file, warn: (line) => warnings.push(line) });
    assert.ok(performance.now() - started < 5000, 'a 50 MB file must not slow the seed down');

    assert.equal(summary.sources, 1);
    assert.deepEqual(warnings, [
      'skipped binary.md:1: binary file (contains a NUL byte), not article text',
      'skipped empty.md: empty file',
      'skipped huge.md: 50.0 MB, over the 5.0 MB limit for one article',
      'skipped latin1.md:2: not valid UTF-8 text: save the file as UTF-8',
    ]);
    assert.deepEqual(summary.skipped.map((error) => error.file), ['binary.md', 'empty.md', 'huge.md', 'latin1.md']);
    assert.deepEqual(dump(file).Source.map((row) => (row as { slug: string }).slug), ['cut-hamas-off-from-tehran']);
  });

  const stops: [string, Record<string, string | Buffer>, RegExp][] = [
    ['front matter that is not valid YAML', { 'broken.md': 'broken.md' }, /^broken\.md:3: front matter is not valid YAML/],
    ['an impossible date', { 'impossible-date.md': 'impossible-date.md' }, /^impossible-date\.md:3: front matter field "published"/],
    ['an unknown field', { 'unknown-field.md': 'unknown-field.md' }, /^unknown-field\.md:3: unknown front matter field summary/],
    ['a duplicated slug', { 'talks.md': 'no-dates.md', 'talks.markdown': 'no-dates.md' }, /^talks\.md: duplicated slug "talks": talks\.markdown/],
    ['a file name that is not a slug', { 'Talks.md': 'no-dates.md' }, /^Talks\.md: file name must be a lower-case slug/],
  ];
  for (const [what, files, message] of stops) {
    it(`stops on ${what}, naming the file and line, and leaves the database as it was`, () => {
      const file = seededDatabase();
      const before = dump(file);
      assert.throws(
        () => seedCorpus({ articlesDir: articles(files), actorsFile: ACTORS, databaseFile: file }),
        (error: unknown) => error instanceof Error && message.test(error.message),
      );
      assert.deepEqual(dump(file), before);
    });
  }

  it('seeds a Windows file with a byte-order mark like any other, without stray carriage returns', () => {
    const file = migratedDatabase(dir);
    seedCorpus({ articlesDir: articles({ 'windows-bom.md': 'windows-bom.md' }), actorsFile: ACTORS, databaseFile: file });
    const db = new Database(file, { readonly: true });
    const source = db.prepare(`SELECT id, title, published FROM "Source" WHERE slug = 'windows-bom'`).get() as { id: number; title: string; published: string };
    const paragraphs = db.prepare('SELECT text FROM "Paragraph" WHERE sourceId = ? ORDER BY number').all(source.id) as { text: string }[];
    const starts = db
      .prepare('SELECT DISTINCT e.start FROM "Event" e JOIN "Citation" c ON c.eventId = e.id WHERE c.sourceId = ?')
      .all(source.id) as { start: string }[];
    db.close();
    assert.deepEqual([source.title, source.published], ['Windows file', '2024-03-05']);
    assert.deepEqual(paragraphs.map((p) => p.text), ['Talks resumed in Cairo on March 3, 2024, officials said.', 'A second paragraph.']);
    assert.deepEqual(starts.map((e) => e.start), ['2024-03-03']);
  });

  it('seeds an article without a dated sentence as a source with no events, without complaint', () => {
    const file = migratedDatabase(dir);
    const warnings: string[] = [];
    const summary = seedCorpus({
      articlesDir: articles({ 'no-dates.md': 'no-dates.md' }),
      actorsFile: ACTORS,
      databaseFile: file,
      warn: (line) => warnings.push(line),
    });
    assert.equal(summary.sources, 2);
    assert.deepEqual(warnings, []);
    const db = new Database(file, { readonly: true });
    const row = db
      .prepare(`SELECT COUNT(c.id) AS citations FROM "Source" s LEFT JOIN "Citation" c ON c.sourceId = s.id WHERE s.slug = 'no-dates'`)
      .get() as { citations: number };
    db.close();
    assert.equal(row.citations, 0);
  });

  describe('the seed command', () => {
    const seed = (folder: string, database: string) =>
      spawnSync('npx', ['tsx', 'scripts/seed.ts', '--articles', folder], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: `file:${database}` },
        encoding: 'utf8',
      });

    it('exits 0 and reports skipped files with their reasons', () => {
      const result = seed(articles({ 'empty.md': 'empty.md' }), migratedDatabase(dir));
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stderr, /^skipped empty\.md: empty file$/m);
      assert.match(result.stdout, /seeded 1 sources, .*; skipped 1 files/);
    });

    it('exits 1 when an article stops the seed, saying the database is unchanged', () => {
      const result = seed(articles({ 'impossible-date.md': 'impossible-date.md' }), migratedDatabase(dir));
      assert.equal(result.status, 1);
      assert.match(result.stderr, /seed failed, database unchanged: impossible-date\.md:3: front matter field "published"/);
    });
  });
});
