// An article full of markup and look-alike characters is stored verbatim and recognised honestly:
// its dated sentences become events, and a Cyrillic "Hаmas" is not the Hamas actor.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { parseArticle } from '../../lib/articles/parse-article';
import { toArticleInput } from '../../lib/articles/to-article-input';
import { extractArticle } from '../../lib/extract';
import { parseGazetteer } from '../../lib/extract/actors';
import { seedCorpus } from '../../lib/seed/seed-corpus';
import { ACTORS, migratedDatabase } from '../seed/migrated-database';

const HOSTILE_DIR = path.join(import.meta.dirname, '..', 'fixtures', 'hostile');

describe('a hostile article', () => {
  let dir: string;
  let db: Database.Database;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronocite-hostile-'));
    const file = migratedDatabase(dir);
    seedCorpus({ articlesDir: HOSTILE_DIR, actorsFile: ACTORS, databaseFile: file });
    db = new Database(file, { readonly: true });
  });
  after(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is stored verbatim, markup and invisible characters included', () => {
    const lines = fs.readFileSync(path.join(HOSTILE_DIR, 'hostile-content.md'), 'utf8').split('\n').slice(7).filter(Boolean);
    const stored = db.prepare('SELECT text FROM "Paragraph" ORDER BY number').all() as { text: string }[];
    assert.deepEqual(stored.map((p) => p.text), lines);
    const source = db.prepare('SELECT title, publisher FROM "Source"').get() as { title: string; publisher: string };
    assert.equal(source.title, "<script>alert('title')</script> Talks in <b>Cairo</b>");
  });

  it('gives events for its dated sentences', () => {
    const { events } = db.prepare('SELECT COUNT(*) AS events FROM "Event"').get() as { events: number };
    assert.ok(events >= 3, `${events} events`);
  });

  it('does not take a Cyrillic look-alike "Hаmas" for the Hamas actor, where the Latin spelling is', () => {
    const gazetteer = parseGazetteer(fs.readFileSync(ACTORS, 'utf8'), ACTORS);
    const actorsOf = (content: string) =>
      extractArticle(toArticleInput(parseArticle('x.md', content)), { gazetteer }).events.flatMap((event) => event.actors);
    const sentence = (hamas: string) => `${hamas} officials met Iranian envoys in Doha on March 4, 2024.`;
    assert.ok(actorsOf(sentence('Hamas')).includes('hamas'), 'control: the Latin spelling is recognised');
    assert.ok(!actorsOf(sentence('H\u0430mas')).includes('hamas'));

    const actors = db
      .prepare('SELECT DISTINCT a.slug FROM "EventActor" ea JOIN "Actor" a ON a.id = ea.actorId')
      .all() as { slug: string }[];
    assert.ok(!actors.some((a) => a.slug === 'hamas'), `seeded actors: ${actors.map((a) => a.slug).join(', ')}`);
  });
});
