// The seed stages events in SQLite and merges a partition at a time, extracting in worker threads
// for large corpora: what it stores must be exactly what one in-memory pass over the corpus gives.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { loadActors, writeCorpus } from '../../bench/generate-corpus';
import { listArticleFiles } from '../../lib/articles/list-article-files';
import { parseArticle } from '../../lib/articles/parse-article';
import { toArticleInput } from '../../lib/articles/to-article-input';
import { extractCorpus } from '../../lib/extract';
import { parseGazetteer } from '../../lib/extract/actors';
import { seedCorpus } from '../../lib/seed/seed-corpus';
import { ACTORS, ARTICLES, dump, migratedDatabase } from './migrated-database';

interface StoredEvent {
  id: string;
  title: string;
  start: string;
  end: string;
  precision: string;
  discrepancies: string;
  actors: string | null;
  citations: string;
}

/** Every event as stored, in timeline order, with its actors and citations folded in. */
function storedEvents(file: string): StoredEvent[] {
  const db = new Database(file, { readonly: true });
  const rows = db
    .prepare(
      `SELECT e.id, e.title, e.start, e."end", e.precision, e.discrepancies,
         (SELECT group_concat(slug, ',') FROM (SELECT a.slug FROM "EventActor" ea JOIN "Actor" a ON a.id = ea.actorId WHERE ea.eventId = e.id ORDER BY a.slug)) AS actors,
         (SELECT group_concat(s.slug || '#' || p.number || '@' || c.quoteStart, ' ') FROM "Citation" c
            JOIN "Source" s ON s.id = c.sourceId JOIN "Paragraph" p ON p.id = c.paragraphId WHERE c.eventId = e.id) AS citations
       FROM "Event" e ORDER BY e.seq`,
    )
    .all() as StoredEvent[];
  db.close();
  return rows;
}

/** The same events from one in-memory pass of the pipeline over every article (extractCorpus). */
function inMemoryEvents(dir: string): StoredEvent[] {
  const gazetteer = parseGazetteer(fs.readFileSync(ACTORS, 'utf8'), ACTORS);
  const articles = listArticleFiles(dir).map((file) => toArticleInput(parseArticle(file, fs.readFileSync(path.join(dir, file), 'utf8'))));
  return extractCorpus(articles, { gazetteer }).events.map((event) => ({
    id: event.id,
    title: event.title,
    start: event.date.start,
    end: event.date.end,
    precision: event.date.precision,
    discrepancies: JSON.stringify(event.discrepancies),
    actors: event.actors.length === 0 ? null : event.actors.join(','),
    citations: event.citations.map((c) => `${c.source}#${c.paragraph}@${c.start}`).join(' '),
  }));
}

describe('the staged seed', () => {
  let dir: string;
  let synthetic: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronocite-staged-'));
    synthetic = path.join(dir, 'articles');
    // Enough articles that shared happenings merge across articles and many partitions form.
    writeCorpus(synthetic, { articles: 120, seed: 7, actors: loadActors(ACTORS) });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const [name, articlesDir] of [['the annotated corpus', ARTICLES], ['a synthetic corpus', '']] as const) {
    it(`stores what one pass over the whole corpus gives: ${name}`, () => {
      const folder = articlesDir || synthetic;
      const file = migratedDatabase(dir);
      seedCorpus({ articlesDir: folder, actorsFile: ACTORS, databaseFile: file, workers: 0 });
      const stored = storedEvents(file);
      assert.ok(stored.some((e) => e.citations.includes(' ')), 'some events merge reports');
      assert.deepEqual(stored, inMemoryEvents(folder));
    });
  }

  it('stores the same rows whether articles are extracted in worker threads or inline', () => {
    const inline = migratedDatabase(dir);
    seedCorpus({ articlesDir: synthetic, actorsFile: ACTORS, databaseFile: inline, workers: 0 });
    const threaded = migratedDatabase(dir);
    const summary = seedCorpus({ articlesDir: synthetic, actorsFile: ACTORS, databaseFile: threaded, workers: 2 });
    assert.equal(summary.sources, 120);
    assert.deepEqual(dump(threaded), dump(inline));
  });

  it('stores the discovered actors one pass over the corpus gives, less the gazetteer’s slugs, from worker threads', () => {
    const file = migratedDatabase(dir);
    seedCorpus({ articlesDir: synthetic, actorsFile: ACTORS, databaseFile: file, workers: 2 });
    const gazetteer = parseGazetteer(fs.readFileSync(ACTORS, 'utf8'), ACTORS);
    const curated = new Set(gazetteer.actors.map((actor) => actor.slug));
    const articles = listArticleFiles(synthetic).map((name) => toArticleInput(parseArticle(name, fs.readFileSync(path.join(synthetic, name), 'utf8'))));
    const expected = extractCorpus(articles, { gazetteer }).actors.filter((actor) => !curated.has(actor.slug));
    const db = new Database(file, { readonly: true });
    const stored = db.prepare('SELECT slug, name, kind, aliases, evidence FROM "Actor" WHERE discovered ORDER BY slug').all() as { slug: string; name: string; kind: string; aliases: string; evidence: string | null }[];
    db.close();
    assert.deepEqual(
      stored.map((row) => ({ ...row, aliases: JSON.parse(row.aliases) as string[] })),
      expected.map((actor) => ({ slug: actor.slug, name: actor.name, kind: actor.kind, aliases: actor.aliases, evidence: actor.evidence ?? null })),
    );
  });

  it('stops the threaded seed at a malformed article and leaves the stored corpus as it was', () => {
    const file = migratedDatabase(dir);
    seedCorpus({ articlesDir: ARTICLES, actorsFile: ACTORS, databaseFile: file });
    const before = dump(file);
    const bad = path.join(dir, 'bad');
    fs.cpSync(synthetic, bad, { recursive: true });
    const victim = listArticleFiles(bad)[60];
    fs.writeFileSync(path.join(bad, victim), '---\ntitle: x\npublished: 2023-13-45\n---\nText.\n');
    assert.throws(
      () => seedCorpus({ articlesDir: bad, actorsFile: ACTORS, databaseFile: file, workers: 2 }),
      new RegExp(`${victim.replace('.', '\\.')}:3: front matter field "published"`),
    );
    assert.deepEqual(dump(file), before);
  });

  it('leaves no staging tables in the database the app reads', () => {
    const file = migratedDatabase(dir);
    seedCorpus({ articlesDir: ARTICLES, actorsFile: ACTORS, databaseFile: file });
    const db = new Database(file, { readonly: true });
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE name IN ('StagedEvent', 'KnownReport', 'MergedEvent', 'ArticleToDate')`).all();
    db.close();
    assert.deepEqual(tables, []);
  });
});
