import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Gazetteer } from '../../../lib/extract/actors/types';
import { anchorFamily } from '../../../lib/extract/events/anchor-happening';
import { referenceDate } from '../../../lib/extract/events/reference-date';
import { latestTenureStart } from '../../../lib/extract/events/tenure-evidence';

const gazetteer: Gazetteer = {
  actors: [
    { slug: 'ruritania', name: 'Ruritania', kind: 'state', aliases: [], affiliation: null, roles: [], demonyms: ['Ruritanian'] },
    {
      slug: 'jan-novak', name: 'Jan Novak', kind: 'person', aliases: ['Novak'], affiliation: 'ruritania', demonyms: [],
      roles: [{ title: 'minister of defense', of: 'ruritania', from: '2030-04-02', to: null }],
    },
  ],
};

test('a role named with its holder bounds the reference date from below', () => {
  const found = latestTenureStart(['Ruritania’s Minister of Defense, Jan Novak, warned again.'], gazetteer);
  assert.equal(found?.date, '2030-04-02');
  const reference = referenceDate({ slug: 'a', paragraphs: ['In 2028 talks failed.', 'Ruritania’s Minister of Defense, Jan Novak, warned.'] } as never, gazetteer);
  assert.equal(reference.date, '2030-04-02');
  assert.equal(reference.precision, 'year');
  assert.match(reference.basis!, /Jan Novak/);
});

test('no tenure bound for a former holder, a name alone, or another state’s title', () => {
  assert.equal(latestTenureStart(['The former Ruritanian minister of defense Jan Novak spoke.'], gazetteer), null);
  assert.equal(latestTenureStart(['Jan Novak spoke.'], gazetteer), null);
  assert.equal(latestTenureStart(['Freedonia’s Minister of Defense, Jan Novak, spoke.'], gazetteer), null);
  const reference = referenceDate({ slug: 'a', paragraphs: ['In 2031 Jan Novak spoke, minister of defense.'] } as never, gazetteer);
  assert.equal(reference.precision, 'year');
  assert.notEqual(reference.date, '2030-04-02');
});

test('front matter precision and estimate precision', () => {
  assert.equal(referenceDate({ slug: 'a', published: '2023-10-05', paragraphs: [] } as never).precision, 'day');
  assert.equal(referenceDate({ slug: 'a', published: '2023-10', paragraphs: [] } as never).precision, 'month');
  assert.equal(referenceDate({ slug: 'a', published: '2023', paragraphs: [] } as never).precision, 'year');
  const estimated = (paragraphs: string[]) => referenceDate({ slug: 'a', published: null, paragraphs } as never).precision;
  assert.equal(estimated(['They met in 2019.', 'They spoke two months ago in August 2023.']), 'month');
  assert.equal(estimated(['On January 22, 2025, an official spoke.']), 'year');
});

test('an offset naming a happening gives that happening’s family', () => {
  assert.equal(anchorFamily('Just days before the Hamas operation, Khamenei spoke.')?.family, 'attack');
  assert.equal(anchorFamily('They met in the days before the escalation.')?.family, 'escalation');
  assert.equal(anchorFamily('A few days after the outbreak of the war, he flew.')?.family, 'war');
  assert.equal(anchorFamily('Two days after the meeting, he flew.'), null);
  assert.equal(anchorFamily('Five days later, he flew.'), null);
});
