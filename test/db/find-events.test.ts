import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { EMPTY_FILTER, type EventFilter } from '../../lib/query/event-filter';
import { ParameterError } from '../../lib/query/parameter-error';
import { expectedEvents } from './filter-oracle';
import { seedArticles, useTemporaryDatabase } from './test-database';

useTemporaryDatabase(seedArticles);
const { findEvents, getActors, getEvent, getTimelineEvents } = await import('../../lib/db/queries');
type Events = Awaited<ReturnType<typeof getTimelineEvents>>;
type Actors = Awaited<ReturnType<typeof getActors>>;

/** Every page of a filter's events, walking the cursors. */
async function walk(filter: EventFilter, limit: number) {
  const pages = [];
  let cursor: string | null = null;
  do {
    const page = await findEvents(filter, { limit, cursor });
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor !== null && pages.length < 1000);
  return pages;
}

const ids = (events: { id: string }[]) => events.map((event) => event.id);

describe('findEvents', () => {
  let all: Events;
  let actors: Actors;
  before(async () => {
    all = await getTimelineEvents();
    actors = await getActors();
  });

  const filters: Partial<EventFilter>[] = [
    {},
    { actors: ['hamas'] },
    { actors: ['hamas'], affiliated: false },
    { actors: ['iran'] },
    { actors: ['hamas', 'iran'] },
    { actors: ['hamas', 'iran'], mode: 'all' },
    { actors: ['hamas', 'iran'], mode: 'all', affiliated: false },
    { actors: ['ismail-haniyeh', 'hamas'], mode: 'all' },
    { sources: ['iran-hamas-officials-met-four-times-2023'] },
    { sources: ['cut-hamas-off-from-tehran', 'iran-hamas-complex-enduring-alliance'] },
    { from: '2023-10-07' },
    { to: '2000-12-31' },
    { from: '2023-01-01', to: '2023-12-31' },
    { precisions: ['day'] },
    { precisions: ['year', 'month'] },
    { q: 'tehran' },
    { q: 'hama' },
    { q: 'HAMAS Tehran' },
    { q: 'Haniyeh’s' },
    { q: 'Ḥamas' },
    { actors: ['iran'], from: '2020', q: 'hamas', precisions: ['month', 'day'] },
  ];

  for (const partial of filters) {
    it(`selects what the filter means: ${JSON.stringify(partial)}`, async () => {
      const filter = { ...EMPTY_FILTER, ...partial };
      const expected = expectedEvents(all, actors, filter);
      const pages = await walk(filter, 4);
      assert.deepEqual(ids(pages.flatMap((page) => page.events)), ids(expected));
      for (const page of pages) assert.equal(page.total, expected.length);
    });
  }

  it('is exercised by filters that select something, and by affiliation', () => {
    const count = (partial: Partial<EventFilter>) => expectedEvents(all, actors, { ...EMPTY_FILTER, ...partial }).length;
    assert.ok(count({ actors: ['hamas'] }) > count({ actors: ['hamas'], affiliated: false }));
    assert.ok(count({ actors: ['hamas', 'iran'], mode: 'all' }) > 0);
    assert.ok(count({ q: 'hama' }) > 0 && count({ q: 'HAMAS Tehran' }) > 0 && count({ sources: ['cut-hamas-off-from-tehran'] }) > 0);
    // Pages of 4 collect the matches of filters with fewer than √(5 × all) of them, and walk the others.
    const collected = filters.filter((partial) => count(partial) ** 2 < 5 * all.length).length;
    assert.ok(collected > 2 && collected < filters.length - 2, `${collected} of ${filters.length} collected`);
  });

  it('returns full events in (start, end, id) order, each exactly once across pages', async () => {
    const pages = await walk(EMPTY_FILTER, 5);
    const events = pages.flatMap((page) => page.events);
    assert.deepEqual(events, all);
    assert.equal(new Set(ids(events)).size, all.length);
    assert.equal(pages.at(-1)?.nextCursor, null);
    assert.ok(pages.slice(0, -1).every((page) => page.events.length === 5));
  });

  it('ends without a cursor when one page holds everything', async () => {
    const page = await findEvents(EMPTY_FILTER, { limit: 500, cursor: null });
    assert.equal(page.events.length, all.length);
    assert.equal(page.nextCursor, null);
  });

  it('reads FTS syntax and SQL in q as plain words, and punctuation alone as matching nothing', async () => {
    for (const q of ['"', '***', '"hamas', 'hamas OR', 'NEAR(hamas iran)', 'title:hamas', "'; DROP TABLE \"Event\"; --", '%', '_']) {
      const expected = expectedEvents(all, actors, { ...EMPTY_FILTER, q });
      const page = await findEvents({ ...EMPTY_FILTER, q }, { limit: 500, cursor: null });
      assert.deepEqual(ids(page.events), ids(expected), q);
      assert.equal(page.total, expected.length, q);
    }
    assert.equal((await findEvents({ ...EMPTY_FILTER, q: '***' }, { limit: 10, cursor: null })).total, 0);
    assert.ok((await findEvents({ ...EMPTY_FILTER, q: '"hamas' }, { limit: 10, cursor: null })).total > 0);
    assert.equal((await getTimelineEvents()).length, all.length);
  });

  it('names the parameter of an unknown actor or source, and of a bad cursor', async () => {
    const rejects = (filter: Partial<EventFilter>, cursor: string | null, parameter: string, message: RegExp) =>
      assert.rejects(findEvents({ ...EMPTY_FILTER, ...filter }, { limit: 10, cursor }),
        (error: unknown) => error instanceof ParameterError && error.parameter === parameter && message.test(error.reason));
    await rejects({ actors: ['hamas', 'no-such-actor'] }, null, 'actor', /unknown actor 'no-such-actor'/);
    await rejects({ sources: ['no-such-source'] }, null, 'source', /unknown source 'no-such-source'/);
    await rejects({}, 'bm9wZQ', 'cursor', /not a cursor/);
  });
});

describe('getEvent', () => {
  it('returns the event as findEvents does, or null', async () => {
    const [first] = (await findEvents(EMPTY_FILTER, { limit: 1, cursor: null })).events;
    assert.deepEqual(await getEvent(first.id), first);
    assert.equal(await getEvent('evt_000000000000'), null);
    assert.equal(await getEvent("' OR 1=1 --"), null);
  });
});
