import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ResolvedDate } from '../../../lib/extract/types';
import { assertDate, spans } from './helpers';

const REFERENCE = { rule: 'relative-to-reference', anchor: 'publication date 2023-10-22' };

function previousEvent(start: string, end = start, precision: ResolvedDate['precision'] = 'day') {
  return { previousEvent: { date: { start, end, precision, text: start, inferred: null }, label: '“the attack” (¶4)' } };
}

describe('this-last-next', () => {
  it('resolves this/last year, this week, last month and earlier this month against the reference date', () => {
    assert.deepEqual(spans('this year, last year, this week, last month, earlier this month, next year'), [
      ['this year', '2023-01-01', '2023-12-31', 'year'],
      ['last year', '2022-01-01', '2022-12-31', 'year'],
      ['this week', '2023-10-16', '2023-10-22', 'week'],
      ['last month', '2023-09-01', '2023-09-30', 'month'],
      ['earlier this month', '2023-10-01', '2023-10-31', 'month'],
      ['next year', '2024-01-01', '2024-12-31', 'year'],
    ]);
  });
  it('records the reference date as the anchor', () => {
    const mention = assertDate('spoke four times this year.', ['this year', '2023-01-01', '2023-12-31', 'year']);
    assert.deepEqual(mention.date.inferred, REFERENCE);
    assert.deepEqual(mention.rules, ['this-last-next', 'relative-to-reference']);
  });
});

describe('time-ago', () => {
  it('reads two months ago as a whole month', () => {
    const mention = assertDate('two months ago', ['two months ago', '2023-08-01', '2023-08-31', 'month']);
    assert.deepEqual(mention.date.inferred, REFERENCE);
  });
  it('reads 39 years ago as a year', () => {
    assertDate('“39 years ago, [the Iraqis] launched attacks”', ['39 years ago', '1984-01-01', '1984-12-31', 'year'], { referenceDate: '2023-04-06' });
  });
  it('reads a few days ago as an approximate stretch', () => {
    assertDate('a few days ago', ['a few days ago', '2023-10-17', '2023-10-20', 'approximate']);
  });
});

describe('recent-period', () => {
  it('reads in recent months as the last three months, approximate', () => {
    const mention = assertDate('Iran has, in recent months, established', ['recent months', '2023-07-22', '2023-10-22', 'approximate']);
    assert.deepEqual(mention.date.inferred, REFERENCE);
  });
  it('reads the past few years', () => {
    assertDate('over the past few years', ['past few years', '2020-10-22', '2023-10-22', 'approximate']);
  });
});

describe('time-after-event', () => {
  it('counts five days later from the previous event', () => {
    const mention = assertDate('Five days later, they met.', ['Five days later', '2023-10-12', '2023-10-12', 'day'], previousEvent('2023-10-07'));
    assert.deepEqual(mention.date.inferred, { rule: 'relative-to-previous-event', anchor: '“the attack” (¶4)' });
    assert.deepEqual(mention.rules, ['time-after-event', 'relative-to-previous-event']);
  });
  it('makes a few days after approximate: the day after to a week after', () => {
    assertDate('a few days after', ['a few days after', '2023-10-08', '2023-10-14', 'approximate'], previousEvent('2023-10-07'));
  });
  it('widens to the unit: two months later from a day is a month', () => {
    assertDate('two months later', ['two months later', '2023-12-01', '2023-12-31', 'month'], previousEvent('2023-10-07'));
  });
  it('moves a whole month when counting days from it, approximate', () => {
    assertDate('five days later', ['five days later', '2023-06-06', '2023-07-05', 'approximate'], previousEvent('2023-06-01', '2023-06-30', 'month'));
  });
  it('counts back with earlier/before', () => {
    assertDate('three years earlier', ['three years earlier', '1984-01-01', '1984-12-31', 'year'], previousEvent('1987-01-01', '1987-12-31', 'year'));
  });
  it('is dropped when there is no previous event', () => {
    assert.deepEqual(spans('Five days later, they met.'), []);
  });
});

describe('following-period', () => {
  it('reads the next day and the following year from the previous event', () => {
    assert.deepEqual(spans('the next day; the following year', previousEvent('2023-10-07')), [
      ['next day', '2023-10-08', '2023-10-08', 'day'],
      ['following year', '2024-01-01', '2024-12-31', 'year'],
    ]);
  });
});

describe('explicit-over-relative', () => {
  it('prefers August 2023 over “around two months ago”', () => {
    const mention = assertDate('Velayati spoke to Haniyeh again just around two months ago in August 2023.', ['August 2023', '2023-08-01', '2023-08-31', 'month']);
    assert.equal(mention.date.inferred, null);
  });
  it('keeps “three years later” (1990) over the early 1990s it lies inside and is more precise than', () => {
    const mention = assertDate('Just three years later, in the early 1990s, Iran began to extend', ['three years later', '1990-01-01', '1990-12-31', 'year'], previousEvent('1987-01-01', '1987-12-31', 'year'));
    assert.deepEqual(mention.date.inferred, { rule: 'relative-to-previous-event', anchor: '“the attack” (¶4)' });
    assert.deepEqual(mention.rules, ['time-after-event', 'explicit-over-relative', 'relative-to-previous-event']);
  });
  it('prefers an inconsistent stated date over “three years later”', () => {
    const mention = assertDate('Just three years later, in the late 1990s, Iran began to extend', ['late 1990s', '1997-01-01', '1999-12-31', 'approximate'], previousEvent('1987-01-01', '1987-12-31', 'year'));
    assert.equal(mention.date.inferred, null);
  });
  it('prefers a stated year as precise as “a year later”', () => {
    assertDate('A year later, in 1988, it did', ['1988', '1988-01-01', '1988-12-31', 'year'], previousEvent('1987-01-01', '1987-12-31', 'year'));
  });
  it('prefers the stated date when there is no previous event', () => {
    assertDate('Just three years later, in the early 1990s, Iran began to extend', ['early 1990s', '1990-01-01', '1993-12-31', 'approximate']);
  });
  it('prefers a stated October 3 over “four days before”', () => {
    const mention = assertDate('Four days before the attack, on October 3, Khamenei spoke', ['October 3', '2023-10-03', '2023-10-03', 'day'], previousEvent('2023-10-07'));
    assert.equal(mention.date.inferred?.rule, 'reference-year');
  });
  it('keeps “today” beside a day of another month or day that lacks its year', () => {
    assert.deepEqual(spans('The league announced today a final to be played on November 12.').map((s) => s[0]), ['today', 'November 12']);
  });
  it('negative: “today” restated as the same day drops the relative phrase', () => {
    assert.deepEqual(spans('The league announced today, October 22, that the final moves.').map((s) => s[0]), ['October 22']);
  });
  it('keeps the relative phrase when the stated date is in another clause', () => {
    assert.deepEqual(spans('Five days later they met; in 2019 they had not.', previousEvent('2023-10-07')).map((s) => s[0]), ['Five days later', '2019']);
  });
});
