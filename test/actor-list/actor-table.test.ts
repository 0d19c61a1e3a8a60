import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actorTable } from '../../lib/actor-list/actor-table';
import type { ActorListing } from '../../lib/db/queries';

const listing = (slug: string, name: string, eventCount: number, over: Partial<ActorListing> = {}): ActorListing => ({
  slug, name, kind: 'organization', aliases: [], affiliation: null, eventCount, discovered: false, evidence: null, media: false, ...over,
});

describe('actorTable', () => {
  it('lists every actor with its events, most first, marking discovered actors and news outlets', () => {
    const text = actorTable([
      listing('daily-herald', 'The Daily Herald', 1, { media: true }),
      listing('apex', 'Apex', 12),
      listing('river-watch', 'River Watch', 3, { discovered: true, kind: 'group' }),
      listing('idle', 'Idle', 0),
    ]);
    assert.deepEqual(text.split('\n'), [
      'events  slug          kind          name',
      '    12  apex          organization  Apex',
      '     3  river-watch   group         River Watch (found in the text)',
      '     1  daily-herald  organization  The Daily Herald (news outlet)',
      '     0  idle          organization  Idle',
      '4 actors, 1 of them found in the text',
      '',
    ]);
  });
});
