import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findHappenings } from '../../../lib/extract/events/find-happenings';

const read = (sentence: string) => findHappenings(sentence).map((h) => `${sentence.slice(h.index, h.end)}:${h.family}:${h.kind}`);

test('verbs and event nouns with their families; light verbs and chained nouns form one happening', () => {
  assert.deepEqual(read('The agency issued a report saying the envoys met in Geneva.'), ['issued a report:report:verb', 'met:meeting:verb']);
  assert.deepEqual(read('Tensions rose after the outbreak of the civil war in 2011.'), ['outbreak of the civil war:war:noun']);
  assert.deepEqual(read('Rebels launched their offensive at dawn.'), ['launched their offensive:attack:verb']);
});

test('a beginning that opens a trend or restates its noun is no happening of its own', () => {
  assert.deepEqual(read('Relations only began to develop in the 1990s.'), []);
  assert.deepEqual(read('The civil war, which began in 2011, displaced millions.'), ['war:war:noun']);
});

test('negative: words containing event words are not happenings', () => {
  assert.deepEqual(read('The award ceremony honoured warfare historians.'), []);
});

test('a noun naming what an earlier happening of its family was for is part of it', () => {
  assert.deepEqual(read('The visits by the two leaders in Beirut for meetings with the envoy drew notice.'), ['visits:meeting:noun']);
  assert.deepEqual(read('The minister travelled to Geneva for talks.'), ['travelled:meeting:verb']);
});

test('negative: a purpose noun alone, or of another family, stays a happening', () => {
  assert.deepEqual(read('Officials gathered for meetings in Geneva.'), ['meetings:meeting:noun']);
  assert.deepEqual(read('The envoy visited Kyiv for the signing of the treaty.'), ['visited:meeting:verb', 'treaty:agreement:noun']);
});
