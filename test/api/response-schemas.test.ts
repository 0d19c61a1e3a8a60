// Real answers read through the documented response schemas, which are strict: a field added to an
// answer but not to lib/api/response-schemas.ts fails here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedArticles, useTemporaryDatabase } from '../db/test-database';
import { callRoute } from './call-route';

useTemporaryDatabase(seedArticles);
const schemas = await import('../../lib/api/response-schemas');
const routes = {
  events: (await import('../../app/api/events/route')).GET,
  event: (await import('../../app/api/events/[id]/route')).GET,
  timeline: (await import('../../app/api/timeline/route')).GET,
  actors: (await import('../../app/api/actors/route')).GET,
  sources: (await import('../../app/api/sources/route')).GET,
};

function assertFits(schema: { safeParse: (value: unknown) => { success: boolean; error?: unknown } }, body: unknown, what: string): void {
  const result = schema.safeParse(body);
  assert.ok(result.success, `${what}: ${JSON.stringify(result.error)}`);
}

describe('response schemas', () => {
  it('fit every endpoint’s real answers', async () => {
    const page = (await callRoute(routes.events, '/api/events?limit=500', {})).body;
    assertFits(schemas.eventPageSchema, page, '/api/events');
    const id = page.events[0].id;
    assertFits(schemas.eventSchema, (await callRoute(routes.event, `/api/events/${id}`, { params: Promise.resolve({ id }) })).body, 'event');
    for (const query of ['start=1900&end=2100', 'start=2023&end=2023&group=source', 'start=2023&end=2023&group=actor']) {
      assertFits(schemas.timelineWindowSchema, (await callRoute(routes.timeline, `/api/timeline?${query}`, {})).body, query);
    }
    assertFits(schemas.actorsSchema, (await callRoute(routes.actors, '/api/actors', {})).body, '/api/actors');
    assertFits(schemas.sourcesSchema, (await callRoute(routes.sources, '/api/sources', {})).body, '/api/sources');
    const error = (await callRoute(routes.events, '/api/events?form=1', {})).body;
    assertFits(schemas.errorSchema, error, 'error');
  });

  it('refuse an answer with a field they do not describe', () => {
    const event = { id: 'evt_1', title: 't', summary: 's', start: '2023-01-01', end: '2023-01-01', precision: 'day', dateText: 'x', inferred: null, sourceCount: 1, passageCount: 1, mentionCount: 0, actors: [], citations: [], discrepancies: [] };
    assert.equal(schemas.eventSchema.safeParse(event).success, true);
    assert.equal(schemas.eventSchema.safeParse({ ...event, undocumented: 1 }).success, false);
  });
});
