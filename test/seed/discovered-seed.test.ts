// Discovered actors go from each article's extraction into the Actor table; a curated actor is
// never replaced or changed by a discovered one with its slug.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { mergeArticles } from '../../lib/extract';
import { seedCorpus } from '../../lib/seed/seed-corpus';
import { DISCOVERED, NAMED_DISCOVERED, extractionsWithDiscovered, storeExtractions } from './discovered-fixture';
import { ACTORS, ARTICLES, migratedDatabase } from './migrated-database';

interface ActorRow {
  id: number;
  slug: string;
  name: string;
  kind: string;
  aliases: string;
  affiliationId: number | null;
  discovered: number;
  evidence: string | null;
  media: number;
}

function actors(file: string): ActorRow[] {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare('SELECT id, slug, name, kind, aliases, affiliationId, discovered, evidence, media FROM "Actor" ORDER BY id').all() as ActorRow[];
  db.close();
  return rows;
}

/** The gazetteer's actors as a real seed stores them, without the ones its extraction found in the text. */
function curatedActors(file: string): ActorRow[] {
  return actors(file).filter((row) => row.discovered === 0);
}

function eventActors(file: string): { eventId: string; slug: string }[] {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare('SELECT ea.eventId, a.slug FROM "EventActor" ea JOIN "Actor" a ON a.id = ea.actorId ORDER BY 1, 2').all() as { eventId: string; slug: string }[];
  db.close();
  return rows;
}

describe('discovered actors in the seed', () => {
  let dir: string;
  let curatedOnly: string;
  let withDiscovered: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronocite-discovered-'));
    curatedOnly = migratedDatabase(dir);
    seedCorpus({ articlesDir: ARTICLES, actorsFile: ACTORS, databaseFile: curatedOnly });
    withDiscovered = migratedDatabase(dir);
    storeExtractions(withDiscovered, extractionsWithDiscovered());
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('stores each discovered actor after the curated ones, marked, with its evidence and aliases', () => {
    const curated = curatedActors(curatedOnly);
    const stored = actors(withDiscovered).filter((row) => row.discovered === 1);
    assert.deepEqual(stored.map((row) => row.slug), ['gulf-shipping-council', 'lena-varga']);
    assert.deepEqual(stored.map((row) => row.id), [curated.length + 1, curated.length + 2]);
    const [council, varga] = stored;
    assert.equal(council.name, 'Gulf Shipping Council');
    assert.equal(council.kind, 'group');
    assert.equal(council.evidence, '“the Gulf Shipping Council said” (¶2)');
    assert.deepEqual(JSON.parse(council.aliases), ['GSC', 'the Council']);
    assert.equal(varga.affiliationId, council.id);
  });

  it('never replaces or changes a curated actor whose slug a discovered one takes', () => {
    const curated = curatedActors(curatedOnly);
    assert.ok(DISCOVERED.some((actor) => curated.some((row) => row.slug === actor.slug)), 'the fixture reuses a curated slug');
    assert.deepEqual(actors(withDiscovered).slice(0, curated.length), curated);
    assert.ok(curated.every((row) => row.discovered === 0 && row.evidence === null));
  });

  it('stores the gazetteer’s news outlets as media', () => {
    const media = actors(curatedOnly).filter((row) => row.media === 1).map((row) => row.slug);
    assert.deepEqual(media, ['jerusalem-post', 'sunday-telegraph', 'wall-street-journal']);
  });

  it('links the events that name a discovered actor to it, and keeps every other link', () => {
    const links = eventActors(withDiscovered);
    assert.equal(links.filter((link) => link.slug === NAMED_DISCOVERED).length, 1);
    // Event ids depend on the actors named, so the named event's id differs: compare the slugs named.
    const slugs = (rows: { slug: string }[]) => rows.map((row) => row.slug).sort();
    const curated = new Set(curatedActors(curatedOnly).map((row) => row.slug));
    assert.deepEqual(slugs(links.filter((link) => link.slug !== NAMED_DISCOVERED)), slugs(eventActors(curatedOnly).filter((link) => curated.has(link.slug))));
  });

  it('stores what merging the articles in memory gives, less the curated slugs', () => {
    const extractions = extractionsWithDiscovered();
    const curatedSlugs = new Set(curatedActors(curatedOnly).map((row) => row.slug));
    const expected = mergeArticles(extractions).actors.filter((actor) => !curatedSlugs.has(actor.slug));
    const stored = actors(withDiscovered).filter((row) => row.discovered === 1);
    assert.deepEqual(stored.map((row) => [row.slug, row.name, row.kind, JSON.parse(row.aliases), row.evidence]),
      expected.map((actor) => [actor.slug, actor.name, actor.kind, actor.aliases, actor.evidence]));
  });

  it('rolls back when an event names an actor nobody stored', () => {
    const file = migratedDatabase(dir);
    seedCorpus({ articlesDir: ARTICLES, actorsFile: ACTORS, databaseFile: file });
    const before = actors(file);
    const [first, ...rest] = extractionsWithDiscovered();
    const broken = { ...first, actors: [] };
    assert.throws(() => storeExtractions(file, [broken, ...rest]), new RegExp(`refers to unknown ${NAMED_DISCOVERED}`));
    assert.deepEqual(actors(file), before);
  });
});
