import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreExtraction } from '../../lib/eval/score-extraction';
import { extracted, gold, JUNE_2023, OCT7 } from './fixtures';

describe('scoreExtraction', () => {
  it('gives full marks to an extraction equal to the gold', () => {
    const report = scoreExtraction(
      [gold('attack', OCT7, [['a', 1], ['a', 4]], ['hamas', 'israel'])],
      [extracted('e1', OCT7, [['a', 1], ['a', 4]], ['hamas', 'israel'])],
    );
    assert.equal(report.precision.share, 1);
    assert.equal(report.recall.share, 1);
    assert.equal(report.exactDateShare.share, 1);
    assert.equal(report.citationRecall.share, 1);
    assert.equal(report.actorPrecision.share, 1);
    assert.deepEqual([report.unmatchedGold, report.unmatchedExtracted, report.dateMismatches], [[], [], []]);
  });

  it('does not count a wrong date precision as a match, and reports it with its paragraphs', () => {
    const report = scoreExtraction(
      [gold('delegation', JUNE_2023, [['a', 27]])],
      [extracted('e1', ['2023-06-01', '2023-06-30', 'approximate'], [['a', 27]])],
    );
    assert.equal(report.matches.length, 1);
    assert.equal(report.precision.hits, 0);
    assert.equal(report.recall.hits, 0);
    assert.deepEqual(report.exactDateShare, { hits: 0, total: 1, share: 0 });
    assert.deepEqual(report.dateMismatches.map((pair) => [pair.goldId, pair.extractedId, pair.shared]), [
      ['delegation', 'e1', [{ source: 'a', paragraph: 27 }]],
    ]);
  });

  it('does not count a more precise date than the text gives as a match', () => {
    const report = scoreExtraction([gold('delegation', JUNE_2023, [['a', 27]])], [extracted('e1', ['2023-06-01', '2023-06-01', 'day'], [['a', 27]])]);
    assert.equal(report.recall.hits, 0);
    assert.equal(report.dateMismatches.length, 1);
  });

  it('pairs one-to-one and lists what is left on either side', () => {
    const report = scoreExtraction(
      [gold('attack', OCT7, [['a', 1]]), gold('founding', ['1987-01-01', '1987-12-31', 'year'], [['b', 14]])],
      [extracted('e1', OCT7, [['a', 1]]), extracted('e2', OCT7, [['a', 1]]), extracted('e3', OCT7, [['c', 2]])],
    );
    assert.deepEqual(report.matches.map((pair) => [pair.goldId, pair.extractedId]), [['attack', 'e1']]);
    assert.deepEqual(report.unmatchedGold.map((event) => event.id), ['founding']);
    assert.deepEqual(report.unmatchedExtracted.map((event) => event.id), ['e2', 'e3']);
    assert.deepEqual([report.precision.hits, report.precision.total, report.recall.total], [1, 3, 2]);
  });

  it('prefers the pair with more shared paragraphs, then the closer date, regardless of input order', () => {
    const goldEvents = [gold('attack', OCT7, [['a', 1], ['a', 2], ['a', 3]])];
    const candidates = [
      extracted('far', ['2023-10-01', '2023-10-31', 'month'], [['a', 1], ['a', 2]]),
      extracted('near', OCT7, [['a', 1], ['a', 2]]),
      extracted('one', OCT7, [['a', 3]]),
    ];
    for (const order of [candidates, [...candidates].reverse()]) {
      assert.deepEqual(scoreExtraction(goldEvents, order).matches.map((pair) => pair.extractedId), ['near']);
    }
  });

  it('breaks a full tie by id', () => {
    const report = scoreExtraction([gold('attack', OCT7, [['a', 1]])], [extracted('zz', OCT7, [['a', 1]]), extracted('aa', OCT7, [['a', 1]])]);
    assert.equal(report.matches[0].extractedId, 'aa');
  });

  it('counts a paragraph quoted twice by one extracted event once', () => {
    const report = scoreExtraction([gold('attack', OCT7, [['a', 1], ['a', 2]])], [extracted('e1', OCT7, [['a', 1], ['a', 1]])]);
    assert.equal(report.matches[0].shared.length, 1);
    assert.deepEqual(report.citationRecall, { hits: 1, total: 2, share: 0.5 });
  });

  it('scores actors micro-averaged over matched pairs, dates right or wrong', () => {
    const report = scoreExtraction(
      [gold('g1', OCT7, [['a', 1]], ['hamas', 'israel']), gold('g2', JUNE_2023, [['a', 2]], ['hamas', 'iran', 'irgc'])],
      [extracted('e1', OCT7, [['a', 1]], ['hamas', 'idf']), extracted('e2', OCT7, [['a', 2]], ['hamas', 'iran'])],
    );
    assert.deepEqual(report.actorPrecision, { hits: 3, total: 4, share: 0.75 });
    assert.deepEqual(report.actorRecall, { hits: 3, total: 5, share: 0.6 });
  });

  it('counts citations of unmatched gold events as not found', () => {
    const report = scoreExtraction([gold('g1', OCT7, [['a', 1]]), gold('g2', OCT7, [['b', 1], ['b', 2]])], [extracted('e1', OCT7, [['a', 1]])]);
    assert.deepEqual(report.citationRecall, { hits: 1, total: 3, share: 1 / 3 });
  });

  it('treats empty inputs as nothing to get wrong, but not as recall', () => {
    const report = scoreExtraction([gold('g1', OCT7, [['a', 1]])], []);
    assert.equal(report.precision.share, 1);
    assert.equal(report.recall.share, 0);
  });
});
