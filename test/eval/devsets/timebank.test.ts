import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTimebankGold, scoreTimebank, timexValue, type SystemDate, type TimebankDoc } from '../../../lib/eval/devsets/timebank';

function timex(paragraph: number, start: number, end: number, value: string, type = 'DATE') {
  return { paragraph, start, end, text: 'x', type, value };
}

function found(paragraph: number, start: number, end: number, date: SystemDate['date']): SystemDate {
  return { paragraph, start, end, text: 'x', date };
}

const day = (iso: string) => ({ start: iso, end: iso, precision: 'day' as const });

describe('timexValue', () => {
  it('writes each precision as TimeML does', () => {
    assert.equal(timexValue(day('1998-03-04')), '1998-03-04');
    assert.equal(timexValue({ start: '1998-03-01', end: '1998-03-31', precision: 'month' }), '1998-03');
    assert.equal(timexValue({ start: '1998-01-01', end: '1998-12-31', precision: 'year' }), '1998');
    assert.equal(timexValue({ start: '1990-01-01', end: '1999-12-31', precision: 'decade' }), '199');
    assert.equal(timexValue({ start: '1994-12-01', end: '1995-02-28', precision: 'season' }), '1994-WI');
    assert.equal(timexValue({ start: '1989-06-01', end: '1989-08-31', precision: 'season' }), '1989-SU');
  });
  it('negative: weeks and approximate spans have no calendar value', () => {
    assert.equal(timexValue({ start: '1998-03-02', end: '1998-03-08', precision: 'week' }), null);
    assert.equal(timexValue({ start: '1999-11-21', end: '1999-11-30', precision: 'approximate' }), null);
  });
});

describe('scoreTimebank', () => {
  const docs: Record<string, TimebankDoc> = {
    a: { dct: '1998-03-04', timexes: [timex(1, 10, 15, '1998-03-03'), timex(1, 30, 39, '1998'), timex(2, 0, 4, '1997'), timex(2, 9, 13, '1999'), timex(3, 0, 3, 'PRESENT_REF'), timex(3, 5, 10, 'P1W', 'DURATION')] },
  };
  it('counts only calendar DATE timexes, relaxed on overlap and strict on the same span', () => {
    const report = scoreTimebank(docs, {
      a: [
        found(1, 10, 15, day('1998-03-03')),
        found(1, 25, 39, { start: '1998-01-01', end: '1998-12-31', precision: 'year' }),
        found(2, 0, 13, { start: '1997-01-01', end: '1999-12-31', precision: 'year' }),
      ],
    });
    assert.deepEqual([report.relaxed.hits, report.relaxed.total, report.strict.hits], [4, 4, 1]);
    assert.deepEqual([report.byShape['YYYY-MM-DD'].strict.hits, report.byShape.YYYY.relaxed.hits], [1, 3]);
  });
  it('negative: a wrong value, another paragraph or a span that only touches does not count', () => {
    const report = scoreTimebank(docs, {
      a: [found(1, 10, 15, day('1998-03-02')), found(2, 30, 39, { start: '1998-01-01', end: '1998-12-31', precision: 'year' }), found(2, 4, 9, { start: '1997-01-01', end: '1997-12-31', precision: 'year' })],
    });
    assert.equal(report.relaxed.hits, 0);
    assert.equal(report.misses.length, 4);
    assert.deepEqual(report.misses[0].found, [{ text: 'x', value: '1998-03-02' }]);
  });
});

describe('parseTimebankGold', () => {
  it('returns the docs', () => {
    assert.deepEqual(Object.keys(parseTimebankGold({ docs: { a: { dct: '1998-03-04', timexes: [timex(1, 0, 1, '1998')] } } })), ['a']);
  });
  it('negative: refuses gold without docs or with a malformed timex', () => {
    assert.throws(() => parseTimebankGold({}), /no docs/);
    assert.throws(() => parseTimebankGold({ docs: { a: { dct: '1998-03-04', timexes: [{ paragraph: 1 }] } } }), /a has a timex/);
  });
});
