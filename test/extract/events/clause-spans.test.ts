import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../../../lib/extract/dates';
import { clauseSpans } from '../../../lib/extract/events/clause-spans';
import { datedHappenings } from '../../../lib/extract/events/dated-happenings';

const context = { referenceDate: '2024-06-01', referenceLabel: 'publication date', narrative: null, previousEvent: null, paragraph: 1 };
const clauses = (sentence: string) =>
  clauseSpans(sentence, datedHappenings(sentence, findDates(sentence, context)).items).map((s) => sentence.slice(s.start, s.end));

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

test('happenings coordinated with “as well as” share the date but each quotes its own clause', () => {
  const context2 = { ...context, previousEvent: { date: { start: '2023-04-01', end: '2023-04-30', precision: 'month' as const, text: 'April 2023', inferred: null }, label: 'the escalation (¶5)' } };
  const sentence = 'Coordination was seen in the visits by the two leaders to Beirut for meetings with the envoy, as well as the visit to Beirut of the general, in the days before the escalation.';
  const dated = datedHappenings(sentence, findDates(sentence, context2)).items;
  assert.deepEqual(dated.map((d) => [sentence.slice(d.happening!.index, d.happening!.end), d.attachment]), [['visits', 'coordinated'], ['visit', 'after-happening']]);
  assert.deepEqual(clauseSpans(sentence, dated).map((s) => sentence.slice(s.start, s.end)), [
    'Coordination was seen in the visits by the two leaders to Beirut for meetings with the envoy',
    'the visit to Beirut of the general, in the days before the escalation.',
  ]);
});

test('negative: a happening sharing its date “at the onset of” another keeps the shared clause', () => {
  const sentence = 'The movement was founded in 1987 at the onset of the uprising.';
  assert.deepEqual(clauses(sentence), [sentence, sentence]);
});
