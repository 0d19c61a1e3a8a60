import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pickerActors } from '../../../components/timeline/picker-actors';
import type { ActorListing } from '../../../lib/db/queries';

const actor = (slug: string, name: string, eventCount: number, aliases: string[] = []): ActorListing =>
  ({ slug, name, kind: 'organization', aliases, affiliation: null, eventCount, discovered: false, evidence: null, media: false });

const ACTORS = [
  actor('zeta', 'Zeta', 3),
  actor('alpha', 'Alpha', 3),
  actor('idle', 'Idle Body', 0, ['Dormant']),
  actor('beta', 'Béta', 9),
  actor('quiet', 'Quiet', 0),
];
const slugs = (list: { shown: ActorListing[] }) => list.shown.map((a) => a.slug);

describe('pickerActors', () => {
  it('lists actors with events, most events first, then by name', () => {
    const list = pickerActors(ACTORS, { selected: [], query: '', showAll: false });
    assert.deepEqual(slugs(list), ['beta', 'alpha', 'zeta']);
    assert.equal(list.withoutEvents, 2);
  });

  it('adds the actors no event names after the others on "Show all"', () => {
    const list = pickerActors(ACTORS, { selected: [], query: '', showAll: true });
    assert.deepEqual(slugs(list), ['beta', 'alpha', 'zeta', 'idle', 'quiet']);
    assert.equal(list.withoutEvents, 0);
  });

  it('keeps a chosen actor listed even when no event names it', () => {
    const list = pickerActors(ACTORS, { selected: ['quiet'], query: '', showAll: false });
    assert.deepEqual(slugs(list), ['beta', 'alpha', 'zeta', 'quiet']);
    assert.equal(list.withoutEvents, 1);
  });

  it('searches every actor by name or alias, ignoring case and diacritics', () => {
    assert.deepEqual(slugs(pickerActors(ACTORS, { selected: [], query: 'dormant', showAll: false })), ['idle']);
    assert.deepEqual(slugs(pickerActors(ACTORS, { selected: [], query: 'BETA', showAll: false })), ['beta']);
    assert.deepEqual(slugs(pickerActors(ACTORS, { selected: ['zeta'], query: 'nobody', showAll: false })), ['zeta']);
    assert.deepEqual(slugs(pickerActors(ACTORS, { selected: [], query: 'nobody', showAll: false })), []);
  });

  it('does not reorder the list it is given', () => {
    const given = [...ACTORS];
    pickerActors(given, { selected: [], query: '', showAll: true });
    assert.deepEqual(given, ACTORS);
  });
});
