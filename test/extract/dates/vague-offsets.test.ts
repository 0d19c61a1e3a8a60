import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ResolvedDate } from '../../../lib/extract/types';
import { assertDate, spans } from './helpers';

function previousEvent(start: string, end = start, precision: ResolvedDate['precision'] = 'day') {
  return { previousEvent: { date: { start, end, precision, text: start, inferred: null }, label: '“the attack” (¶4)' } };
}

describe('days-from-event', () => {
  it('reads “Just days before X” as the week before X, approximate', () => {
    const mention = assertDate('Just days before the Hamas operation, Khamenei emphasized', ['Just days before', '2023-09-30', '2023-10-06', 'approximate'], previousEvent('2023-10-07'));
    assert.deepEqual(mention.date.inferred, { rule: 'relative-to-previous-event', anchor: '“the attack” (¶4)' });
    assert.deepEqual(mention.rules, ['days-from-event', 'relative-to-previous-event']);
  });
  it('reads “in the days before X” and “days before X”', () => {
    assertDate('the visit of Esmail Qaani, in the days before the escalation.', ['in the days before', '2023-09-30', '2023-10-06', 'approximate'], previousEvent('2023-10-07'));
    assertDate('Days before the vote, he resigned.', ['Days before', '2023-09-30', '2023-10-06', 'approximate'], previousEvent('2023-10-07'));
  });
  it('reads “in the days after X” as the week after X, counted from both ends of X', () => {
    assertDate('in the days after the summit', ['in the days after', '2023-06-02', '2023-06-10', 'approximate'], previousEvent('2023-06-01', '2023-06-03', 'approximate'));
  });
  it('reads “a few days before X” the same way', () => {
    assertDate('a few days before the raid', ['a few days before', '2023-09-30', '2023-10-06', 'approximate'], previousEvent('2023-10-07'));
  });
  it('keeps a numbered offset arithmetic', () => {
    assertDate('four days before the raid', ['four days before', '2023-10-03', '2023-10-03', 'day'], previousEvent('2023-10-07'));
  });
  it('gives no date without a previous event', () => {
    assert.deepEqual(spans('in the days before the escalation.'), []);
    assert.deepEqual(spans('Just days before the Hamas operation'), []);
  });
});

describe('years later', () => {
  it('counts “Just three years later” from a year as a year', () => {
    const mention = assertDate('Just three years later, Iran began to extend', ['three years later', '1990-01-01', '1990-12-31', 'year'], previousEvent('1987-01-01', '1987-12-31', 'year'));
    assert.deepEqual(mention.date.inferred, { rule: 'relative-to-previous-event', anchor: '“the attack” (¶4)' });
  });
  it('reads “a year later” and “two months later”', () => {
    assert.deepEqual(spans('A year later it fell; two months later it rose', previousEvent('1987-03-01', '1987-03-31', 'month')), [
      ['A year later', '1988-01-01', '1988-12-31', 'year'],
      ['two months later', '1987-05-01', '1987-05-31', 'month'],
    ]);
  });
});
