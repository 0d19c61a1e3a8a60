import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { advanceNarrative, findDates } from '../../../lib/extract/dates';
import { context, narrative } from './helpers';

function advance(text: string, previous = narrative(2019, '2019', 2), paragraph = 7) {
  return advanceNarrative(previous, findDates(text, context({ narrative: previous })), paragraph);
}

describe('advanceNarrative', () => {
  it('takes the year of an explicit year', () => {
    assert.deepEqual(advance('met at least four times in 2023'), { year: 2023, month: null, text: '2023', paragraph: 7 });
  });
  it('takes year and month of an explicit month or day', () => {
    assert.deepEqual(advance('in January 2023'), { year: 2023, month: 1, text: 'January 2023', paragraph: 7 });
    assert.deepEqual(advance('on October 7, 2023'), { year: 2023, month: 10, text: 'October 7, 2023', paragraph: 7 });
  });
  it('uses the last explicit mention of the sentence, and the end of a range', () => {
    assert.deepEqual(advance('from 27 December 2008 until January 18, 2009, after 2006')?.year, 2006);
    assert.deepEqual(advance('from 27 December 2008 until January 18, 2009')?.month, 1);
  });
  it('ignores inferred, relative and decade mentions', () => {
    const previous = narrative(2019, '2019', 2);
    for (const text of ['in June', 'this year', 'two months ago', 'in the 1990s', 'the mid-2010s', 'on Saturday', 'no date here']) {
      assert.equal(advance(text, previous), previous, text);
    }
  });
  it('starts from null', () => {
    assert.equal(advanceNarrative(null, [], 1), null);
    assert.equal(advanceNarrative(null, findDates('in 2011', context()), 3)?.year, 2011);
  });
  it('keeps the month of a part of one month', () => {
    assert.deepEqual(advance('early October 2023'), { year: 2023, month: 10, text: 'early October 2023', paragraph: 7 });
  });
});
