// Discovered actors read like curated ones: listed, searched by alias, filtered by kind, with a
// profile and events; and every answer says which actors are discovered.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPTY_FILTER } from '../../lib/query/event-filter';
import { NAMED_DISCOVERED, seedWithDiscovered } from '../seed/discovered-fixture';
import { useTemporaryDatabase } from './test-database';

useTemporaryDatabase(seedWithDiscovered);
const { getActorEventOverview, getActorProfile, getActors, getTimelineEvents, findEvents } = await import('../../lib/db/queries');

describe('discovered actors in the queries', () => {
  it('lists discovered actors marked, with their evidence, and curated ones unmarked', async () => {
    const actors = await getActors();
    const council = actors.find((actor) => actor.slug === NAMED_DISCOVERED)!;
    assert.equal(council.discovered, true);
    assert.equal(council.evidence, '“the Gulf Shipping Council said” (¶2)');
    assert.equal(council.kind, 'group');
    assert.equal(council.eventCount, 1);
    const hamas = actors.find((actor) => actor.slug === 'hamas')!;
    assert.equal(hamas.discovered, false);
    assert.equal(hamas.evidence, null);
    assert.equal(hamas.name, 'Hamas');
    assert.deepEqual(actors.filter((actor) => actor.media).map((actor) => actor.slug).sort(), ['jerusalem-post', 'sunday-telegraph', 'wall-street-journal']);
  });

  it('finds a discovered actor by an alias and by the kind group', async () => {
    assert.deepEqual((await getActors({ q: 'gsc' })).map((actor) => actor.slug), [NAMED_DISCOVERED]);
    assert.deepEqual((await getActors({ kind: 'group' })).map((actor) => actor.slug), [NAMED_DISCOVERED]);
    assert.deepEqual((await getActors({ q: 'Qarventa' })).map((actor) => actor.slug), [], 'a curated actor takes no alias of a discovered one');
  });

  it('gives a discovered actor a profile with its evidence, members and co-actors', async () => {
    const profile = (await getActorProfile(NAMED_DISCOVERED))!;
    assert.equal(profile.discovered, true);
    assert.equal(profile.evidence, '“the Gulf Shipping Council said” (¶2)');
    assert.equal(profile.eventCount, 1);
    assert.deepEqual(profile.members.map((member) => [member.slug, member.discovered]), [['lena-varga', true]]);
    assert.ok(profile.coActors.length > 0 && profile.coActors.every((actor) => actor.discovered === false));
    const varga = (await getActorProfile('lena-varga'))!;
    assert.deepEqual(varga.affiliationChain, [{ slug: NAMED_DISCOVERED, name: 'Gulf Shipping Council', kind: 'group', discovered: true }]);
    const curated = (await getActorProfile('hamas'))!;
    assert.equal(curated.discovered, false);
    assert.equal(curated.evidence, null);
  });

  it('marks the actors of events, read either way', async () => {
    const page = await findEvents({ ...EMPTY_FILTER, actors: [NAMED_DISCOVERED] }, { limit: 10, cursor: null });
    assert.equal(page.events.length, 1);
    const [event] = page.events;
    const named = event.actors.find((actor) => actor.slug === NAMED_DISCOVERED)!;
    assert.equal(named.discovered, true);
    assert.ok(event.actors.filter((actor) => actor !== named).every((actor) => actor.discovered === false));
    assert.deepEqual((await getTimelineEvents()).find((read) => read.id === event.id), event);
    const overview = await getActorEventOverview(NAMED_DISCOVERED);
    assert.ok(JSON.stringify(overview).includes(event.id));
  });
});
