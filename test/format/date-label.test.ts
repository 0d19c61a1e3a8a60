import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateLabel } from '../../lib/format/date-label';

describe('dateLabel', () => {
  it('keeps the source’s words when they name the year', () => {
    assert.equal(dateLabel({ start: '2023-04-06', end: '2023-04-06', precision: 'day', dateText: 'April 6, 2023' }), 'April 6, 2023');
    assert.equal(dateLabel({ start: '2006-06-01', end: '2006-08-31', precision: 'season', dateText: 'summer of 2006' }), 'summer of 2006');
    assert.equal(dateLabel({ start: '1990-01-01', end: '1999-12-31', precision: 'decade', dateText: 'the ’90s' }), 'the ’90s');
  });

  it('negative: a year-less date ("January", "Sunday", "A few days after") is labelled by the date it stands for', () => {
    assert.equal(dateLabel({ start: '2023-01-01', end: '2023-01-31', precision: 'month', dateText: 'January' }), 'January 2023');
    assert.equal(dateLabel({ start: '2023-10-08', end: '2023-10-08', precision: 'day', dateText: 'Sunday' }), '8 October 2023');
    assert.equal(dateLabel({ start: '2023-10-08', end: '2023-10-14', precision: 'approximate', dateText: 'A few days after' }), 'about 8–14 October 2023');
    assert.equal(dateLabel({ start: '1980-01-01', end: '1980-12-31', precision: 'year', dateText: '39 years ago' }), '1980');
  });
});
