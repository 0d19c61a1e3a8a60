// getTimelineWindow on a synthetic corpus written row by row, large enough that a window holds more
// than MAX_WINDOW_ITEMS events; expected figures are computed here from the generated rows.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { choosePeriod, periodIndex, periodSpan } from '../../lib/db/queries/cluster-periods';
import { EMPTY_FILTER, type EventFilter } from '../../lib/query/event-filter';
import {
  MAX_WINDOW_ITEMS, OTHER_SOURCES_LANE, type TimelineCluster, type TimelineWindowRequest,
} from '../../lib/query/timeline-window';
import { rebuildLaneCounts } from '../../lib/seed/lane-counts';
import { rebuildSearchIndex } from '../../lib/seed/search-index';
import { useTemporaryDatabase } from './test-database';

interface Row { id: string; start: string; end: string; actors: string[]; sources: string[] }

const DAY = { unit: 'day', step: 1 } as const;
const day = (first: string, offset: number) => periodSpan(DAY, periodIndex(DAY, first) + offset).start;

/**
 * 1,800 events through 2023 and 2024, a few lasting years; actors and sources in a fixed pattern.
 * Before them, 1,500 events of 2010 without actors, so actor-filtered windows can hold many events
 * and few matches.
 */
function generateRows(): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < 1500; i++) {
    rows.push({ id: `evt_2010_${String(i).padStart(4, '0')}`, start: day('2010-01-01', i % 365), end: day('2010-01-01', i % 365), actors: [], sources: ['source-b'] });
  }
  for (let i = 0; i < 1800; i++) {
    const start = day('2023-01-01', (i * 7) % 730);
    const end = i % 5 === 0 ? day(start, 30) : start;
    const actors = [['member'], ['parent'], [], ['member', 'other']][i % 4];
    const sources = i % 10 === 0 ? ['source-a', 'source-b'] : [i % 2 === 0 ? 'source-a' : 'source-b'];
    // Source C cites only events source A cites too: a lane of both counts each event once.
    if (i % 6 === 0) sources.push('source-c');
    rows.push({ id: `evt_${String(i).padStart(6, '0')}`, start, end, actors, sources });
  }
  rows.push({ id: 'evt_long', start: '2020-06-01', end: '2025-06-30', actors: ['other'], sources: ['source-a'] });
  return rows;
}

const ROWS = generateRows();

function write(file: string): void {
  const db = new Database(file);
  db.transaction(() => {
    db.prepare(`INSERT INTO "Actor" (id, slug, name, kind, aliases, affiliationId) VALUES (1, 'parent', 'Parent', 'organization', '[]', NULL),
      (2, 'member', 'Member', 'person', '[]', 1), (3, 'other', 'Other', 'state', '[]', NULL)`).run();
    const actorIds: Record<string, number> = { parent: 1, member: 2, other: 3 };
    const sourceIds: Record<string, number> = { 'source-a': 1, 'source-b': 2, 'source-c': 3 };
    const titles: Record<string, string | null> = { 'source-a': 'Alpha', 'source-b': null, 'source-c': 'Gamma' };
    for (const [slug, id] of Object.entries(sourceIds)) {
      db.prepare(`INSERT INTO "Source" (id, slug, file, title, referenceDate, referenceDateEstimated) VALUES (?, ?, ?, ?, '2025-01-01', 0)`)
        .run(id, slug, `${slug}.md`, titles[slug]);
      db.prepare(`INSERT INTO "Paragraph" VALUES (?, ?, 1, 'Text.', 'body')`).run(id, id);
    }
    let citation = 0;
    for (const [seq, row] of ROWS.entries()) {
      db.prepare(`INSERT INTO "Event" (id, seq, title, summary, start, "end", precision, dateText, inferred, discrepancies)
        VALUES (?, ?, ?, '', ?, ?, 'day', 'text', NULL, '[]')`).run(row.id, seq + 1, `Event ${row.id}`, row.start, row.end);
      for (const actor of row.actors) db.prepare('INSERT INTO "EventActor" VALUES (?, ?)').run(row.id, actorIds[actor]);
      for (const source of row.sources) {
        db.prepare(`INSERT INTO "Citation" (id, eventId, sourceId, paragraphId, quote, quoteStart, quoteEnd, stance, dateText, figures)
          VALUES (?, ?, ?, ?, 'Text.', 0, 5, 'stated', '', '[]')`)
          .run(++citation, row.id, sourceIds[source], sourceIds[source]);
      }
    }
    rebuildSearchIndex(db);
    rebuildLaneCounts(db);
  })();
  db.close();
}

useTemporaryDatabase(write);
const { getTimelineWindow } = await import('../../lib/db/queries');

function inWindow(request: { start: string; end: string }, rows = ROWS): Row[] {
  return rows.filter((row) => row.end >= request.start && row.start <= request.end);
}

function lanesOfRow(row: Row, group: TimelineWindowRequest['group']): (string | null)[] {
  return group === 'actor' ? (row.actors.length ? row.actors : [null]) : group === 'source' ? row.sources : [null];
}

/** The clusters the window should have: per period of clamped start, per lane. */
function expectedClusters(request: TimelineWindowRequest, rows: Row[], lanesOf = (row: Row) => lanesOfRow(row, request.group)): TimelineCluster[] {
  const period = choosePeriod(request.start, request.end);
  const counts = new Map<string, number>();
  for (const row of inWindow(request, rows)) {
    const index = periodIndex(period, row.start < request.start ? request.start : row.start);
    for (const lane of lanesOf(row)) {
      const key = JSON.stringify([index, lane]);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].map(([key, count]) => {
    const [index, group] = JSON.parse(key) as [number, string | null];
    const span = periodSpan(period, index);
    return { start: span.start < request.start ? request.start : span.start, end: span.end > request.end ? request.end : span.end, count, group };
  });
}

const byPeriodAndLane = (a: TimelineCluster, b: TimelineCluster) =>
  a.start.localeCompare(b.start) || String(a.group).localeCompare(String(b.group));

describe('getTimelineWindow', () => {
  it('sends the items of a window holding at most MAX_WINDOW_ITEMS events', async () => {
    const request = { start: '2023-03-01', end: '2023-05-31', group: 'none' } as const;
    const window = await getTimelineWindow(EMPTY_FILTER, request);
    const expected = inWindow(request);
    assert.ok(expected.length > 50 && expected.length <= MAX_WINDOW_ITEMS);
    assert.equal(window.inWindow, expected.length);
    assert.deepEqual(window.items.map((item) => item.id).sort(), expected.map((row) => row.id).sort());
    assert.deepEqual(window.clusters, []);
    assert.ok(window.items.some((item) => item.id === 'evt_long'), 'an event that began years earlier still overlaps');
    const item = window.items.find((i) => i.id === 'evt_000011');
    assert.deepEqual(item && { actors: item.actors, sources: item.sources }, { actors: ['member', 'other'], sources: ['source-b'] });
  });

  // Whole months; months cut at both ends; weeks; years with cut months; each with evt_long begun earlier.
  const crowdedWindows = [['2022-07-01', '2024-12-31'], ['2022-07-15', '2024-12-20'], ['2023-01-03', '2024-06-17'], ['1950-05-05', '2040-02-02']];
  for (const [start, end] of crowdedWindows) for (const group of ['none', 'actor', 'source'] as const) {
    it(`counts a crowded window per period, ${start}..${end} group=${group}`, async () => {
      const request = { start, end, group };
      const window = await getTimelineWindow(EMPTY_FILTER, request);
      assert.ok(window.inWindow > MAX_WINDOW_ITEMS);
      assert.equal(window.inWindow, inWindow(request).length);
      assert.deepEqual(window.items, []);
      assert.deepEqual([...window.clusters].sort(byPeriodAndLane), expectedClusters(request, ROWS).sort(byPeriodAndLane));
      const periods = new Set(window.clusters.map((c) => c.start));
      assert.ok(periods.size > 2 && periods.size <= 100, `${periods.size} periods`);
    });
  }

  it('counts the filtered events only, and the figures around them', async () => {
    const filter: EventFilter = { ...EMPTY_FILTER, actors: ['parent'] };
    const request = { start: '2023-01-01', end: '2024-12-31', group: 'actor' } as const;
    const window = await getTimelineWindow(filter, request);
    const matchingRows = ROWS.filter((row) => row.actors.includes('parent') || row.actors.includes('member'));
    assert.equal(window.total, ROWS.length);
    assert.equal(window.matching, matchingRows.length);
    assert.equal(window.inWindow, inWindow(request, matchingRows).length);
    assert.deepEqual([...window.clusters].sort(byPeriodAndLane), expectedClusters(request, matchingRows).sort(byPeriodAndLane));
    const unaffiliated = await getTimelineWindow({ ...filter, affiliated: false }, request);
    assert.equal(unaffiliated.matching, ROWS.filter((row) => row.actors.includes('parent')).length);
  });

  // A filtered window is read from whichever is smaller: the window's events or the filter's matches.
  // Parent stands for parent and member: 1,350 events, fewer than 2022-07..2024-12 holds, and also
  // fewer than 2010..2023-06 holds, though only some hundreds of them are in that window. The two
  // sources cite every event, more than 2023-03..2024-12 holds.
  const byParent = (row: Row) => row.actors.includes('parent') || row.actors.includes('member');
  const WHOLE: [string, string] = ['2022-07-01', '2024-12-31'];
  const PART: [string, string] = ['2023-03-01', '2024-12-31'];
  const EARLY: [string, string] = ['2010-01-01', '2023-06-30'];
  const filtered: [string, Partial<EventFilter>, (row: Row) => boolean][] = [
    ['actor', { actors: ['parent'] }, byParent],
    ['either source', { sources: ['source-a', 'source-b'] }, () => true],
    ['actor and source', { actors: ['parent'], sources: ['source-a'] }, (row) => byParent(row) && row.sources.includes('source-a')],
    ['all of two actors', { actors: ['member', 'other'], mode: 'all' }, (row) => row.actors.includes('member') && row.actors.includes('other')],
  ];
  for (const [name, partial, matches] of filtered) for (const [start, end] of [WHOLE, PART, EARLY]) {
    it(`counts a filtered window, ${name}, ${start}..${end}`, async () => {
      const request = { start, end, group: 'actor' } as const;
      const matchingRows = ROWS.filter(matches);
      const window = await getTimelineWindow({ ...EMPTY_FILTER, ...partial }, request);
      assert.equal(window.matching, matchingRows.length);
      assert.equal(window.inWindow, inWindow(request, matchingRows).length);
      assert.deepEqual([...window.clusters].sort(byPeriodAndLane), window.inWindow > MAX_WINDOW_ITEMS ? expectedClusters(request, matchingRows).sort(byPeriodAndLane) : []);
      const expectedItems = window.inWindow > MAX_WINDOW_ITEMS ? [] : inWindow(request, matchingRows).map((row) => row.id).sort();
      assert.deepEqual(window.items.map((item) => item.id).sort(), expectedItems);
    });
  }

  it('is exercised by crowded windows smaller and larger than the filter, an uncrowded larger one, and a filter too small to crowd one', () => {
    const count = (matches: (row: Row) => boolean, [start, end]: [string, string]) => inWindow({ start, end }, ROWS.filter(matches)).length;
    const all = () => true;
    const parents = ROWS.filter(byParent).length;
    assert.ok(count(byParent, WHOLE) > MAX_WINDOW_ITEMS && count(all, WHOLE) > parents);
    assert.ok(parents > MAX_WINDOW_ITEMS && count(byParent, EARLY) <= MAX_WINDOW_ITEMS && count(byParent, EARLY) > 0 && count(all, EARLY) > parents);
    assert.ok(count(all, PART) > MAX_WINDOW_ITEMS && count(all, PART) < ROWS.length);
    assert.ok(ROWS.filter(filtered[3][2]).length <= MAX_WINDOW_ITEMS && ROWS.filter(filtered[3][2]).length > 0);
  });

  it('answers an empty window with zero counts', async () => {
    const window = await getTimelineWindow(EMPTY_FILTER, { start: '1900-01-01', end: '1900-12-31', group: 'none' });
    assert.deepEqual({ ...window, total: 0 }, { start: '1900-01-01', end: '1900-12-31', total: 0, matching: ROWS.length, inWindow: 0, items: [], clusters: [] });
  });
});

describe('getTimelineWindow grouped by source', () => {
  const TITLES: Record<string, string> = { 'source-a': 'Alpha', 'source-b': 'Untitled article (source-b)', 'source-c': 'Gamma' };

  /** The lanes a window's events should be in with at most `cap` source lanes, and the chosen sources. */
  function expectedLanes(request: TimelineWindowRequest, rows: Row[], cap: number, filterSources: string[] = []) {
    const events = new Map<string, number>();
    for (const row of inWindow(request, rows)) for (const source of row.sources) events.set(source, (events.get(source) ?? 0) + 1);
    const candidates = [...events].filter(([slug]) => filterSources.length === 0 || filterSources.includes(slug));
    const ranked = candidates.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, Math.max(cap, filterSources.length));
    const chosen = new Set(ranked.map(([slug]) => slug));
    const otherSources = candidates.length - ranked.length;
    const lanesOf = (row: Row) => {
      const own = row.sources.filter((source) => chosen.has(source));
      return otherSources > 0 && own.length < row.sources.length ? [...own, OTHER_SOURCES_LANE] : own;
    };
    return { sourceLanes: { sources: ranked.map(([slug, count]) => ({ slug, title: TITLES[slug], events: count })), otherSources }, lanesOf };
  }

  const crowded = { start: '2023-01-01', end: '2024-12-31', group: 'source' } as const;

  it('draws the sources citing the most events and one lane of the rest, counting each event there once', async () => {
    const window = await getTimelineWindow(EMPTY_FILTER, crowded, 1);
    const expected = expectedLanes(crowded, ROWS, 1);
    assert.deepEqual(window.sourceLanes, expected.sourceLanes);
    assert.deepEqual(window.sourceLanes, { sources: [{ slug: 'source-b', title: TITLES['source-b'], events: 1080 }], otherSources: 2 });
    assert.deepEqual([...window.clusters].sort(byPeriodAndLane), expectedClusters(crowded, ROWS, expected.lanesOf).sort(byPeriodAndLane));
    // Source C cites only events of source A: summing the two sources' counts would count those twice.
    const other = window.clusters.filter((cluster) => cluster.group === OTHER_SOURCES_LANE).reduce((sum, cluster) => sum + cluster.count, 0);
    assert.equal(other, inWindow(crowded).filter((row) => row.sources.includes('source-a')).length);
  });

  it('counts the filtered events in the same lanes', async () => {
    const filter: EventFilter = { ...EMPTY_FILTER, actors: ['parent'] };
    const matchingRows = ROWS.filter((row) => row.actors.includes('parent') || row.actors.includes('member'));
    const window = await getTimelineWindow(filter, crowded, 1);
    const expected = expectedLanes(crowded, matchingRows, 1);
    assert.ok(window.inWindow > MAX_WINDOW_ITEMS);
    assert.equal(window.inWindow, inWindow(crowded, matchingRows).length);
    assert.deepEqual(window.sourceLanes, expected.sourceLanes);
    assert.equal(window.sourceLanes?.otherSources, 2);
    assert.deepEqual([...window.clusters].sort(byPeriodAndLane), expectedClusters(crowded, matchingRows, expected.lanesOf).sort(byPeriodAndLane));
  });

  it('has no other lane when the sources fit under the cap', async () => {
    const window = await getTimelineWindow(EMPTY_FILTER, crowded);
    assert.deepEqual(window.sourceLanes, expectedLanes(crowded, ROWS, 3).sourceLanes);
    assert.equal(window.sourceLanes?.otherSources, 0);
    assert.ok(!window.clusters.some((cluster) => cluster.group === OTHER_SOURCES_LANE));
  });

  it('draws the filter sources, all of them and only them, whatever the cap', async () => {
    const filter: EventFilter = { ...EMPTY_FILTER, sources: ['source-c', 'source-b'] };
    const matchingRows = ROWS.filter((row) => row.sources.includes('source-b') || row.sources.includes('source-c'));
    const window = await getTimelineWindow(filter, crowded, 1);
    assert.ok(window.inWindow > MAX_WINDOW_ITEMS);
    const expected = expectedLanes(crowded, matchingRows, 1, filter.sources);
    assert.deepEqual(window.sourceLanes?.sources.map((source) => source.slug), ['source-b', 'source-c']);
    assert.deepEqual(window.sourceLanes, expected.sourceLanes);
    assert.deepEqual([...window.clusters].sort(byPeriodAndLane), expectedClusters(crowded, matchingRows, expected.lanesOf).sort(byPeriodAndLane));
    assert.ok(!window.clusters.some((cluster) => cluster.group === 'source-a' || cluster.group === OTHER_SOURCES_LANE));
  });

  it('chooses the lanes of a window of items from its items', async () => {
    const request = { start: '2023-03-01', end: '2023-05-31', group: 'source' } as const;
    const window = await getTimelineWindow(EMPTY_FILTER, request, 1);
    assert.ok(window.items.length > 0);
    assert.deepEqual(window.sourceLanes, expectedLanes(request, ROWS, 1).sourceLanes);
    const filtered = await getTimelineWindow({ ...EMPTY_FILTER, sources: ['source-c'] }, request, 1);
    assert.deepEqual(filtered.sourceLanes, expectedLanes(request, ROWS.filter((row) => row.sources.includes('source-c')), 1, ['source-c']).sourceLanes);
  });

  it('says nothing of source lanes in other groupings', async () => {
    const window = await getTimelineWindow(EMPTY_FILTER, { ...crowded, group: 'actor' }, 1);
    assert.equal('sourceLanes' in window, false);
  });
});
