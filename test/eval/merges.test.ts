import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreExtraction } from '../../lib/eval/score-extraction';
import { extracted, gold, OCT7 } from './fixtures';

const SYRIA_2011 = ['2011-01-01', '2011-12-31', 'year'] as const satisfies [string, string, string];
const attack = gold('attack', OCT7, [['a', 1], ['b', 5], ['c', 9]]);
const war = gold('syria-war', [...SYRIA_2011], [['b', 27], ['c', 9]]);

describe('merges', () => {
  it('counts a cross-source event as merged when one extracted event covers all its sources', () => {
    const report = scoreExtraction([attack], [extracted('e1', OCT7, [['a', 1], ['b', 5], ['c', 9]])]);
    assert.deepEqual(report.merges, { hits: 1, total: 1, share: 1 });
    assert.deepEqual(report.missedMerges, []);
  });

  it('counts a split merge as missed and says which extracted events hold which sources', () => {
    const report = scoreExtraction([attack], [extracted('e1', OCT7, [['a', 1], ['b', 5]]), extracted('e2', OCT7, [['c', 9]])]);
    assert.deepEqual(report.merges, { hits: 0, total: 1, share: 0 });
    assert.deepEqual(report.missedMerges, [
      {
        goldId: 'attack',
        sources: ['a', 'b', 'c'],
        holders: [
          { extractedId: 'e1', sources: ['a', 'b'] },
          { extractedId: 'e2', sources: ['c'] },
        ],
      },
    ]);
  });

  it('does not credit a merge from paragraphs outside the gold event', () => {
    const report = scoreExtraction([attack], [extracted('e1', OCT7, [['a', 1], ['b', 6], ['c', 10]])]);
    assert.equal(report.merges.hits, 0);
  });

  it('ignores single-source gold events in the merge count', () => {
    const report = scoreExtraction([gold('solo', OCT7, [['a', 1], ['a', 2]])], []);
    assert.deepEqual(report.merges, { hits: 0, total: 0, share: 1 });
  });

  it('reports a wrong merge of two distinct happenings', () => {
    const report = scoreExtraction([attack, war], [extracted('e1', OCT7, [['a', 1], ['b', 27]])]);
    assert.deepEqual(report.wrongMerges, [
      {
        extractedId: 'e1',
        hits: [
          { goldId: 'attack', citations: [{ source: 'a', paragraph: 1 }] },
          { goldId: 'syria-war', citations: [{ source: 'b', paragraph: 27 }] },
        ],
      },
    ]);
  });

  it('does not call it a wrong merge when the paragraphs all belong to one happening, even if shared with another', () => {
    // c ¶9 reports both the attack and the war; with a ¶1 the event is still only the attack.
    const report = scoreExtraction([attack, war], [extracted('e1', OCT7, [['a', 1], ['c', 9]]), extracted('e2', OCT7, [['c', 9]])]);
    assert.deepEqual(report.wrongMerges, []);
  });
});
