import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeDiscoveredActors } from '../../lib/extract/actors/merge-discovered-actors';
import type { ActorEntry } from '../../lib/extract/actors/types';
import { DiscoveredActors } from '../../lib/seed/discovered-actors';

function found(slug: string, name: string, aliases: string[], evidence: string): ActorEntry {
  return { slug, name, kind: 'organization', aliases, affiliation: null, roles: [], demonyms: [], discovered: true, evidence };
}

describe('DiscoveredActors', () => {
  const perArticle = [
    [found('acme', 'Acme Corp', ['Acme'], 'title “CEO” before the name (¶3)'), found('zeta-group', 'Zeta Group', [], 'the Zeta Group said (¶1)')],
    [found('acme', 'Acme Corporation', ['ACME Inc'], 'the company Acme (¶7)')],
    [],
    [found('beta', 'Beta', [], 'Beta said (¶2)'), found('acme', 'Acme', ['Acme'], 'Acme said (¶9)')],
  ];

  it('gives, article by article, what merging every article at once gives', () => {
    const discovered = new DiscoveredActors();
    perArticle.forEach((actors) => discovered.add(actors));
    assert.deepEqual(discovered.entries(), mergeDiscoveredActors(perArticle));
    assert.equal(discovered.size, 3);
  });

  it('keeps the first article’s name and evidence and pools the aliases', () => {
    const discovered = new DiscoveredActors();
    perArticle.forEach((actors) => discovered.add(actors));
    const acme = discovered.entries().find((actor) => actor.slug === 'acme');
    assert.equal(acme?.name, 'Acme Corp');
    assert.equal(acme?.evidence, 'title “CEO” before the name (¶3)');
    assert.deepEqual(acme?.aliases, ['ACME Inc', 'Acme']);
  });

  it('does not change the entries it was given', () => {
    const first = found('acme', 'Acme Corp', ['Acme'], 'x (¶1)');
    const discovered = new DiscoveredActors();
    discovered.add([first]);
    discovered.add([found('acme', 'Acme', ['Acme Co'], 'y (¶2)')]);
    assert.deepEqual(first.aliases, ['Acme']);
  });

  it('is empty with no discovered actors', () => {
    const discovered = new DiscoveredActors();
    discovered.add([]);
    assert.deepEqual(discovered.entries(), []);
  });
});
