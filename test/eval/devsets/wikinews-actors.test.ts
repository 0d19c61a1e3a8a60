import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreWikinewsActors, type SystemActorMention, type WikinewsEntity } from '../../../lib/eval/devsets/wikinews-actors';

const entity = (paragraph: number, start: number, end: number, type: string, instance: string): WikinewsEntity => ({ paragraph, start, end, text: 'x', type, instance });
const mention = (paragraph: number, start: number, end: number, slug: string, rule = 'discovered', kind: SystemActorMention['kind'] = 'organization'): SystemActorMention => ({ paragraph, start, end, text: 'x', slug, kind, rule });

describe('scoreWikinewsActors', () => {
  it('matches by overlapping span in the same paragraph and scores persons and organisations only', () => {
    const score = scoreWikinewsActors(
      { a: [entity(2, 0, 5, 'ORGANIZATION', 'APPLE'), entity(2, 10, 20, 'PERSON', 'JOBS'), entity(3, 0, 4, 'PRODUCT', 'IPOD'), entity(4, 0, 5, 'ORGANIZATION', 'APPLE')] },
      { a: [mention(2, 0, 5, 'apple'), mention(2, 15, 25, 'steve-jobs'), mention(3, 0, 4, 'ipod'), mention(5, 0, 5, 'apple')] },
    );
    assert.deepEqual([score.recall.hits, score.recall.total], [2, 3]);
    assert.deepEqual([score.precision.hits, score.precision.total], [2, 4]);
    assert.equal(score.missed.length, 1);
  });

  it('leaves out references and mentions that overlap only a place', () => {
    const score = scoreWikinewsActors(
      { a: [entity(2, 0, 5, 'LOCATION', 'US'), entity(2, 10, 15, 'ORGANIZATION', 'APPLE')] },
      { a: [mention(2, 0, 5, 'united-states', 'alias', 'state'), mention(2, 10, 15, 'apple'), mention(2, 20, 30, 'apple', 'reference')] },
    );
    assert.deepEqual([score.precision.hits, score.precision.total], [1, 1]);
  });

  it('counts instance pairs that got one slug, within and across articles', () => {
    const score = scoreWikinewsActors(
      { a: [entity(2, 0, 5, 'PERSON', 'JOBS'), entity(3, 0, 4, 'PERSON', 'JOBS')], b: [entity(2, 0, 5, 'PERSON', 'JOBS')] },
      { a: [mention(2, 0, 5, 'steve-jobs'), mention(3, 0, 4, 'jobs')], b: [mention(2, 0, 5, 'steve-jobs')] },
    );
    assert.deepEqual([score.grouping.hits, score.grouping.total], [0, 1]);
    assert.deepEqual([score.groupingAcross.hits, score.groupingAcross.total], [1, 3]);
  });
});
