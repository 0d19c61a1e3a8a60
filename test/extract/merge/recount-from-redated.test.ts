import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recountFromRedated } from '../../../lib/extract/merge/recount-from-redated';
import type { Anchoring, ExtractedEvent } from '../../../lib/extract/types';
import { event } from './event-factory';

const DAYS_BEFORE: Anchoring['offset'] = { anchor: 'previous-event', count: { min: 1, max: 7, vague: true }, unit: 'day', direction: -1, stretch: false };

/** An event dated "days before" the attack cited at a#2, as counted when the attack was on `from`. */
function countedFrom(from: string, start: string, end: string, paragraph = 3): ExtractedEvent {
  const base = event({ source: 'a', paragraph, start, end, precision: 'approximate', family: 'statement', text: 'days before' });
  return {
    ...base,
    date: { ...base.date, inferred: { rule: 'relative-to-previous-event', anchor: 'Attack (¶2)' } },
    anchoring: { citation: 'a#2@0', from: { start: from, end: from, precision: 'day' }, offset: DAYS_BEFORE },
  };
}

test('a date counted from a happening that was re-dated is counted again from its new date', () => {
  const attack = event({ source: 'a', paragraph: 2, start: '2023-10-07', family: 'attack' });
  const [, speech] = recountFromRedated([attack, countedFrom('2017-10-07', '2017-09-30', '2017-10-06')]);
  assert.deepEqual([speech.date.start, speech.date.end, speech.date.precision], ['2023-09-30', '2023-10-06', 'approximate']);
  assert.deepEqual(speech.anchoring?.from, { start: '2023-10-07', end: '2023-10-07', precision: 'day' });
  assert.ok(speech.rules.includes('date:recounted'));
  assert.equal(speech.date.inferred?.rule, 'relative-to-previous-event');
});

test('a chain of counts settles: "days after" a date that was itself counted', () => {
  const attack = event({ source: 'a', paragraph: 2, start: '2023-10-07', family: 'attack' });
  const first = countedFrom('2017-10-07', '2017-09-30', '2017-10-06');
  const second: ExtractedEvent = {
    ...countedFrom('2017-09-30', '2017-09-23', '2017-10-05', 4),
    anchoring: { citation: 'a#3@0', from: { start: '2017-09-30', end: '2017-10-06', precision: 'approximate' }, offset: DAYS_BEFORE },
  };
  const [, , recounted] = recountFromRedated([attack, first, second]);
  assert.deepEqual([recounted.date.start, recounted.date.end], ['2023-09-23', '2023-10-05']);
});

test('negative: unchanged anchors, lost anchors and dates another rule replaced stay as they are', () => {
  const attack = event({ source: 'a', paragraph: 2, start: '2023-10-07', family: 'attack' });
  const unchanged = countedFrom('2023-10-07', '2023-09-30', '2023-10-06');
  assert.equal(recountFromRedated([attack, unchanged])[1], unchanged);
  const orphan = countedFrom('2017-10-07', '2017-09-30', '2017-10-06');
  assert.equal(recountFromRedated([orphan])[0], orphan);
  const captioned = countedFrom('2017-10-07', '2017-10-02', '2017-10-02');
  const replaced = { ...captioned, date: { ...captioned.date, inferred: { rule: 'caption-date', anchor: 'photo caption' } } };
  assert.equal(recountFromRedated([attack, replaced])[1], replaced);
});
