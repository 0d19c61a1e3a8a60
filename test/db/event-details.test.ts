import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { EMPTY_FILTER } from '../../lib/query/event-filter';
import { seedArticles, useTemporaryDatabase } from './test-database';

useTemporaryDatabase(seedArticles);
const { findEvents, getEvent, getTimelineEvents } = await import('../../lib/db/queries');
type Events = Awaited<ReturnType<typeof getTimelineEvents>>;

describe('events with their details', () => {
  let all: Events;
  before(async () => {
    all = await getTimelineEvents();
  });

  it('stores each event\'s counts of reporting sources, reporting passages and mentions as its citations give them', () => {
    for (const event of all) {
      const reports = event.citations.filter((c) => c.role === 'report');
      assert.deepEqual(
        [event.sourceCount, event.passageCount, event.mentionCount],
        [new Set(reports.map((c) => c.source)).size, reports.length, event.citations.length - reports.length],
        event.title,
      );
    }
  });

  it('keeps a mention\'s words, taken from its quote, and none for a report', () => {
    const mentions = all.flatMap((event) => event.citations.filter((c) => c.role === 'mention'));
    assert.ok(mentions.length > 0);
    for (const mention of mentions) assert.ok(mention.roleBasis && mention.quote.includes(mention.roleBasis), mention.quote);
    for (const report of all.flatMap((event) => event.citations.filter((c) => c.role === 'report'))) assert.equal(report.roleBasis, null);
  });

  it('an article that only names the October 7 attack as a time is cited but not counted; one citing it twice counts once', () => {
    const attack = all.find((event) => event.start === '2023-10-07' && event.discrepancies.length > 0)!;
    const citing = new Set(attack.citations.map((c) => c.source));
    assert.equal(citing.size, 5);
    assert.equal(attack.sourceCount, 4);
    assert.ok(!attack.citations.some((c) => c.source === 'cut-hamas-off-from-tehran' && c.role === 'report'));
    assert.ok(attack.passageCount > attack.sourceCount);
  });

  it('names each disagreeing figure\'s source by the title its citation carries', () => {
    const disputed = all.filter((event) => event.discrepancies.length > 0);
    assert.ok(disputed.length > 0);
    for (const event of disputed) {
      const titles = new Map(event.citations.map((c) => [c.source, c.sourceTitle]));
      for (const value of event.discrepancies.flatMap((d) => d.values)) assert.equal(value.sourceTitle, titles.get(value.source));
    }
  });

  it('negative: an event whose sources agree has no disagreement to show', () => {
    assert.ok(all.some((event) => event.sourceCount > 1 && event.discrepancies.length === 0));
  });

  it('reads one event, a page and every event through the same mapping', async () => {
    const page = await findEvents(EMPTY_FILTER, { limit: 500, cursor: null });
    assert.deepEqual(page.events, all);
    for (const event of all.slice(0, 5)) assert.deepEqual(await getEvent(event.id), event);
  });
});
