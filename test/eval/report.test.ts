import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatReport } from '../../lib/eval/format-report';
import { scoreExtraction } from '../../lib/eval/score-extraction';
import { missedThresholds, type Thresholds } from '../../lib/eval/thresholds';
import { extracted, gold, JUNE_2023, OCT7 } from './fixtures';

const STRICT: Thresholds = { precision: 0.95, recall: 0.95, exactDateShare: 0.95, merges: 1, maxWrongMerges: 0, actorPrecision: 0.9, actorRecall: 0.9 };

const report = scoreExtraction(
  [gold('attack', OCT7, [['a', 1], ['b', 2]]), gold('visit', JUNE_2023, [['a', 27]]), gold('lost', OCT7, [['a', 30]])],
  [extracted('e1', OCT7, [['a', 1]]), extracted('e2', OCT7, [['b', 2]]), extracted('e3', ['2023-06-15', '2023-06-15', 'day'], [['a', 27]])],
);

describe('formatReport', () => {
  it('lists every problem with the paragraphs to look at', () => {
    const text = formatReport(report);
    assert.match(text, /visit ≠ e3: gold 2023-06-01\.\.2023-06-30 \(month\), extracted 2023-06-15 \(day\)\n {4}at a ¶27/);
    assert.match(text, /Missed merges \(1\)\n {2}attack: sources a, b\n {4}e1 covers a\n {4}e2 covers b/);
    assert.match(text, /Unmatched gold events \(missed\) \(1\)\n {2}lost 2023-10-07 \(day\) — gold lost\n {4}at a ¶30/);
    assert.match(text, /Unmatched extracted events \(spurious\) \(1\)\n {2}e2 /);
    assert.match(text, /recall\s+33\.3%\s+\(1\/3\)/);
  });
});

describe('missedThresholds', () => {
  it('names each missed threshold', () => {
    assert.deepEqual(missedThresholds(report, STRICT), [
      'precision 33.3% < 95.0%',
      'recall 33.3% < 95.0%',
      'exact-date share 50.0% < 95.0%',
      'merges 0.0% < 100.0%',
    ]);
  });

  it('names missed actor thresholds', () => {
    const withActors = (actors: string[]) => ({ ...extracted('e1', OCT7, [['a', 1]]), actors });
    const scored = (actors: string[]) => scoreExtraction([{ ...gold('attack', OCT7, [['a', 1]]), actors: ['acme', 'beta'] }], [withActors(actors)]);
    assert.deepEqual(missedThresholds(scored(['acme', 'gamma']), STRICT), ['actor precision 50.0% < 90.0%', 'actor recall 50.0% < 90.0%']);
    assert.deepEqual(missedThresholds(scored(['acme', 'beta']), STRICT), []);
  });

  it('passes when every threshold is met', () => {
    const perfect = scoreExtraction([gold('attack', OCT7, [['a', 1]])], [extracted('e1', OCT7, [['a', 1]])]);
    assert.deepEqual(missedThresholds(perfect, STRICT), []);
  });
});
