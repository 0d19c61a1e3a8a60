import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreEntityTimelines } from '../../../lib/eval/devsets/score-entity-timelines';
import { actor, emptyGold, event, JUNE, JUNE_9, row } from './wikinews-fixtures';

const gold = emptyGold('a', 'b');
gold.timelines = {
  'Steve Jobs': [row('2008-06-09', ['a', 2], ['b', 3]), row('2008-06-XX', ['a', 4]), row('2007-XX-XX', ['a', 5]), row('XXXX-XX-XX', ['a', 6])],
  'iPod': [row('2008-06-09', ['b', 2])],
};
const actors = [actor('steve-jobs', 'Steve Jobs')];

describe('scoreEntityTimelines', () => {
  it('counts dated rows cited at a fitting date, exact ones, and undated rows cited at all', () => {
    const events = [
      event('on-row-1', JUNE, [['b', 3]], ['steve-jobs']), // fits the day, not exact
      event('on-row-2', JUNE, [['a', 4]], ['steve-jobs']), // exact month
      event('wrong-year', JUNE_9, [['a', 5]], ['steve-jobs']), // 2008 for a 2007 row
      event('undated', JUNE_9, [['a', 6]], ['steve-jobs']),
      event('not-jobs', JUNE_9, [['a', 2]]), // the row's paragraph, but not Jobs's event
    ];
    const [jobs] = scoreEntityTimelines(gold, actors, events).entities;
    assert.equal(jobs.entity, 'Steve Jobs');
    assert.deepEqual([jobs.recall.hits, jobs.recall.total, jobs.exact.hits, jobs.undated.hits, jobs.undated.total], [2, 3, 1, 1, 1]);
    assert.deepEqual(jobs.missedRows.map(({ row: missed, dates }) => [missed.date, dates.map((date) => date.start)]), [['2007-XX-XX', ['2008-06-09']]]);
    assert.deepEqual([jobs.precision.hits, jobs.precision.total], [4, 4]);
  });

  it('counts the entity events citing no row against precision, wherever in the article they cite', () => {
    const events = [event('on-row', JUNE_9, [['a', 2]], ['steve-jobs']), event('other-paragraph', JUNE_9, [['a', 3]], ['steve-jobs']), event('other-article', JUNE_9, [['b', 2]], ['steve-jobs'])];
    const [jobs] = scoreEntityTimelines(gold, actors, events).entities;
    assert.deepEqual([jobs.precision.hits, jobs.precision.total], [1, 3]);
    assert.deepEqual(jobs.unmatchedEvents.map((e) => e.id), ['other-paragraph', 'other-article']);
  });

  it('does not judge events citing no article of the set', () => {
    const [jobs] = scoreEntityTimelines(gold, actors, [event('elsewhere', JUNE_9, [['c', 2]], ['steve-jobs'])]).entities;
    assert.equal(jobs.precision.total, 0);
  });

  it('finds an entity no actor stands for in the quotes', () => {
    const [, ipod] = scoreEntityTimelines(gold, actors, [event('e', JUNE_9, [['b', 2, 'The iPod went on sale.']])]).entities;
    assert.deepEqual([ipod.foundBy, ipod.recall.hits, ipod.precision.hits], ['quote', 1, 1]);
  });

  it('averages recall over every entity and precision over those with events', () => {
    const score = scoreEntityTimelines(gold, actors, [event('e', JUNE_9, [['a', 3]], ['steve-jobs'])]);
    assert.deepEqual([score.macroRecall, score.macroPrecision], [0, 0]);
    const half = scoreEntityTimelines(gold, actors, [event('e', JUNE_9, [['a', 2]], ['steve-jobs']), event('f', JUNE_9, [['a', 3]], ['steve-jobs'])]);
    assert.deepEqual([half.macroRecall, half.macroPrecision], [1 / 6, 0.5]);
  });

  it('gives no precision when the system shows no event for any entity', () => {
    assert.equal(scoreEntityTimelines(gold, actors, []).macroPrecision, 0);
  });
});
