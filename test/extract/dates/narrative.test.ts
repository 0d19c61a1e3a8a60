import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { advanceNarrative, findDates } from '../../../lib/extract/dates';
import type { Narrative } from '../../../lib/extract/dates/types';
import { context, narrative } from './helpers';

function advance(text: string, previous: Narrative | null = narrative(2019, '2019', 2), paragraph = 7) {
  return advanceNarrative(previous, findDates(text, context({ narrative: previous })), paragraph);
}

describe('advanceNarrative', () => {
  it('takes the year of an explicit year', () => {
    assert.deepEqual(advance('met at least four times in 2023'), { year: 2023, month: null, text: '2023', paragraph: 7 });
  });
  it('takes year and month of an explicit month or day', () => {
    assert.deepEqual(advance('in January 2023'), { year: 2023, month: 1, text: 'January 2023', paragraph: 7, knownDates: { '01': { year: 2023, text: 'January 2023', paragraph: 7 } } });
    assert.deepEqual(advance('on October 7, 2023'), { year: 2023, month: 10, text: 'October 7, 2023', paragraph: 7, knownDates: { '10-07': { year: 2023, text: 'October 7, 2023', paragraph: 7 } } });
  });
  it('uses the last explicit mention of the sentence, and the end of a range', () => {
    assert.deepEqual(advance('from 27 December 2008 until January 18, 2009, after 2006')?.year, 2006);
    assert.deepEqual(advance('from 27 December 2008 until January 18, 2009')?.month, 1);
  });
  it('ignores inferred, relative and decade mentions', () => {
    const previous = narrative(2019, '2019', 2);
    for (const text of ['in June', 'this year', 'two months ago', 'in the 1990s', 'the mid-2010s', 'no date here']) {
      assert.equal(advance(text, previous), previous, text);
    }
  });
  it('comes back to the present with a day read from the reference date (yesterday, on Saturday)', () => {
    assert.equal(advance('on Saturday', narrative(2019, '2019', 2))?.year, 2023);
    assert.equal(advance('The minister resigned yesterday.', narrative(2019, '2019', 2))?.year, 2023);
  });
  it('negative: a year or month read from the reference date leaves it', () => {
    const previous = narrative(2019, '2019', 2);
    for (const text of ['last year', 'last April', 'two months ago']) assert.equal(advance(text, previous), previous, text);
  });
  it('starts from null', () => {
    assert.equal(advanceNarrative(null, [], 1), null);
    assert.equal(advanceNarrative(null, findDates('in 2011', context()), 3)?.year, 2011);
  });
  it('keeps the month of a part of one month', () => {
    assert.deepEqual(advance('early October 2023'), { year: 2023, month: 10, text: 'early October 2023', paragraph: 7 });
  });
  it('remembers the full dates stated, and carries them past sentences that state none', () => {
    const first = advance('on October 7, 2023 and from 27 December 2008 until January 18, 2009', null, 1);
    assert.deepEqual(first?.knownDates, {
      '10-07': { year: 2023, text: 'October 7, 2023', paragraph: 1 },
      '12-27': { year: 2008, text: '27 December 2008 until January 18, 2009', paragraph: 1 },
      '01-18': { year: 2009, text: '27 December 2008 until January 18, 2009', paragraph: 1 },
    });
    const second = advance('As early as 2015, Iran funded Hamas.', first, 2);
    assert.equal(second?.year, 2015);
    assert.equal(second?.knownDates, first?.knownDates);
    assert.equal(advance('in June', second, 3), second);
  });
  it('lets a later statement of the same month-day replace the earlier one', () => {
    const first = advance('on October 7, 2023', null, 1);
    assert.deepEqual(advance('on October 7, 2024', first, 4)?.knownDates?.['10-07'], { year: 2024, text: 'October 7, 2024', paragraph: 4 });
  });
  it('remembers nothing inferred, relative or coarser than a month', () => {
    for (const text of ['on October 7', 'in June', 'in 2023', 'two months ago', 'the summer of 2023', 'early October 2023']) {
      assert.equal(advance(text)?.knownDates, undefined, text);
    }
  });
});
