import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../../../lib/extract';
import { parseGazetteer } from '../../../lib/extract/actors';

const gazetteer = parseGazetteer('actors: []\n', 'test.yaml');
const read = (paragraphs: string[]) => extractArticle({ slug: 'wire', title: null, published: '2024-05-10', paragraphs }, { gazetteer }).events;

test('a dateline opening the paragraph is no part of the happening read after it: not its title, not its quote', () => {
  const [event] = read(['LEEDS, May 10 (Wire) – The drivers’ union kept its strike going on Thursday, leaving commuters without buses.']);
  assert.equal(event.date.start, '2024-05-09');
  assert.doesNotMatch(event.title, /LEEDS/);
  assert.match(event.citations[0].quote, /^The drivers’ union kept/);
});

test('negative: without a dateline the sentence is read whole', () => {
  const [event] = read(['LEEDS council approved the budget on Thursday.']);
  assert.match(event.citations[0].quote, /^LEEDS council approved/);
});
