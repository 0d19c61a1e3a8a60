// The API answers for a corpus with discovered actors: each actor says whether it was discovered,
// the kind `group` is accepted, and a discovered actor filters events like a curated one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NAMED_DISCOVERED, seedWithDiscovered } from '../seed/discovered-fixture';
import { useTemporaryDatabase } from '../db/test-database';
import { assertBadParameter, callRoute } from './call-route';

useTemporaryDatabase(seedWithDiscovered);
const actorsRoute = await import('../../app/api/actors/route');
const eventsRoute = await import('../../app/api/events/route');
const eventRoute = await import('../../app/api/events/[id]/route');
const timelineRoute = await import('../../app/api/timeline/route');
const exportRoute = await import('../../app/api/export/route');

interface ActorAnswer {
  slug: string;
  kind: string;
  discovered: boolean;
  evidence: string | null;
  aliases: string[];
}
const actors = async (query = ''): Promise<ActorAnswer[]> => (await callRoute(actorsRoute.GET, `/api/actors${query}`, {})).body.actors;
const events = (query: string) => callRoute(eventsRoute.GET, `/api/events?${query}`, {});

describe('discovered actors through the API', () => {
  it('/api/actors says discovered: true for discovered actors and false for every other', async () => {
    const all = await actors();
    assert.deepEqual(all.filter((actor) => actor.discovered).map((actor) => actor.slug).sort(), [NAMED_DISCOVERED, 'lena-varga']);
    assert.ok(all.every((actor) => typeof actor.discovered === 'boolean'));
    assert.ok(all.filter((actor) => !actor.discovered).every((actor) => actor.evidence === null));
    assert.equal(all.find((actor) => actor.slug === NAMED_DISCOVERED)?.evidence, '“the Gulf Shipping Council said” (¶2)');
  });

  it('accepts kind=group and finds a discovered actor by an alias', async () => {
    assert.deepEqual((await actors('?kind=group')).map((actor) => actor.slug), [NAMED_DISCOVERED]);
    assert.deepEqual((await actors('?q=gsc')).map((actor) => actor.slug), [NAMED_DISCOVERED]);
    assertBadParameter(await callRoute(actorsRoute.GET, '/api/actors?kind=groups', {}), 'kind', /group/);
  });

  it('filters events by a discovered actor, whose answers mark it', async () => {
    const answer = await events(`actor=${NAMED_DISCOVERED}`);
    assert.equal(answer.status, 200);
    assert.equal(answer.body.total, 1);
    const [event] = answer.body.events;
    const marks = Object.fromEntries(event.actors.map((actor: ActorAnswer) => [actor.slug, actor.discovered]));
    assert.equal(marks[NAMED_DISCOVERED], true);
    assert.ok(Object.entries(marks).filter(([slug]) => slug !== NAMED_DISCOVERED).every(([, discovered]) => discovered === false));
    const one = await callRoute(eventRoute.GET, `/api/events/${event.id}`, { params: Promise.resolve({ id: event.id }) });
    assert.deepEqual(one.body.actors, event.actors);
    assert.equal((await events(`actor=${NAMED_DISCOVERED}&affiliated=false`)).body.total, 1);
  });

  it('puts a discovered actor in the timeline’s lanes and in exports', async () => {
    const window = await callRoute(timelineRoute.GET, `/api/timeline?start=1900&end=2100&group=actor&actor=${NAMED_DISCOVERED}`, {});
    assert.equal(window.status, 200);
    assert.equal(window.body.inWindow, 1);
    assert.ok(window.body.items[0].actors.includes(NAMED_DISCOVERED));
    const exported = await exportRoute.GET(new Request(`http://chronocite.test/api/export?format=json&actor=${NAMED_DISCOVERED}`), undefined);
    const body = (await exported.json()) as { events: { actors: ActorAnswer[] }[] };
    assert.equal(body.events.length, 1);
    assert.ok(body.events[0].actors.some((actor) => actor.slug === NAMED_DISCOVERED && actor.discovered));
    const csv = await (await exportRoute.GET(new Request(`http://chronocite.test/api/export?format=csv&actor=${NAMED_DISCOVERED}`), undefined)).text();
    assert.match(csv, /Gulf Shipping Council/);
  });
});
