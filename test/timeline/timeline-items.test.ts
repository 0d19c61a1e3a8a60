import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeNeighbours, toClusterItems, toVisItems } from '../../components/timeline/timeline-items';
import { OTHER_SOURCES_LANE, type SourceLanes, type TimelineItem } from '../../lib/query/timeline-window';

const roots = new Map([['ismail-haniyeh', 'hamas'], ['hamas', 'hamas'], ['iran', 'iran']]);

function item(overrides: Partial<TimelineItem>): TimelineItem {
  return {
    id: 'evt_1', title: 'Talks in Tehran', start: '2025-02-08', end: '2025-02-08', precision: 'day',
    dateText: 'on Saturday', inferredBy: null, actors: ['hamas'], sources: ['s1'], sourceCount: 1, passageCount: 1, disagreements: [], ...overrides,
  };
}

describe('toVisItems', () => {
  it('draws a day as a point and a coarser date as a range over its whole span', () => {
    const [point] = toVisItems([item({})], 'none', roots);
    assert.equal(point.type, 'point');
    assert.equal(point.end, undefined);
    assert.match(point.className, /precision-day/);
    const [range] = toVisItems([item({ precision: 'year', start: '2006-01-01', end: '2006-12-31', dateText: '2006' })], 'none', roots);
    assert.equal(range.type, 'range');
    assert.deepEqual(range.start, new Date(2006, 0, 1));
    assert.deepEqual(range.end, new Date(2007, 0, 1));
    assert.match(range.className, /precision-coarse precision-year/);
  });

  it('labels with the date it stands for, never a year-less one, and says in words in the tooltip how it was inferred', () => {
    const [drawn] = toVisItems([item({ inferredBy: 'relative-to-speech-date', precision: 'approximate', dateText: 'A few days after', start: '2023-10-08', end: '2023-10-14' })], 'none', roots);
    assert.match(drawn.content, /<span class="event-date">about 8–14 October 2023<\/span> Talks in Tehran/);
    assert.match(drawn.className, /date-inferred/);
    assert.match(drawn.title, /about 8–14 October 2023 — as written: “A few days after”/);
    assert.match(drawn.title, /date inferred: counted from the date of the speech quoted/);
    assert.match(drawn.content, /aria-label="about 8–14 October 2023 Talks in Tehran \(about 8–14 October 2023; as written/);
  });

  it('negative: no rule name, no bare weekday or month, no "about 2023" for a span of days', () => {
    const [saturday] = toVisItems([item({ inferredBy: 'weekday-from-reference' })], 'none', roots);
    assert.match(saturday.content, /<span class="event-date">8 February 2025<\/span>/);
    assert.match(saturday.title, /8 February 2025 \(day\) — as written: “on Saturday”/);
    const [january] = toVisItems([item({ precision: 'month', start: '2023-01-01', end: '2023-01-31', dateText: 'January' })], 'none', roots);
    assert.match(january.content, /<span class="event-date">January 2023<\/span>/);
    for (const drawn of [saturday, january]) {
      assert.doesNotMatch(drawn.title, /weekday-from-reference|weekday from reference|about 20\d\d\b/);
    }
  });

  it('keeps the source’s own words as the label when they name the year', () => {
    const [drawn] = toVisItems([item({ dateText: 'February 8, 2025' })], 'none', roots);
    assert.match(drawn.content, /<span class="event-date">February 8, 2025<\/span>/);
  });

  it('badges the sources that report the event and flags differing figures, in the name and tooltip too', () => {
    const [drawn] = toVisItems([item({ sources: ['s1', 's2', 's3'], sourceCount: 2, passageCount: 5, disagreements: ['killed'] })], 'none', roots);
    assert.match(drawn.content, /<span class="source-count">2<\/span><span class="disagreement-flag">≠<\/span>/);
    assert.match(drawn.content, /aria-label="8 February 2025 Talks in Tehran \(8 February 2025 \(day\); as written: “on Saturday”; 2 sources · 5 passages; Sources disagree on killed\)"/);
    assert.match(drawn.title, /2 sources · 5 passages\nSources disagree on killed/);
    assert.match(drawn.className, /sources-disagree/);
  });

  it('negative: agreeing sources raise no flag; an event only mentioned in passing says so', () => {
    const [drawn] = toVisItems([item({ sourceCount: 0, passageCount: 0 })], 'none', roots);
    assert.match(drawn.content, /<span class="source-count">0<\/span>/);
    assert.doesNotMatch(drawn.content, /disagreement-flag/);
    assert.doesNotMatch(drawn.className, /sources-disagree/);
    assert.match(drawn.title, /Only mentioned in passing/);
  });

  it('puts one item in each lane the event belongs to', () => {
    const drawn = toVisItems([item({ actors: ['iran', 'ismail-haniyeh'] })], 'actor', roots);
    assert.deepEqual(drawn.map((d) => [d.id, d.group]), [
      ['evt_1@iran', 'iran'], ['evt_1@hamas', 'hamas'], ['evt_1@ismail-haniyeh', 'ismail-haniyeh'],
    ]);
  });

  it('puts an event in the lanes of its chosen sources and once in the other sources lane', () => {
    const chosen: SourceLanes = { sources: [{ slug: 's1', title: 'One', events: 5 }], otherSources: 3 };
    const drawn = toVisItems([item({ sources: ['s1', 's7', 's8'] }), item({ id: 'evt_2', sources: ['s9'] })], 'source', roots, chosen);
    assert.deepEqual(drawn.map((d) => [d.id, d.group]), [
      ['evt_1@s1', 's1'], [`evt_1@${OTHER_SOURCES_LANE}`, OTHER_SOURCES_LANE], [`evt_2@${OTHER_SOURCES_LANE}`, OTHER_SOURCES_LANE],
    ]);
  });

  it('escapes text that looks like markup', () => {
    const [drawn] = toVisItems([item({ title: '<img src=x onerror=alert(1)>' })], 'none', roots);
    assert.doesNotMatch(drawn.content, /<img/);
    assert.match(drawn.content, /&#60;img/);
  });
});

describe('toClusterItems', () => {
  const cluster = (group: string | null, count: number, month = '01') => ({ start: `2023-${month}-01`, end: `2023-${month}-28`, count, group });

  it('draws a count over the cluster period', () => {
    const [drawn] = toClusterItems([cluster(null, 1234)], 'none');
    assert.match(drawn.content, />1,234 events</);
    assert.equal(drawn.group, undefined);
    assert.equal(drawn.type, 'range');
    assert.deepEqual(drawn.end, new Date(2023, 0, 29));
    assert.ok(drawn.id.startsWith('cluster:'));
  });

  it('keeps each count in its own lane, events without actors in theirs', () => {
    const drawn = toClusterItems([cluster('hamas', 10), cluster('ismail-haniyeh', 3), cluster(null, 2)], 'actor');
    assert.deepEqual(drawn.map((d) => [d.group, d.content.match(/>([^<]+)<\/span>$/)![1]]), [
      ['hamas', '10 events'], ['ismail-haniyeh', '3 events'], ['_none', '2 events'],
    ]);
  });
});

describe('toClusterItems grouped by source', () => {
  it('keeps the other sources count in its own lane', () => {
    const drawn = toClusterItems([
      { start: '2023-01-01', end: '2023-01-31', count: 7, group: 's1' },
      { start: '2023-01-01', end: '2023-01-31', count: 2950, group: OTHER_SOURCES_LANE },
    ], 'source');
    assert.deepEqual(drawn.map((d) => [d.group, d.content.match(/>([^<]+)<\/span>$/)![1]]), [['s1', '7 events'], [OTHER_SOURCES_LANE, '2,950 events']]);
  });
});

describe('cluster budget', () => {
  it('merges clusters further when there are many lanes, never below one per lane', () => {
    const many = Array.from({ length: 100 }, (_, lane) => Array.from({ length: 12 }, (_, m) => ({
      start: `2023-${String(m + 1).padStart(2, '0')}-01`, end: `2023-${String(m + 1).padStart(2, '0')}-28`, count: 1, group: `source-${lane}`,
    }))).flat();
    const drawn = toClusterItems(many, 'source');
    assert.equal(drawn.length, 600);
    const thousandLanes = Array.from({ length: 1000 }, (_, lane) => ({ start: '2023-01-01', end: '2023-01-31', count: 2, group: `s-${lane}` }));
    assert.equal(toClusterItems(thousandLanes, 'source').length, 1000);
  });
});

describe('mergeNeighbours', () => {
  const months = Array.from({ length: 12 }, (_, i) => ({
    start: `2023-${String(i + 1).padStart(2, '0')}-01`, end: `2023-${String(i + 1).padStart(2, '0')}-28`, count: i + 1, group: 'hamas',
  }));

  it('leaves a lane with few clusters alone, in date order', () => {
    assert.deepEqual(mergeNeighbours([...months].reverse(), 12), months);
  });

  it('merges runs of neighbours, spans and counts exact', () => {
    const merged = mergeNeighbours(months, 4);
    assert.equal(merged.length, 4);
    assert.deepEqual(merged[0], { start: '2023-01-01', end: '2023-03-28', count: 6, group: 'hamas' });
    assert.equal(merged.reduce((sum, c) => sum + c.count, 0), 78);
    assert.equal(merged.at(-1)!.end, '2023-12-28');
  });
});
