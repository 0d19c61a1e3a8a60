import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { EMPTY_FILTER } from '../../lib/query/event-filter';
import { expectedEvents } from './filter-oracle';
import { seedArticles, useTemporaryDatabase } from './test-database';

// The real seed, plus one affiliation cycle the gazetteer would never hold, to show it cannot loop;
// between actors named in no event, as the filter oracle would follow the cycle forever.
useTemporaryDatabase((file) => {
  seedArticles(file);
  const db = new Database(file);
  db.prepare(`UPDATE "Actor" SET affiliationId = (SELECT id FROM "Actor" WHERE slug = ?) WHERE slug = ?`).run('european-union', 'wall-street-journal');
  db.prepare(`UPDATE "Actor" SET affiliationId = (SELECT id FROM "Actor" WHERE slug = ?) WHERE slug = ?`).run('wall-street-journal', 'european-union');
  db.close();
});
const { getActorProfile, getActors, getTimelineEvents } = await import('../../lib/db/queries');
type Events = Awaited<ReturnType<typeof getTimelineEvents>>;
type Actors = Awaited<ReturnType<typeof getActors>>;

const slugs = (actors: { slug: string }[]) => actors.map((actor) => actor.slug);

describe('getActorProfile', () => {
  let events: Events;
  let actors: Actors;
  before(async () => {
    events = await getTimelineEvents();
    actors = await getActors();
  });

  it('climbs the affiliation chain nearest first', async () => {
    const quds = (await getActorProfile('quds-force'))!;
    assert.equal(quds.name, 'Quds Force');
    assert.equal(quds.kind, 'unit');
    assert.ok(quds.aliases.includes('IRGC-QF'));
    assert.deepEqual(slugs(quds.affiliationChain), ['irgc', 'iran']);
    assert.deepEqual(slugs((await getActorProfile('esmail-qaani'))!.affiliationChain), ['quds-force', 'irgc', 'iran']);
    assert.deepEqual((await getActorProfile('iran'))!.affiliationChain, []);
  });

  it('stops a cyclic chain before repeating an actor', async () => {
    assert.deepEqual(slugs((await getActorProfile('wall-street-journal'))!.affiliationChain), ['european-union']);
  });

  it('lists the directly affiliated actors with the events naming each', async () => {
    const irgc = (await getActorProfile('irgc'))!;
    const expected = actors.filter((actor) => actor.affiliation === 'irgc');
    assert.ok(expected.length > 0);
    assert.deepEqual(irgc.members.map(({ slug, count }) => ({ slug, count })), expected.map(({ slug, eventCount }) => ({ slug, count: eventCount })));
    assert.deepEqual((await getActorProfile('esmail-qaani'))!.members, []);
  });

  it('counts the events naming the actor, with and without its affiliates, as the timeline filter does', async () => {
    for (const slug of ['hamas', 'iran', 'quds-force', 'esmail-qaani', 'lebanon']) {
      const profile = (await getActorProfile(slug))!;
      const own = expectedEvents(events, actors, { ...EMPTY_FILTER, actors: [slug], affiliated: false });
      const affiliated = expectedEvents(events, actors, { ...EMPTY_FILTER, actors: [slug] });
      assert.equal(profile.eventCount, own.length, slug);
      assert.equal(profile.affiliatedEventCount, affiliated.length, slug);
    }
    const hamas = (await getActorProfile('hamas'))!;
    assert.ok(hamas.affiliatedEventCount > hamas.eventCount);
  });

  it('ranks the actors named in the same events by how many they share, then by name', async () => {
    for (const slug of ['hamas', 'ismail-haniyeh', 'iran']) {
      const shared = new Map<string, { name: string; count: number }>();
      for (const event of events.filter((e) => e.actors.some((actor) => actor.slug === slug))) {
        for (const actor of event.actors.filter((a) => a.slug !== slug)) {
          shared.set(actor.slug, { name: actor.name, count: (shared.get(actor.slug)?.count ?? 0) + 1 });
        }
      }
      const expected = [...shared]
        .sort(([, a], [, b]) => b.count - a.count || a.name.localeCompare(b.name))
        .slice(0, 3)
        .map(([other, { count }]) => ({ slug: other, count }));
      assert.ok(expected.length > 0, slug);
      const profile = (await getActorProfile(slug, 3))!;
      assert.deepEqual(profile.coActors.map(({ slug: other, count }) => ({ slug: other, count })), expected, slug);
    }
  });

  it('has no co-actors for an actor named in no event', async () => {
    const lebanon = (await getActorProfile('lebanon'))!;
    assert.equal(lebanon.eventCount, 0);
    assert.deepEqual(lebanon.coActors, []);
  });

  it('returns null for unknown or malformed slugs', async () => {
    for (const slug of ['no-such-actor', '', "' OR 1=1 --", 'HAMAS']) assert.equal(await getActorProfile(slug), null, slug);
  });
});
