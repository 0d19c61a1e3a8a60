import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDiscrepancies } from '../../../lib/extract/merge/find-discrepancies';
import { mergeEvents } from '../../../lib/extract/merge/merge-events';
import { redateToKnownHappenings } from '../../../lib/extract/merge/redate-to-known-happenings';
import { event } from './event-factory';

test('one happening reported on the same day by several sources becomes one event with every citation', () => {
  const merged = mergeEvents([
    event({ source: 'b', start: '2024-05-10', family: 'attack', actors: ['russia'] }),
    event({ source: 'a', start: '2024-05-10', family: 'attack', actors: ['russia', 'ukraine'] }),
  ], false);
  assert.equal(merged.length, 1);
  assert.deepEqual(merged[0].citations.map((c) => c.source), ['a', 'b']);
  assert.deepEqual(merged[0].actors, ['russia', 'ukraine']);
});

test('negative: across articles, the same kind on the same day is not enough: no shared actor or words, or other actors, stay apart', () => {
  const unrelated = mergeEvents([
    event({ source: 'a', start: '2024-03-04', family: 'statement', terms: ['budget', 'minister'] }),
    event({ source: 'b', start: '2024-03-04', family: 'statement', terms: ['coach', 'final'] }),
  ], false);
  assert.equal(unrelated.length, 2);
  const others = mergeEvents([
    event({ source: 'a', start: '2024-03-04', family: 'statement', actors: ['acme'], terms: ['company', 'results'] }),
    event({ source: 'b', start: '2024-03-04', family: 'statement', actors: ['globex'], terms: ['company', 'results'] }),
  ], false);
  assert.equal(others.length, 2);
});

test('a coarser date joins a finer one when the words agree, and the finer date is kept', () => {
  const [war] = mergeEvents([
    event({ source: 'a', start: '2006-01-01', end: '2006-12-31', precision: 'year', family: 'war', terms: ['lebanon', 'second', 'war'] }),
    event({ source: 'b', start: '2006-06-01', end: '2006-08-31', precision: 'season', family: 'war', terms: ['lebanon', 'second', 'war'] }),
  ], false);
  assert.equal(war.date.precision, 'season');
  assert.equal(war.citations.length, 2);
});

test('negative: distinct happenings stay apart — other family, other day, other place', () => {
  assert.equal(mergeEvents([
    event({ source: 'a', start: '2023-10-07', family: 'attack', actors: ['hamas'] }),
    event({ source: 'b', start: '2023-10-07', family: 'statement', actors: ['hamas'] }),
    event({ source: 'c', start: '2023-10-08', family: 'attack', actors: ['hamas'] }),
  ], false).length, 3);
  assert.equal(mergeEvents([
    event({ source: 'a', start: '2023-04-01', end: '2023-04-30', precision: 'month', family: 'meeting', actors: ['qaani'], places: ['syria'] }),
    event({ source: 'b', start: '2023-04-01', end: '2023-04-07', precision: 'week', family: 'meeting', actors: ['qaani'], places: ['lebanon'] }),
  ], false).length, 2);
});

test('a day named without its year takes the year a report of the same happening states', () => {
  const [, redated] = redateToKnownHappenings([
    event({ source: 'a', start: '2023-10-07', text: 'October 7, 2023', family: 'attack', actors: ['hamas'] }),
    event({ source: 'b', start: '2024-10-07', text: 'October 7', family: 'attack', actors: ['hamas'] }),
  ]);
  assert.equal(redated.date.start, '2023-10-07');
  assert.equal(redated.date.inferred?.rule, 'known-happening');
});

test('negative: a day without its year keeps it when no shared actor ties it to the report stating another year', () => {
  const [, kept] = redateToKnownHappenings([
    event({ source: 'a', start: '2019-03-04', text: 'March 4, 2019', family: 'statement', actors: ['acme'] }),
    event({ source: 'b', start: '2024-03-04', text: 'March 4', family: 'statement' }),
  ]);
  assert.equal(kept.date.start, '2024-03-04');
});

test('figures of one measure that differ between citations are discrepancies; equal ones are not', () => {
  const [merged] = mergeEvents([
    event({ source: 'a', start: '2023-10-07', family: 'attack', actors: ['x'], figures: [{ measure: 'killed', value: 1200, text: 'over 1,200' }, { measure: 'abducted', value: 240, text: '240' }] }),
    event({ source: 'b', start: '2023-10-07', family: 'attack', actors: ['x'], figures: [{ measure: 'killed', value: 1400, text: '1,400' }, { measure: 'abducted', value: 240, text: '240' }] }),
  ], false);
  assert.deepEqual(findDiscrepancies(merged), [{ measure: 'killed', values: [
    { value: 1200, text: 'over 1,200', source: 'a', paragraph: 1 },
    { value: 1400, text: '1,400', source: 'b', paragraph: 1 },
  ] }]);
});

test('within an article, statements on one day naming no actor stay apart unless their words agree; negative: other kinds join', () => {
  const statements = mergeEvents([
    event({ source: 'a', paragraph: 1, start: '2024-03-04', family: 'statement', terms: ['investigators', 'rules'] }),
    event({ source: 'a', paragraph: 3, start: '2024-03-04', family: 'statement', actors: ['acme'], terms: ['acme', 'prices'] }),
  ], true);
  assert.equal(statements.length, 2);
  const strikes = mergeEvents([
    event({ source: 'a', paragraph: 1, start: '2024-03-04', family: 'strike', terms: ['dockers'] }),
    event({ source: 'a', paragraph: 3, start: '2024-03-04', family: 'strike', actors: ['vell-port'], terms: ['port'] }),
  ], true);
  assert.equal(strikes.length, 1);
});
