// The two forms of a filter (walking and collecting) must select exactly the events the oracle
// selects, whichever form a query reads them with; the collecting form builds one list of ids.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Prisma } from '../../lib/generated/prisma/client';
import { EMPTY_FILTER, type EventFilter } from '../../lib/query/event-filter';
import { expectedEvents } from './filter-oracle';
import { seedArticles, useTemporaryDatabase } from './test-database';

useTemporaryDatabase(seedArticles);
const { getActors, getTimelineEvents } = await import('../../lib/db/queries');
const { dateOrderCondition, filterConditions } = await import('../../lib/db/queries/filter-condition');
const { prisma } = await import('../../lib/db/client');

async function selected(condition: Prisma.Sql): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT e.id FROM "Event" e WHERE ${condition} ORDER BY e.id`;
  return rows.map((row) => row.id);
}

describe('filterConditions', () => {
  let expected: (filter: EventFilter) => string[];
  before(async () => {
    const [events, actors] = await Promise.all([getTimelineEvents(), getActors()]);
    expected = (filter) => expectedEvents(events, actors, filter).map((event) => event.id).sort();
  });

  const filters: Partial<EventFilter>[] = [
    {},
    { actors: ['hamas'] },
    { actors: ['hamas'], affiliated: false },
    { actors: ['hamas', 'iran'], mode: 'all' },
    { actors: ['ismail-haniyeh', 'hamas'], mode: 'all', affiliated: false },
    { sources: ['cut-hamas-off-from-tehran', 'iran-hamas-complex-enduring-alliance'] },
    { actors: ['iran'], sources: ['iran-hamas-officials-met-four-times-2023'] },
    { actors: ['hamas'], q: 'tehran', from: '2020' },
    { actors: ['hamas'], q: '***' },
  ];
  for (const partial of filters) {
    it(`selects the same events in both forms: ${JSON.stringify(partial)}`, async () => {
      const filter = { ...EMPTY_FILTER, ...partial };
      const { walking, collecting } = await filterConditions(filter);
      assert.deepEqual(await selected(walking), expected(filter));
      assert.deepEqual(await selected(collecting), expected(filter));
    });
  }

  it('is exercised by filters that select some events and not others, and by one selecting none', () => {
    const count = (partial: Partial<EventFilter>) => expected({ ...EMPTY_FILTER, ...partial }).length;
    const all = count({});
    for (const partial of filters.slice(1, -1)) assert.ok(count(partial) > 0 && count(partial) < all, JSON.stringify(partial));
    assert.equal(count(filters.at(-1) ?? {}), 0);
  });

  it('collects from one list: the sources\', else the search\'s, else the first actor\'s', async () => {
    const forms = async (partial: Partial<EventFilter>) => filterConditions({ ...EMPTY_FILTER, ...partial });
    const collected = (sql: string) => [...sql.matchAll(/e\.(?:id|seq) IN \(SELECT (\w+) FROM "(\w+)"/g)].map((match) => match[2]);
    const tested = (sql: string) => [...sql.matchAll(/EXISTS \(SELECT 1 FROM "(\w+)"/g)].map((match) => match[1]);
    const plain = await forms({ q: 'tehran', precisions: ['day'] });
    assert.equal(plain.walking.sql, plain.collecting.sql);
    const linked = await forms({ actors: ['hamas', 'iran'], mode: 'all', sources: ['cut-hamas-off-from-tehran'] });
    assert.deepEqual(tested(linked.walking.sql), ['Citation', 'EventActor', 'EventActor']);
    assert.deepEqual([collected(linked.collecting.sql), tested(linked.collecting.sql)], [['Citation'], ['EventActor', 'EventActor']]);
    const searched = await forms({ actors: ['hamas'], q: 'tehran' });
    assert.deepEqual([collected(searched.collecting.sql), tested(searched.collecting.sql)], [['EventSearch'], ['EventActor']]);
    const actor = await forms({ actors: ['hamas'] });
    assert.deepEqual([collected(actor.collecting.sql), tested(actor.collecting.sql)], [['EventActor'], []]);
  });

  it('walks in date order unless the matches are fewer than the events a walk would meet', async () => {
    const forms = await filterConditions({ ...EMPTY_FILTER, actors: ['hamas'] });
    // 1,000 events: a walk for 1 match meets about 1,000 / matching of them.
    assert.equal(dateOrderCondition(forms, 31, 1000, 1), forms.collecting);
    assert.equal(dateOrderCondition(forms, 32, 1000, 1), forms.walking);
    assert.equal(dateOrderCondition(forms, 99, 1000, 10), forms.collecting);
    assert.equal(dateOrderCondition(forms, 1000, 1000, 10), forms.walking);
  });
});
