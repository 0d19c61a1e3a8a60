import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDates } from '../../../../lib/extract/dates';
import { context, spans } from '../helpers';

const previousEvent = { date: { start: '2001-05-01', end: '2001-05-01', precision: 'day' as const, text: 'May 1', inferred: null }, label: 'Strike begins (¶2)' };

describe('relative-to-sentence-date', () => {
  it('counts "the following year" from the year an earlier clause states, not from the sentence before', () => {
    assert.deepEqual(spans('In 2008 the party joined the coalition; the following year it walked out over a scandal.', { previousEvent }), [
      ['2008', '2008-01-01', '2008-12-31', 'year'],
      ['following year', '2009-01-01', '2009-12-31', 'year'],
    ]);
  });
  it('counts "two years after" from a stated month, and says what it counted from', () => {
    const mentions = findDates('In March 2018 the two firms merged, and two years after the merger the chief executive resigned.', context({ previousEvent }));
    assert.deepEqual([mentions[1].date.start, mentions[1].date.end, mentions[1].date.precision], ['2020-01-01', '2020-12-31', 'year']);
    assert.deepEqual(mentions[1].date.inferred, { rule: 'relative-to-sentence-date', anchor: '“March 2018”' });
    assert.equal(mentions[1].counted, undefined);
  });
  it('negative: a date right before the phrase is an apposition, so the previous event still counts', () => {
    const mentions = findDates('They left in 2010, three days later.', context({ previousEvent }));
    assert.deepEqual(mentions.map((m) => [m.text, m.date.start]), [
      ['2010', '2010-01-01'],
      ['three days later', '2001-05-04'],
    ]);
  });
  it('negative: with no date earlier in the sentence, the previous event is the anchor', () => {
    assert.deepEqual(spans('Two years later the plant closed.', { previousEvent }), [['Two years later', '2003-01-01', '2003-12-31', 'year']]);
  });
});
