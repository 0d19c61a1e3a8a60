import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { missedWikinewsThresholds, scoreWikinews } from '../../../lib/eval/devsets/wikinews';
import { actor, dateTimex, emptyGold, event, JUNE_9, row, word } from './wikinews-fixtures';

const gold = emptyGold('a');
gold.timexes.a = [dateTimex(2, 29, 'today', '2008-06-09')];
gold.events.a = [word(2, 6, 'launched')];
gold.timelines = { 'Apple Corps': [row('2008-06-09', ['a', 2])], 'Steve Jobs': [row('2008-06-09', ['a', 2])] };
const thresholds = { anchoringRecall: 0.5, entityRecall: 0.5, entityPrecision: 0.7 };

describe('scoreWikinews', () => {
  it('filters by discovered actors as well as the gazetteer’s', () => {
    const extraction = {
      sources: [],
      actors: [actor('apple-corps', 'Apple Corps', [], true)],
      events: [event('e', JUNE_9, [['a', 2, 'launched', 6]], ['apple-corps', 'steve-jobs'])],
    };
    const report = scoreWikinews(gold, extraction, { actors: [actor('steve-jobs', 'Steve Jobs')] });
    assert.deepEqual(report.timelines.entities.map((entity) => [entity.entity, entity.foundBy, entity.recall.share]), [
      ['Apple Corps', 'actor', 1],
      ['Steve Jobs', 'actor', 1],
    ]);
    assert.equal(report.anchoring.paragraph.share, 1);
    assert.deepEqual(missedWikinewsThresholds(report, thresholds), []);
  });

  it('names each threshold missed', () => {
    const report = scoreWikinews(gold, { sources: [], actors: [], events: [] }, { actors: [] });
    assert.deepEqual(missedWikinewsThresholds(report, thresholds), [
      'wikinews anchoring recall 0.0% < 50.0%',
      'wikinews entity recall 0.0% < 50.0%',
      'wikinews entity precision 0.0% < 70.0%',
    ]);
  });
});
