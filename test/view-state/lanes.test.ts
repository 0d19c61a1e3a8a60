import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  NO_ACTOR_LANE, affiliationRoots, buildLanes, eventIdOfItem, laneItemId, lanesOfEvent, type LaneActor,
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

describe('item ids', () => {
  it('name the event and the lane, and give the event back', () => {
    assert.equal(laneItemId('evt_1', 'hamas'), 'evt_1@hamas');
    assert.equal(laneItemId('evt_1', null), 'evt_1');
    assert.equal(eventIdOfItem('evt_1@hamas'), 'evt_1');
    assert.equal(eventIdOfItem('evt_1'), 'evt_1');
  });
});

describe('buildLanes', () => {
  it('nests used affiliated lanes under their root, organisations before people, collapsed', () => {
    const lanes = buildLanes(['iran', 'qasem-soleimani', 'irgc', 'hamas', NO_ACTOR_LANE], 'actor', actors, []);
    const iran = lanes.find((lane) => lane.id === 'iran')!;
    assert.deepEqual(iran.nestedGroups, ['irgc', 'qasem-soleimani']);
    assert.equal(iran.showNested, false);
    assert.equal(lanes.find((lane) => lane.id === 'hamas')!.nestedGroups, undefined);
    const order = [...lanes].sort((a, b) => a.order.localeCompare(b.order)).map((lane) => lane.id);
    assert.deepEqual(order, ['hamas', 'iran', 'irgc', 'qasem-soleimani', NO_ACTOR_LANE]);
  });

  it('adds the root lane even when only a member is used, and expands on request', () => {
    const lanes = buildLanes(['ismail-haniyeh'], 'actor', actors, [], new Set(['hamas']));
    assert.deepEqual(lanes.map((lane) => lane.id), ['hamas', 'ismail-haniyeh']);
    assert.equal(lanes[0].showNested, true);
  });

  it('names source lanes by title and draws no lanes without grouping', () => {
    assert.deepEqual(buildLanes(['s1'], 'source', actors, [{ slug: 's1', title: 'A title' }]).map((l) => l.content), ['A title']);
    assert.deepEqual(buildLanes(['iran'], 'none', actors, []), []);
  });
});
