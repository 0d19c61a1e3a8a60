import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeEvents } from '../../../lib/extract/merge/merge-events';
import type { ExtractedEvent } from '../../../lib/extract/types';
import { event } from './event-factory';

/** A report of one day's happening, titled and named as its source wrote it; `inferred`: its year was not written. */
function report(source: string, word: string, title: string, family = 'attack', inferred = false): ExtractedEvent {
  const base = event({ source, start: '2024-03-02', family, word, actors: ['vell'] });
  const date = inferred ? { ...base.date, inferred: { rule: 'narrative-year', anchor: '“2024” (¶1)' } } : base.date;
  return { ...base, date, title, summary: `${title} (${source}).` };
}

function mergedTitle(reports: ExtractedEvent[]): string {
  const forward = mergeEvents(reports, false);
  const backward = mergeEvents([...reports].reverse(), false);
  assert.equal(forward.length, 1, 'the reports merge');
  assert.equal(backward[0].title, forward[0].title, 'the title does not depend on merge order');
  return forward[0].title;
}

test('the plain word sources share replaces a term only some use, even when more of them use it', () => {
  const reports = [
    report('a', 'massacre', 'Vell massacre'),
    report('b', 'massacre', 'Massacre and its aftermath reveal the benefits', 'attack', true),
    report('c', 'massacre', 'Massacre'),
    // The reports saying "attack" give the day without its year: their titles are read where the date was not stated in full.
    report('d', 'attack', 'Attack remains a subject of debate', 'attack', true),
    report('e', 'attack', 'Attack was an action taken by Vell', 'attack', true),
  ];
  assert.equal(mergedTitle(reports), 'Vell attack');
  // The summary stays the words of the report the title was formed from.
  assert.equal(mergeEvents(reports, false)[0].summary, 'Vell massacre (a).');
});

test('negative: a plain word one source uses does not outvote wording several sources share', () => {
  assert.equal(mergedTitle([
    report('a', 'massacre', 'Vell massacre'),
    report('b', 'massacre', 'Massacre in the valley'),
    report('c', 'attack', 'Attack on the valley'),
  ]), 'Massacre in the valley');
});

test('a best-formed title that already says the shared word is kept as written', () => {
  assert.equal(mergedTitle([
    report('a', 'outbreak', 'Outbreak of the civil war in Ruritania', 'war'),
    report('b', 'war', 'Ruritanian civil war', 'war'),
  ]), 'Outbreak of the civil war in Ruritania');
});

test('negative: with no shared and no plain word, the best-formed title serves', () => {
  assert.equal(mergedTitle([
    report('a', 'invasion', 'Invasion of the south'),
    report('b', 'raid', 'Raid'),
  ]), 'Invasion of the south');
});

test('negative: reports from one source have no shared wording to choose; the best-formed title serves', () => {
  assert.equal(mergedTitle([
    { ...report('a', 'massacre', 'Vell massacre'), citations: [{ ...report('a', 'massacre', '').citations[0], paragraph: 1 }] },
    { ...report('a', 'attack', 'Attack'), citations: [{ ...report('a', 'attack', '').citations[0], paragraph: 2 }] },
  ]), 'Vell massacre');
});
