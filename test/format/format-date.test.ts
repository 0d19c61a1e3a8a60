import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateWithPrecision, dayInWords, formatEventDate, isoDatesInWords, monthInWords } from '../../lib/format/format-date';

describe('formatEventDate', () => {
  it('writes every precision with its year', () => {
    assert.equal(formatEventDate('2023-10-08', '2023-10-08', 'day'), '8 October 2023');
    assert.equal(formatEventDate('2023-04-01', '2023-04-07', 'week'), '1–7 April 2023');
    assert.equal(formatEventDate('2023-12-28', '2024-01-03', 'week'), '28 December 2023 – 3 January 2024');
    assert.equal(formatEventDate('2023-01-01', '2023-01-31', 'month'), 'January 2023');
    assert.equal(formatEventDate('2006-06-01', '2006-08-31', 'season'), 'June – August 2006');
    assert.equal(formatEventDate('2023-12-01', '2024-02-29', 'season'), 'December 2023 – February 2024');
    assert.equal(formatEventDate('1979-01-01', '1979-12-31', 'year'), '1979');
    assert.equal(formatEventDate('1990-01-01', '1999-12-31', 'decade'), '1990s');
  });

  it('keeps the days of a short approximate span, and writes long ones as coarsely as they are exact', () => {
    assert.equal(formatEventDate('2023-10-08', '2023-10-14', 'approximate'), 'about 8–14 October 2023');
    assert.equal(formatEventDate('2017-09-30', '2017-10-06', 'approximate'), 'about 30 September – 6 October 2017');
    assert.equal(formatEventDate('2023-03-01', '2023-04-30', 'approximate'), 'about March – April 2023');
    assert.equal(formatEventDate('1970-01-01', '1973-12-31', 'approximate'), 'about 1970–1973');
  });

  it('negative: never a bare month or weekday, never "about 2023" for a span of days', () => {
    const forms = [
      formatEventDate('2023-01-01', '2023-01-31', 'month'),
      formatEventDate('2023-10-08', '2023-10-14', 'approximate'),
      formatEventDate('2023-10-08', '2023-10-08', 'day'),
    ];
    for (const form of forms) assert.match(form, /\b\d{4}\b/, form);
    assert.notEqual(forms[1], 'about 2023');
    assert.notEqual(formatEventDate('1991-01-01', '2000-12-31', 'decade'), '1991s', 'a span not on a decade is no "…s"');
  });
});

describe('dateWithPrecision', () => {
  it('names the precision, except where "about" already says it', () => {
    assert.equal(dateWithPrecision({ start: '2023-01-01', end: '2023-01-31', precision: 'month' }), 'January 2023 (month)');
    assert.equal(dateWithPrecision({ start: '1979-01-01', end: '1979-12-31', precision: 'year' }), '1979 (year)');
    assert.equal(dateWithPrecision({ start: '2023-10-08', end: '2023-10-14', precision: 'approximate' }), 'about 8–14 October 2023');
  });
});

describe('dayInWords, monthInWords', () => {
  it('reads ISO days and months as words', () => {
    assert.equal(dayInWords('2025-02-08'), '8 February 2025');
    assert.equal(monthInWords('2023-10-01'), 'October 2023');
  });
});

describe('isoDatesInWords', () => {
  it('reads ISO days and months in a stored text as words and leaves other text alone', () => {
    assert.equal(isoDatesInWords('publication date 2023-10 (known only to the month)'), 'publication date October 2023 (known only to the month)');
    assert.equal(isoDatesInWords('in office from 2025-03-05, later than …'), 'in office from 5 March 2025, later than …');
    assert.equal(isoDatesInWords('“January 2023” (¶25)'), '“January 2023” (¶25)');
    assert.equal(isoDatesInWords('“Oct. 7” (hamas-delegation-2023 ¶1)'), '“Oct. 7” (hamas-delegation-2023 ¶1)');
    assert.equal(isoDatesInWords('“Oct. 7” (talks-2023-10-07 ¶1)'), '“Oct. 7” (talks-2023-10-07 ¶1)', 'negative: a slug keeps its digits');
  });
});
