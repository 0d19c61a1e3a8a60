import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { discoveredYaml } from '../../lib/actor-list/discovered-yaml';
import { parseGazetteer } from '../../lib/extract/actors';
import type { ActorListing } from '../../lib/db/queries';
import { ACTORS } from '../seed/migrated-database';

const listing = (over: Partial<ActorListing> & Pick<ActorListing, 'slug' | 'name'>): ActorListing => ({
  kind: 'organization', aliases: [], affiliation: null, eventCount: 0, discovered: true, evidence: null, media: false, ...over,
});

const FOUND = [
  listing({ slug: 'nordic-grain-board', name: 'Nordic Grain Board', aliases: ['NGB', 'the Board'], eventCount: 2, evidence: '“the Nordic Grain Board said” (¶3)' }),
  listing({ slug: 'aino-kask', name: 'Aino Kask', kind: 'person', aliases: ['Kask'], eventCount: 5, affiliation: 'nordic-grain-board', evidence: 'title “chairwoman”\nbefore the name (¶4)' }),
  listing({ slug: 'hamas', name: 'Hamas', discovered: false, eventCount: 30 }),
];

describe('discoveredYaml', () => {
  const text = discoveredYaml(FOUND);

  it('writes each discovered actor, most events first, in the gazetteer’s fields, evidence as a comment', () => {
    const entries = parse(`actors:\n${text}`).actors;
    assert.deepEqual(entries, [
      { slug: 'aino-kask', name: 'Aino Kask', kind: 'person', aliases: ['Kask'], affiliation: 'nordic-grain-board' },
      { slug: 'nordic-grain-board', name: 'Nordic Grain Board', kind: 'organization', aliases: ['NGB', 'the Board'] },
    ]);
    assert.match(text, /^ {2}# found in the text: title “chairwoman” before the name \(¶4\); named in 5 events$/m);
    assert.match(text, /^ {4}aliases: \[NGB, the Board\]$/m);
    assert.doesNotMatch(text, /slug: hamas/);
  });

  it('gives entries that data/actors.yaml takes as they are', () => {
    const pasted = `${fs.readFileSync(ACTORS, 'utf8').trimEnd()}\n${text}`;
    const slugs = parseGazetteer(pasted, 'pasted.yaml').actors.map((actor) => actor.slug);
    assert.ok(slugs.includes('aino-kask') && slugs.includes('nordic-grain-board'));
  });

  it('says so when nothing was found in the text', () => {
    const none = discoveredYaml([FOUND[2]]);
    assert.match(none, /^# 0 actors found in the text/);
    assert.deepEqual(parse(`actors:\n${none}`).actors, null);
  });
});
