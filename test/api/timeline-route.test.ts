import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedArticles, useTemporaryDatabase } from '../db/test-database';
import { assertBadParameter, callRoute } from './call-route';

useTemporaryDatabase(seedArticles);
const route = await import('../../app/api/timeline/route');
const timeline = (query: string) => callRoute(route.GET, `/api/timeline${query}`, {});

describe('GET /api/timeline', () => {
  it('answers the window with its items and counts', async () => {
    const answer = await timeline('?start=2023&end=2023&actor=hamas');
    assert.equal(answer.status, 200);
    const body = answer.body;
    assert.deepEqual(Object.keys(body).sort(), ['clusters', 'end', 'inWindow', 'items', 'matching', 'start', 'total']);
    assert.equal(body.start, '2023-01-01');
    assert.equal(body.end, '2023-12-31');
    assert.ok(body.total > body.matching && body.matching > body.inWindow && body.inWindow > 0, JSON.stringify(body));
    assert.equal(body.items.length, body.inWindow);
    assert.deepEqual(body.clusters, []);
    for (const item of body.items) {
      assert.deepEqual(Object.keys(item).sort(), ['actors', 'dateText', 'disagreements', 'end', 'id', 'inferredBy', 'passageCount', 'precision', 'sourceCount', 'sources', 'start', 'title']);
      assert.ok(item.start <= '2023-12-31' && item.end >= '2023-01-01');
      assert.deepEqual(item.actors, [...item.actors].sort());
      assert.ok(item.sources.length > 0);
    }
  });

  it('counts the same events as /api/events for the same filter', async () => {
    const events = await import('../../app/api/events/route');
    for (const filter of ['actor=iran&mode=all&actor=hamas', 'q=tehran', 'precision=month']) {
      const window = (await timeline(`?start=1900&end=2100&${filter}`)).body;
      const page = (await callRoute(events.GET, `/api/events?${filter}&from=1900&to=2100&limit=500`, {})).body;
      assert.equal(window.inWindow, page.total, filter);
      assert.deepEqual(window.items.map((i: { id: string }) => i.id), page.events.map((e: { id: string }) => e.id), filter);
    }
  });

  it('rejects bad input with 400 naming the parameter', async () => {
    const cases: [string, string][] = [
      ['', 'start'], ['?start=2023', 'end'], ['?start=2023&end=2022', 'end'], ['?start=2023&end=2023&group=lane', 'group'],
      ['?start=2023&start=2024&end=2025', 'start'], ['?start=2023&end=2023&window=1', 'window'],
      ['?start=2023&end=2023&actor=nobody', 'actor'], ['?start=2023&end=2023&limit=5', 'limit'],
    ];
    for (const [query, parameter] of cases) assertBadParameter(await timeline(query), parameter);
  });

  it('allows only GET', async () => {
    assert.equal((await callRoute(route.POST, '/api/timeline', {}, 'POST')).status, 405);
  });
});
