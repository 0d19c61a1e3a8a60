import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedArticles, useTemporaryDatabase } from '../db/test-database';
import { assertBadParameter, callRoute } from './call-route';

useTemporaryDatabase(seedArticles);
const actorsRoute = await import('../../app/api/actors/route');
const sourcesRoute = await import('../../app/api/sources/route');
const eventsRoute = await import('../../app/api/events/route');
const actors = (query = '') => callRoute(actorsRoute.GET, `/api/actors${query}`, {});
const sources = (query = '') => callRoute(sourcesRoute.GET, `/api/sources${query}`, {});
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
    const answer = await sources();
    assert.equal(answer.status, 200);
    assert.equal(answer.body.sources.length, 5);
    assert.equal(answer.body.more, false);
    for (const source of answer.body.sources) {
      assert.equal(typeof source.referenceDateEstimated, 'boolean');
      assert.equal(source.eventCount, await eventTotal(`source=${source.slug}`), source.slug);
      assert.ok(source.eventCount > 0);
    }
  });

  it('finds sources by title, publisher or slug, ignoring case, and says when it lists only the first', async () => {
    const search = async (query: string) => (await sources(query)).body;
    const slugs = async (query: string) => (await search(query)).sources.map((s: { slug: string }) => s.slug);
    assert.deepEqual(await slugs('?q=UNRAVELING'), ['iran-hamas-complex-enduring-alliance']);
    assert.deepEqual(await slugs('?q=jerusalem%20post'), ['cut-hamas-off-from-tehran', 'iran-hamas-officials-met-four-times-2023']);
    assert.deepEqual(await slugs('?q=forum'), ['hamas-delegation-tehran-dialogue-forum']);
    // LIKE's wildcards are searched for as text.
    assert.deepEqual(await slugs('?q=%25'), []);
    assert.deepEqual(await slugs('?q=_'), []);
    const found = await search('?q=hamas');
    assert.equal(found.sources.length, 5);
    assert.equal(found.more, false);
    assert.equal(found.sources[0].eventCount, await eventTotal(`source=${found.sources[0].slug}`));
  });

  it('lists at most SOURCE_SEARCH_LIMIT search answers', async () => {
    const { getSources } = await import('../../lib/db/queries');
    const all = await getSources({ q: 'a' });
    assert.ok(all.length >= 2);
    const { SOURCE_SEARCH_LIMIT, sourcesBody } = await import('../../lib/api/sources');
    assert.equal(SOURCE_SEARCH_LIMIT, 50);
    assert.deepEqual((await getSources({ q: 'a', limit: 1 })).map((s) => s.slug), [all[0].slug]);
    assert.equal((await sourcesBody('a', [])).more, all.length > SOURCE_SEARCH_LIMIT);
  });

  it('looks sources up by slug, leaving unknown slugs out', async () => {
    const answer = await sources('?source=iran-hamas-complex-enduring-alliance&source=cut-hamas-off-from-tehran&source=no-such-article');
    assert.deepEqual(answer.body.sources.map((s: { slug: string }) => s.slug), ['cut-hamas-off-from-tehran', 'iran-hamas-complex-enduring-alliance']);
    assert.equal(answer.body.sources[0].title, 'Israel and US must cut Hamas off from Tehran - opinion');
    assert.deepEqual((await sources('?source=cut-hamas-off-from-tehran&q=unraveling')).body.sources, []);
  });

  it('rejects bad parameters and every method but GET', async () => {
    assertBadParameter(await sources('?limit=1'), 'limit', /unknown parameter/);
    assertBadParameter(await sources('?q=a&q=b'), 'q');
    assertBadParameter(await sources(`?q=${'x'.repeat(201)}`), 'q');
    assertBadParameter(await sources('?source=Not%20a%20slug'), 'source');
    assertBadParameter(await sources(`?${Array.from({ length: 51 }, (_, i) => `source=s${i}`).join('&')}`), 'source');
    assert.equal((await callRoute(sourcesRoute.PUT, '/api/sources', {}, 'PUT')).status, 405);
    assert.equal((await callRoute(actorsRoute.POST, '/api/actors', {}, 'POST')).status, 405);
  });
});
