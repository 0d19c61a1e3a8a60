import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anchoringTriples } from '../../../lib/eval/devsets/anchoring-triples';
import { scoreAnchoring } from '../../../lib/eval/devsets/score-anchoring';
import { dateTimex, emptyGold, event, JUNE, JUNE_9, word, YEAR_2008 } from './wikinews-fixtures';

// a ¶2: "Apple launched the iPhone 3G today." — one triple, 2008-06-09, event word "launched" at 6..14.
const gold = emptyGold('a');
gold.timexes.a = [dateTimex(2, 29, 'today', '2008-06-09'), dateTimex(3, 0, 'now', 'PRESENT_REF')];
gold.events.a = [word(2, 6, 'launched'), word(3, 4, 'sells')];
const triples = anchoringTriples(gold);

describe('scoreAnchoring', () => {
  it('counts a triple cited in its paragraph at the same day, in the event words and exactly', () => {
    const score = scoreAnchoring(triples, [event('e1', JUNE_9, [['a', 2, 'Apple launched the iPhone 3G today.', 0]])]);
    assert.deepEqual([score.paragraph.hits, score.eventWords.hits, score.exact.hits, score.paragraph.total], [1, 1, 1, 1]);
    assert.equal(score.uncalendared.length, 1);
  });

  it('counts a month containing the gold day as fitting, but not as exact', () => {
    const score = scoreAnchoring(triples, [event('e1', JUNE, [['a', 2, 'launched', 6]])]);
    assert.deepEqual([score.paragraph.hits, score.exact.hits], [1, 0]);
  });

  it('counts a quote in the paragraph that misses the event words for the paragraph figure only', () => {
    const score = scoreAnchoring(triples, [event('e1', JUNE_9, [['a', 2, 'today', 29]])]);
    assert.deepEqual([score.paragraph.hits, score.eventWords.hits], [1, 0]);
  });

  it('does not count a citation of another paragraph or another article', () => {
    const score = scoreAnchoring(triples, [event('e1', JUNE_9, [['a', 3, 'x'], ['b', 2, 'launched', 6]])]);
    assert.equal(score.paragraph.hits, 0);
    assert.deepEqual(score.uncited.map((triple) => triple.value), ['2008-06-09']);
  });

  it('does not count a citation at a date that does not fit, and lists that date', () => {
    const other = event('e1', ['2008-06-10', '2008-06-10', 'day'], [['a', 2, 'launched', 6]]);
    const score = scoreAnchoring(triples, [other, event('e2', ['2008-05-01', '2008-05-31', 'month'], [['a', 2, 'launched', 6]])]);
    assert.equal(score.paragraph.hits, 0);
    assert.deepEqual(score.otherDate.map(({ dates }) => dates.map((date) => date.start)), [['2008-05-01', '2008-06-10']]);
    assert.deepEqual(score.uncited, []);
  });

  it('counts a fitting citation when another event cites the paragraph at a wrong date', () => {
    const score = scoreAnchoring(triples, [event('e1', ['2007-01-01', '2007-12-31', 'year'], [['a', 2, 'launched', 6]]), event('e2', YEAR_2008, [['a', 2, 'launched', 6]])]);
    assert.deepEqual([score.paragraph.hits, score.otherDate.length], [1, 0]);
  });

  it('gives full marks on no triples and zero with no events', () => {
    assert.equal(scoreAnchoring([], []).paragraph.share, 1);
    assert.equal(scoreAnchoring(triples, []).paragraph.share, 0);
  });
});
