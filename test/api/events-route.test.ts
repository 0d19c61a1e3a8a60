import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedArticles, useTemporaryDatabase } from '../db/test-database';
import { assertBadParameter, callRoute } from './call-route';

useTemporaryDatabase(seedArticles);
const route = await import('../../app/api/events/route');
const events = (query: string) => callRoute(route.GET, `/api/events${query}`, {});

describe('GET /api/events', () => {
  it('answers { events, total, nextCursor } with 100 events by default', async () => {
    const answer = await events('');
    assert.equal(answer.status, 200);
    assert.deepEqual(Object.keys(answer.body).sort(), ['events', 'nextCursor', 'total']);
    assert.equal(answer.body.events.length, Math.min(100, answer.body.total));
    const [event] = answer.body.events;
    assert.deepEqual(Object.keys(event).sort(),
      ['actors', 'citations', 'dateText', 'discrepancies', 'end', 'id', 'inferred', 'mentionCount', 'passageCount', 'precision', 'sourceCount', 'start', 'summary', 'title']);
    assert.deepEqual(Object.keys(event.citations[0]).sort(),
      ['claimant', 'end', 'paragraph', 'publisher', 'quote', 'role', 'roleBasis', 'source', 'sourceTitle', 'stance', 'start']);
  });

  it('walks every matching event exactly once, in order, following nextCursor', async () => {
    const first = await events('?actor=hamas&limit=3');
    const seen: { id: string; start: string; end: string }[] = [...first.body.events];
    let cursor: string | null = first.body.nextCursor;
    while (cursor !== null) {
      const page = await events(`?actor=hamas&limit=3&cursor=${encodeURIComponent(cursor)}`);
      assert.equal(page.status, 200);
      assert.equal(page.body.total, first.body.total);
      seen.push(...page.body.events);
      cursor = page.body.nextCursor;
    }
    assert.equal(seen.length, first.body.total);
    assert.equal(new Set(seen.map((e) => e.id)).size, seen.length);
    const keys = seen.map((e) => [e.start, e.end, e.id].join(' '));
    assert.deepEqual(keys, [...keys].sort());
  });

  it('applies every filter parameter', async () => {
    const total = (await events('')).body.total;
    for (const query of ['actor=hamas', 'actor=hamas&affiliated=false', 'actor=hamas&actor=iran&mode=all',
      'source=cut-hamas-off-from-tehran', 'from=2023-10', 'to=2000', 'q=tehran', 'precision=day&precision=week']) {
      const answer = await events(`?${query}`);
      assert.equal(answer.status, 200, query);
      assert.ok(answer.body.total > 0 && answer.body.total < total, `${query}: ${answer.body.total} of ${total}`);
    }
    const affiliated = (await events('?actor=hamas')).body.total;
    assert.ok(affiliated > (await events('?actor=hamas&affiliated=false')).body.total);
  });

  it('treats q as words, whatever it contains', async () => {
    for (const q of ['"', '"hamas', "hamas' OR 1=1 --", 'NEAR(a b)', '*', '(', 'a:b', '; DROP TABLE "Event"']) {
      const answer = await events(`?q=${encodeURIComponent(q)}`);
      assert.equal(answer.status, 200, q);
    }
    assert.equal((await events(`?q=${encodeURIComponent('"*()')}`)).body.total, 0);
    assert.equal((await events('')).body.total, (await events('?limit=1')).body.total);
  });

  it('rejects bad input with 400 naming the parameter', async () => {
    const cases: [string, string][] = [
      ['?limit=0', 'limit'], ['?limit=501', 'limit'], ['?limit=abc', 'limit'], ['?limit=1e2', 'limit'],
      ['?limit=-5', 'limit'], ['?limit=10.5', 'limit'], ['?limit=99999999999999999999', 'limit'], ['?limit=1&limit=2', 'limit'],
      ['?cursor=abc', 'cursor'], ['?cursor=', 'cursor'], ['?cursor=a&cursor=b', 'cursor'],
      ['?from=yesterday', 'from'], ['?from=2023-02-30', 'from'], ['?from=2024&to=2023', 'to'], ['?from=2023&from=2024', 'from'],
      ['?actor=Hamas', 'actor'], ['?actor=no-such-actor', 'actor'], ['?source=no-such-source', 'source'],
      ['?mode=some', 'mode'], ['?affiliated=yes', 'affiliated'], ['?precision=hour', 'precision'],
      [`?q=${'x'.repeat(201)}`, 'q'], [`?actor=${'a'.repeat(101)}`, 'actor'],
    ];
    for (const [query, parameter] of cases) assertBadParameter(await events(query), parameter);
  });

  it('names unknown parameters, so a typo is not a silently unfiltered answer', async () => {
    assertBadParameter(await events('?actors=hamas'), 'actors', /unknown parameter "actors"/);
    assertBadParameter(await events('?form=2023&qq=x'), 'form', /"form", "qq"/);
    assertBadParameter(await events('?start=2023'), 'start');
  });

  it('allows only GET', async () => {
    for (const [method, handler] of [['POST', route.POST], ['PUT', route.PUT], ['PATCH', route.PATCH], ['DELETE', route.DELETE]] as const) {
      const answer = await callRoute(handler, '/api/events', {}, method);
      assert.equal(answer.status, 405);
      assert.equal(answer.headers.get('allow'), 'GET, HEAD, OPTIONS');
    }
  });
});
