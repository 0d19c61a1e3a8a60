import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../../../lib/extract/dates';
import { attachDates } from '../../../lib/extract/events/attach-dates';
import { clauseSpans } from '../../../lib/extract/events/clause-spans';
import { findHappenings } from '../../../lib/extract/events/find-happenings';

const context = { referenceDate: '2024-06-01', referenceLabel: 'publication date', narrative: null, previousEvent: null, paragraph: 1 };
const clauses = (sentence: string) =>
  clauseSpans(sentence, attachDates(sentence, findDates(sentence, context), findHappenings(sentence))).map((s) => sentence.slice(s.start, s.end));

test('one dated happening quotes the whole sentence', () => {
  const sentence = 'Jordan expelled the leadership from Amman in 1999.';
  assert.deepEqual(clauses(sentence), [sentence]);
});

test('two dated happenings are quoted clause by clause, cut at the separator between them', () => {
  assert.deepEqual(clauses('The agency issued a report on May 3, 2024, saying that the envoys had met in April 2024.'), [
    'The agency issued a report on May 3, 2024',
    'that the envoys had met in April 2024.',
  ]);
});
