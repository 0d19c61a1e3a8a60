import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { seedArticles, useTemporaryDatabase } from './test-database';

useTemporaryDatabase(seedArticles);
const { getActorEventOverview, getTimelineEvents } = await import('../../lib/db/queries');
type Events = Awaited<ReturnType<typeof getTimelineEvents>>;

describe('getActorEventOverview', () => {
  let events: Events;
  before(async () => {
    events = await getTimelineEvents();
  });
  /** Events naming the actor itself, in the timeline's (start, end, id) order. */
  const naming = (slug: string) => events.filter((event) => event.actors.some((actor) => actor.slug === slug));
  const brief = ({ id, title, start, end, precision }: Events[number]) => ({ id, title, start, end, precision });

  it('counts the events naming the actor by the year they start', async () => {
    for (const slug of ['hamas', 'iran', 'ismail-haniyeh']) {
      const counts = new Map<string, number>();
      for (const event of naming(slug)) counts.set(event.start.slice(0, 4), (counts.get(event.start.slice(0, 4)) ?? 0) + 1);
      const expected = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([year, count]) => ({ year, count }));
      assert.deepEqual((await getActorEventOverview(slug)).years, expected, slug);
    }
  });

  it('gives the first and the last events without repeating one', async () => {
    const hamas = naming('hamas');
    assert.ok(hamas.length > 6);
    const overview = await getActorEventOverview('hamas', 3);
    assert.deepEqual(overview.earliest, hamas.slice(0, 3).map(brief));
    assert.deepEqual(overview.latest, hamas.slice(-3).map(brief));
  });

  it('gives every event once when there are fewer than both ends hold', async () => {
    const haniyeh = naming('ismail-haniyeh');
    assert.ok(haniyeh.length > 5 && haniyeh.length < 10);
    const overview = await getActorEventOverview('ismail-haniyeh', 5);
    assert.deepEqual([...overview.earliest, ...overview.latest], haniyeh.map(brief));
  });

  it('is empty for actors without events and for unknown slugs', async () => {
    for (const slug of ['lebanon', 'no-such-actor']) {
      assert.deepEqual(await getActorEventOverview(slug), { years: [], earliest: [], latest: [] });
    }
  });
});
