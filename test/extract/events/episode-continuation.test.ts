import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../../../lib/extract';
import { parseGazetteer } from '../../../lib/extract/actors';

const gazetteer = parseGazetteer('actors: []\n', 'test.yaml');
const read = (paragraphs: string[]) => extractArticle({ slug: 'wire', title: null, published: '2024-05-10', paragraphs }, { gazetteer }).events;
const ARRIVAL = 'A team of inspectors led by Maria Lopez arrived in Vienna on March 3.';

test('a definite subject taking up the noun a dated report brought in tells on that happening: cited by it, its actors join', () => {
  const events = read([ARRIVAL, 'The team, which also included two engineers, met with Energy Minister Anna Holt.']);
  assert.equal(events.length, 1);
  const [event] = events;
  assert.equal(event.date.start, '2024-03-03');
  assert.deepEqual(event.citations.map((c) => c.paragraph), [1, 2]);
  assert.ok(event.actors.includes('anna-holt'), event.actors.join());
  assert.equal(event.citations[1].dateText, '', 'the continuation states no date of its own');
  assert.ok(event.rules.includes('attach:same-episode'));
});

test('negative: a future, a noun the report did not bring in, or a sentence two paragraphs on is no continuation', () => {
  for (const paragraphs of [
    [ARRIVAL, 'The team will meet with Energy Minister Anna Holt.'],
    [ARRIVAL, 'The ministry, which also invited two engineers, met with Energy Minister Anna Holt.'],
    [ARRIVAL, 'Vienna is a city of two million.', 'Its museums are old.', 'The team met with Energy Minister Anna Holt.'],
  ]) {
    const events = read(paragraphs);
    assert.ok(events.every((event) => event.citations.every((c) => c.paragraph === 1)), paragraphs.join(' | '));
    assert.ok(events.every((event) => !event.actors.includes('anna-holt')), paragraphs.join(' | '));
  }
});

test('negative: "the" taking up a noun the report wrote with "the" is not a new episode told on', () => {
  const events = read(['The company’s shares fell 5% on March 3.', 'The company said it amended its plan, Energy Minister Anna Holt said.']);
  assert.ok(events.every((event) => event.citations.every((c) => c.paragraph === 1)));
});
