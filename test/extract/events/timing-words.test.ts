import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../../../lib/extract/dates';
import { datedHappenings } from '../../../lib/extract/events/dated-happenings';
import { timingWordsStart } from '../../../lib/extract/events/timing-words';

const context = { referenceDate: '2024-06-01', referenceLabel: 'publication date', narrative: null, previousEvent: null, paragraph: 1 };

function timingWords(sentence: string, noun: string, throughDates: boolean): string | null {
  const { items, tokens } = datedHappenings(sentence, findDates(sentence, context));
  const happening = items.find((item) => item.happening?.text === noun)?.happening;
  assert.ok(happening, `no happening ${noun}`);
  const start = timingWordsStart(tokens, happening, { throughDates });
  return start === null ? null : sentence.slice(start, happening.index);
}

test('a temporal preposition or phrase before the noun phrase, a possessive inside it', () => {
  assert.equal(timingWords('Since the Second Vell War in 2006, Acme has grown.', 'War', false), 'Since the Second Vell ');
  assert.equal(timingWords('Acme hired staff in the run-up to its 2019 launch.', 'launch', true), 'in the run-up to its 2019 ');
  assert.equal(timingWords('Acme hired staff ahead of the 2019 launch.', 'launch', true), 'ahead of the 2019 ');
});

test('a date inside the noun phrase ends it unless dates are read through', () => {
  assert.equal(timingWords('Acme hired staff ahead of the 2019 launch.', 'launch', false), null);
});

test('negative: a noun after other words, or a verb, is no time', () => {
  assert.equal(timingWords('The 2019 launch was delayed by Acme.', 'launch', true), null);
  assert.equal(timingWords('Acme praised the 2019 launch.', 'launch', true), null);
  assert.equal(timingWords('After talks, Acme struck the depot on May 3, 2019.', 'struck', true), null);
});
