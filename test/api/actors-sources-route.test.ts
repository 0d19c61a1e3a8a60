import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedArticles, useTemporaryDatabase } from '../db/test-database';
import { assertBadParameter, callRoute } from './call-route';

useTemporaryDatabase(seedArticles);
const actorsRoute = await import('../../app/api/actors/route');
const sourcesRoute = await import('../../app/api/sources/route');
const eventsRoute = await import('../../app/api/events/route');
const actors = (query = '') => callRoute(actorsRoute.GET, `/api/actors${query}`, {});
const eventTotal = async (query: string) => (await callRoute(eventsRoute.GET, `/api/events?${query}`, {})).body.total;

describe('GET /api/actors', () => {
  it('lists every actor with aliases, affiliation and the events naming it', async () => {
    const answer = await actors();
    assert.equal(answer.status, 200);
    const list = answer.body.actors;
    assert.ok(list.length > 20);
    const haniyeh = list.find((a: { slug: string }) => a.slug === 'ismail-haniyeh');
    assert.equal(haniyeh.affiliation, 'hamas');
    assert.equal(haniyeh.kind, 'person');
    assert.ok(Array.isArray(haniyeh.aliases));
    for (const actor of list.filter((a: { eventCount: number }) => a.eventCount > 0).slice(0, 5)) {
      assert.equal(actor.eventCount, await eventTotal(`actor=${actor.slug}&affiliated=false`), actor.slug);
    }
  });

  it('finds actors by name or alias, ignoring case and diacritics, and by kind', async () => {
    const slugs = async (query: string) => (await actors(query)).body.actors.map((a: { slug: string }) => a.slug);
    assert.ok((await slugs('?q=HANIY')).includes('ismail-haniyeh'));
    const all = (await actors()).body.actors as { slug: string; aliases: string[]; kind: string }[];
    const withAlias = all.find((a) => a.aliases.length > 0)!;
    assert.ok((await slugs(`?q=${encodeURIComponent(withAlias.aliases[0].toUpperCase())}`)).includes(withAlias.slug));
    const states = await slugs('?kind=state');
    assert.deepEqual(states, all.filter((a) => a.kind === 'state').map((a) => a.slug));
    assert.ok(states.length > 0 && !states.includes('ismail-haniyeh'));
    assert.deepEqual(await slugs('?q=zzzz-nobody'), []);
  });

  it('rejects bad parameters', async () => {
    assertBadParameter(await actors('?kind=alien'), 'kind');
    assertBadParameter(await actors('?q=a&q=b'), 'q');
    assertBadParameter(await actors(`?q=${'x'.repeat(201)}`), 'q');
    assertBadParameter(await actors('?name=hamas'), 'name', /unknown parameter/);
  });
});

describe('GET /api/sources', () => {
  it('lists every source with the events citing it', async () => {
    const answer = await callRoute(sourcesRoute.GET, '/api/sources', {});
    assert.equal(answer.status, 200);
    const sources = answer.body.sources;
    assert.equal(sources.length, 5);
    for (const source of sources) {
      assert.equal(typeof source.referenceDateEstimated, 'boolean');
      assert.equal(source.eventCount, await eventTotal(`source=${source.slug}`), source.slug);
      assert.ok(source.eventCount > 0);
    }
  });

  it('takes no parameters and only GET', async () => {
    assertBadParameter(await callRoute(sourcesRoute.GET, '/api/sources?limit=1', {}), 'limit');
    assert.equal((await callRoute(sourcesRoute.PUT, '/api/sources', {}, 'PUT')).status, 405);
    assert.equal((await callRoute(actorsRoute.POST, '/api/actors', {}, 'POST')).status, 405);
  });
});
