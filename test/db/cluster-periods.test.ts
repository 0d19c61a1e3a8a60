import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { Prisma } from '../../lib/generated/prisma/client';
import { MAX_CLUSTER_PERIODS, PERIODS, choosePeriod, periodIndex, periodIndexSql, periodSpan } from '../../lib/db/queries/cluster-periods';

const DAYS = ['0001-01-01', '0099-12-31', '1899-02-28', '1970-01-01', '1987-12-09', '2000-02-29', '2023-10-07', '2024-12-31', '9999-12-31'];

describe('cluster periods', () => {
  it('picks the finest period that gives at most MAX_CLUSTER_PERIODS periods', () => {
    assert.deepEqual(choosePeriod('2023-10-01', '2023-10-31'), { unit: 'day', step: 1 });
    assert.deepEqual(choosePeriod('2023-01-01', '2023-12-31'), { unit: 'day', step: 7 });
    assert.deepEqual(choosePeriod('2020-01-01', '2024-12-31'), { unit: 'month', step: 1 });
    assert.deepEqual(choosePeriod('1900-01-01', '2024-12-31'), { unit: 'year', step: 2 });
    assert.deepEqual(choosePeriod('0000-01-01', '9999-12-31'), { unit: 'year', step: 100 });
    for (const [start, end] of [['2023-01-01', '2023-01-01'], ['1950-06-15', '2030-02-01'], ['1000-01-01', '2000-01-01']]) {
      const period = choosePeriod(start, end);
      assert.ok(periodIndex(period, end) - periodIndex(period, start) + 1 <= MAX_CLUSTER_PERIODS);
    }
  });

  it('aligns periods to the calendar: Monday weeks, months, years', () => {
    const week = { unit: 'day', step: 7 } as const;
    assert.deepEqual(periodSpan(week, periodIndex(week, '2023-10-07')), { start: '2023-10-02', end: '2023-10-08' });
    const quarter = { unit: 'month', step: 3 } as const;
    assert.deepEqual(periodSpan(quarter, periodIndex(quarter, '2024-02-29')), { start: '2024-01-01', end: '2024-03-31' });
    const decade = { unit: 'year', step: 10 } as const;
    assert.deepEqual(periodSpan(decade, periodIndex(decade, '1987-12-09')), { start: '1980-01-01', end: '1989-12-31' });
  });

  it('puts every day inside the span of its own period', () => {
    for (const period of PERIODS) {
      // Periods running past 9999 are clipped to the (4-digit) window by windowClusters.
      for (const day of DAYS.filter((d) => d < '9999')) {
        const span = periodSpan(period, periodIndex(period, day));
        assert.ok(span.start <= day && day <= span.end, `${day} in ${JSON.stringify(period)}: ${JSON.stringify(span)}`);
      }
    }
  });

  it('computes the same period index in SQL as in JavaScript', () => {
    const db = new Database(':memory:');
    for (const period of PERIODS) {
      for (const day of DAYS) {
        const sql = Prisma.sql`SELECT ${periodIndexSql(period, Prisma.sql`${day}`)} AS i`;
        const { i } = db.prepare(sql.sql).get(...sql.values) as { i: number };
        assert.equal(i, periodIndex(period, day), `${day} ${JSON.stringify(period)}`);
      }
    }
  });
});
