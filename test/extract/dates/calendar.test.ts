import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, addMonths, daysInMonth, weekSpan, weekday } from '../../../lib/extract/dates/calendar';

describe('calendar', () => {
  it('knows month lengths, leap years included', () => {
    assert.deepEqual([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(1900, 2), daysInMonth(2000, 2)], [29, 28, 28, 29]);
  });
  it('adds days across years', () => {
    assert.deepEqual(addDays({ year: 2023, month: 12, day: 30 }, 5), { year: 2024, month: 1, day: 4 });
  });
  it('clips the day when adding months', () => {
    assert.deepEqual(addMonths({ year: 2024, month: 1, day: 31 }, 1), { year: 2024, month: 2, day: 29 });
    assert.deepEqual(addMonths({ year: 2023, month: 2, day: 10 }, -3), { year: 2022, month: 11, day: 10 });
  });
  it('gives weekdays and Monday–Sunday weeks', () => {
    assert.equal(weekday({ year: 2023, month: 10, day: 7 }), 6);
    assert.deepEqual(weekSpan({ year: 2023, month: 10, day: 22 }), { start: '2023-10-16', end: '2023-10-22' });
  });
});
