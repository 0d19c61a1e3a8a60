import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OTHER_SOURCES_LANE, type SourceLanes } from '../../lib/query/timeline-window';
import {
  NO_ACTOR_LANE, affiliationRoots, buildLanes, eventIdOfItem, laneItemId, lanesOfEvent, sameSourceLanes, type LaneActor,
} from '../../lib/view-state/lanes';

const actors: LaneActor[] = [
  { slug: 'iran', name: 'Iran', kind: 'state', affiliation: null },
  { slug: 'irgc', name: 'IRGC', kind: 'organization', affiliation: 'iran' },
  { slug: 'quds-force', name: 'Quds Force', kind: 'unit', affiliation: 'irgc' },
  { slug: 'qasem-soleimani', name: 'Qasem Soleimani', kind: 'person', affiliation: 'quds-force' },
  { slug: 'hamas', name: 'Hamas', kind: 'organization', affiliation: null },
  { slug: 'ismail-haniyeh', name: 'Ismail Haniyeh', kind: 'person', affiliation: 'hamas' },
  { slug: 'loop-a', name: 'Loop A', kind: 'organization', affiliation: 'loop-b' },
  { slug: 'loop-b', name: 'Loop B', kind: 'organization', affiliation: 'loop-a' },
];
const roots = affiliationRoots(actors);

describe('affiliationRoots', () => {
  it('climbs the affiliation chain to its root', () => {
    assert.equal(roots.get('qasem-soleimani'), 'iran');
    assert.equal(roots.get('irgc'), 'iran');
    assert.equal(roots.get('ismail-haniyeh'), 'hamas');
    assert.equal(roots.get('hamas'), 'hamas');
  });

  it('stops at a cycle instead of looping', () => {
    assert.ok(['loop-a', 'loop-b'].includes(roots.get('loop-a')!));
  });
});

describe('lanesOfEvent', () => {
  it('puts an event in the root lane of each actor and the nested lane of affiliated ones', () => {
    const event = { actors: ['hamas', 'ismail-haniyeh', 'qasem-soleimani'], sources: ['s1'] };
    assert.deepEqual(lanesOfEvent(event, 'actor', roots).sort(), ['hamas', 'iran', 'ismail-haniyeh', 'qasem-soleimani']);
  });

  it('gives events without actors their own lane, and an unknown actor a lane of its own', () => {
    assert.deepEqual(lanesOfEvent({ actors: [], sources: [] }, 'actor', roots), [NO_ACTOR_LANE]);
    assert.deepEqual(lanesOfEvent({ actors: ['someone-new'], sources: [] }, 'actor', roots), ['someone-new']);
  });

  it('groups by source or not at all', () => {
    assert.deepEqual(lanesOfEvent({ actors: ['hamas'], sources: ['a', 'b'] }, 'source', roots), ['a', 'b']);
    assert.deepEqual(lanesOfEvent({ actors: ['hamas'], sources: ['a'] }, 'none', roots), [null]);
  });
});

describe('lanesOfEvent with a choice of source lanes', () => {
  const chosen: SourceLanes = { sources: [{ slug: 'a', title: 'A', events: 9 }, { slug: 'b', title: 'B', events: 4 }], otherSources: 2 };
  const lanes = (sources: string[], choice = chosen) => lanesOfEvent({ actors: [], sources }, 'source', roots, choice);

  it('puts an event in each chosen source lane that cites it', () => {
    assert.deepEqual(lanes(['a', 'b']), ['a', 'b']);
  });

  it('puts an event cited by a chosen and an other source in both lanes', () => {
    assert.deepEqual(lanes(['a', 'x']), ['a', OTHER_SOURCES_LANE]);
  });

  it('puts an event cited by several other sources in the other lane once', () => {
    assert.deepEqual(lanes(['x', 'y', 'x']), [OTHER_SOURCES_LANE]);
  });

  it('has no other lane when every source citing the window has a lane, as with a source filter', () => {
    const filtered: SourceLanes = { sources: [{ slug: 'a', title: 'A', events: 9 }], otherSources: 0 };
    assert.deepEqual(lanes(['a', 'x'], filtered), ['a']);
  });
});

describe('sameSourceLanes', () => {
  const choice = (slugs: string[], otherSources: number): SourceLanes => ({ sources: slugs.map((slug) => ({ slug, title: slug, events: 1 })), otherSources });

  it('tells whether events land in the same lanes, whatever the counts', () => {
    assert.equal(sameSourceLanes(choice(['a', 'b'], 5), choice(['a', 'b'], 7)), true);
    assert.equal(sameSourceLanes(choice(['a', 'b'], 5), choice(['a', 'c'], 5)), false);
    assert.equal(sameSourceLanes(choice(['a'], 0), choice(['a'], 1)), false);
    assert.equal(sameSourceLanes(null, null), true);
    assert.equal(sameSourceLanes(null, choice(['a'], 0)), false);
  });
});

describe('item ids', () => {
  it('name the event and the lane, and give the event back', () => {
    assert.equal(laneItemId('evt_1', 'hamas'), 'evt_1@hamas');
    assert.equal(laneItemId('evt_1', null), 'evt_1');
    assert.equal(eventIdOfItem('evt_1@hamas'), 'evt_1');
    assert.equal(eventIdOfItem('evt_1'), 'evt_1');
  });
});

describe('buildLanes', () => {
  it('orders a root’s nested lanes state, organisation, group, unit, person', () => {
    const bloc: LaneActor[] = [
      { slug: 'land', name: 'Land', kind: 'state', affiliation: null },
      { slug: 'anna', name: 'Anna', kind: 'person', affiliation: 'land' },
      { slug: 'brigade', name: 'Brigade', kind: 'unit', affiliation: 'land' },
      { slug: 'crowd', name: 'Crowd', kind: 'group', affiliation: 'land' },
      { slug: 'ministry', name: 'Ministry', kind: 'organization', affiliation: 'land' },
    ];
    const [root] = buildLanes(['anna', 'brigade', 'crowd', 'ministry'], 'actor', bloc, null);
    assert.deepEqual(root.nestedGroups, ['ministry', 'crowd', 'brigade', 'anna']);
  });

  it('nests used affiliated lanes under their root, organisations before people, collapsed', () => {
    const lanes = buildLanes(['iran', 'qasem-soleimani', 'irgc', 'hamas', NO_ACTOR_LANE], 'actor', actors, null);
    const iran = lanes.find((lane) => lane.id === 'iran')!;
    assert.deepEqual(iran.nestedGroups, ['irgc', 'qasem-soleimani']);
    assert.equal(iran.showNested, false);
    assert.equal(lanes.find((lane) => lane.id === 'hamas')!.nestedGroups, undefined);
    const order = [...lanes].sort((a, b) => a.order.localeCompare(b.order)).map((lane) => lane.id);
    assert.deepEqual(order, ['hamas', 'iran', 'irgc', 'qasem-soleimani', NO_ACTOR_LANE]);
  });

  it('adds the root lane even when only a member is used, and expands on request', () => {
    const lanes = buildLanes(['ismail-haniyeh'], 'actor', actors, null, new Set(['hamas']));
    assert.deepEqual(lanes.map((lane) => lane.id), ['hamas', 'ismail-haniyeh']);
    assert.equal(lanes[0].showNested, true);
  });

  it('names source lanes by title and draws no lanes without grouping', () => {
    const choice: SourceLanes = { sources: [{ slug: 's1', title: 'A title', events: 3 }], otherSources: 0 };
    assert.deepEqual(buildLanes(['s1'], 'source', actors, choice).map((l) => l.content), ['A title']);
    assert.deepEqual(buildLanes(['s1'], 'source', actors, null).map((l) => l.content), ['s1']);
    assert.deepEqual(buildLanes(['iran'], 'none', actors, null), []);
  });

  it('labels the other sources lane with how many sources it holds, last', () => {
    const choice: SourceLanes = { sources: [{ slug: 'zeta', title: 'Zeta', events: 30 }, { slug: 'alpha', title: 'Alpha', events: 20 }], otherSources: 2950 };
    const lanes = buildLanes([OTHER_SOURCES_LANE, 'zeta', 'alpha'], 'source', actors, choice);
    const sorted = [...lanes].sort((a, b) => a.order.localeCompare(b.order)).map((lane) => lane.content);
    assert.deepEqual(sorted, ['Alpha', 'Zeta', 'Other sources (2,950)']);
  });
});

describe('news outlets in lanes by actor', () => {
  const withMedia: LaneActor[] = [
    ...actors,
    { slug: 'daily-herald', name: 'The Daily Herald', kind: 'organization', affiliation: null, media: true },
    { slug: 'herald-desk', name: 'Herald Desk', kind: 'unit', affiliation: 'daily-herald' },
  ];

  it('gives an outlet no lane unless the filter names it', () => {
    const event = { actors: ['daily-herald', 'hamas'], sources: [] };
    assert.deepEqual(lanesOfEvent(event, 'actor', affiliationRoots(withMedia)), ['hamas']);
    assert.deepEqual(lanesOfEvent(event, 'actor', affiliationRoots(withMedia, ['daily-herald'])).sort(), ['daily-herald', 'hamas']);
    assert.deepEqual(lanesOfEvent(event, 'actor', affiliationRoots(withMedia, ['hamas'])), ['hamas']);
  });

  it('puts an event naming only an outlet with the events naming no actor', () => {
    assert.deepEqual(lanesOfEvent({ actors: ['daily-herald'], sources: [] }, 'actor', affiliationRoots(withMedia)), [NO_ACTOR_LANE]);
  });

  it('folds nobody into an outlet’s lane', () => {
    const roots = affiliationRoots(withMedia);
    assert.equal(roots.get('daily-herald'), null);
    assert.equal(roots.get('herald-desk'), 'herald-desk');
    assert.deepEqual(buildLanes(['daily-herald'], 'actor', withMedia, null).map((lane) => lane.id), ['daily-herald']);
  });
});
