import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchActors, searchKey } from '../../../components/actors/match-actors';
import type { ActorListing } from '../../../lib/db/queries';

const actor = (slug: string, name: string, aliases: string[] = []): ActorListing =>
  ({ slug, name, kind: 'person', aliases, affiliation: null, eventCount: 0, discovered: false, evidence: null, media: false });

const ACTORS = [
  actor('ismail-haniyeh', 'Ismail Haniyeh', ['Isma’il Haniyeh', 'Haniya']),
  actor('khalil-al-hayya', 'Khalil al-Hayya', ['al-Hayya']),
  actor('hamas', 'Hamas', ['Islamic Resistance Movement']),
  actor('quds-force', 'Quds Force', ['IRGC-QF']),
];
const slugs = (q: string) => matchActors(ACTORS, q).map((a) => a.slug);

describe('searchKey', () => {
  it('drops case, diacritics and apostrophes, and turns other punctuation into spaces', () => {
    assert.equal(searchKey('Isma’il al-Ḥayya'), 'ismail al hayya');
    assert.equal(searchKey('  IRGC-QF!! '), 'irgc qf');
  });
});

describe('matchActors', () => {
  it('finds actors by part of a name, an alias or the slug, however it is written', () => {
    assert.deepEqual(slugs('hamas'), ['hamas']);
    assert.deepEqual(slugs('Ismaʼil'), ['ismail-haniyeh']);
    assert.deepEqual(slugs('haniya'), ['ismail-haniyeh']);
    assert.deepEqual(slugs('al-Ḥayya'), ['khalil-al-hayya']);
    assert.deepEqual(slugs('resistance movement'), ['hamas']);
    assert.deepEqual(slugs('irgc qf'), ['quds-force']);
  });

  it('needs every word to match', () => {
    assert.deepEqual(slugs('hamas force'), []);
    assert.deepEqual(slugs('quds force'), ['quds-force']);
  });

  it('keeps every actor, in order, for an empty or punctuation-only search', () => {
    for (const q of ['', '   ', '--', '’']) assert.deepEqual(slugs(q), ACTORS.map((a) => a.slug), JSON.stringify(q));
  });

  it('treats regular-expression and SQL characters as plain text', () => {
    assert.deepEqual(slugs('(hamas'), ['hamas']);
    assert.deepEqual(slugs("' OR 1=1 --"), []);
    assert.deepEqual(slugs('.*'), ACTORS.map((a) => a.slug));
  });
});
