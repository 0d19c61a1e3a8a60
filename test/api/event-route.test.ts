import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedArticles, useTemporaryDatabase } from '../db/test-database';
import { assertBadParameter, callRoute } from './call-route';

useTemporaryDatabase(seedArticles);
const route = await import('../../app/api/events/[id]/route');
const events = await import('../../app/api/events/route');
const event = (id: string, query = '') =>
  callRoute(route.GET, `/api/events/${encodeURIComponent(id)}${query}`, { params: Promise.resolve({ id }) });

describe('GET /api/events/<id>', () => {
  it('answers the event exactly as the list does', async () => {
    const listed = (await callRoute(events.GET, '/api/events?limit=500', {})).body.events;
    for (const expected of listed.slice(0, 10)) {
      const answer = await event(expected.id);
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.body, expected);
    }
  });

  it('answers 404 in JSON for an id that does not exist', async () => {
    for (const id of ['evt_000000000000', 'evt_000000000000-2', 'nope']) {
      const answer = await event(id);
      assert.equal(answer.status, 404);
      assert.match(answer.body.error.message, /no event with id/);
    }
  });

  it('answers 400 naming id for what cannot be an id, and rejects parameters', async () => {
    for (const id of ["evt_1' OR '1'='1", '../etc/passwd', 'x'.repeat(101), 'evt 1', '']) assertBadParameter(await event(id), 'id');
    const [first] = (await callRoute(events.GET, '/api/events?limit=1', {})).body.events;
    assertBadParameter(await event(first.id, '?q=x'), 'q', /unknown parameter/);
  });

  it('allows only GET', async () => {
    const answer = await callRoute(route.DELETE, '/api/events/evt_1', { params: Promise.resolve({ id: 'evt_1' }) }, 'DELETE');
    assert.equal(answer.status, 405);
  });
});
