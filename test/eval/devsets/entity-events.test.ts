import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityEvents } from '../../../lib/eval/devsets/entity-events';
import { actor, event, JUNE_9 } from './wikinews-fixtures';

const events = [
  event('jobs-actor', JUNE_9, [['a', 2, 'He resigned.']], ['steve-jobs']),
  event('jobs-quote', JUNE_9, [['a', 3, 'Steve Jobs spoke.']]),
  event('phone-4', JUNE_9, [['a', 4, 'Apple shipped the iphone 4 today.']]),
  event('phone-4s', JUNE_9, [['a', 5, 'Apple shipped the iPhone 4S.']]),
  event('phone-40', JUNE_9, [['a', 6, 'It sold iPhone 40 units.']]),
];

describe('entityEvents', () => {
  it('filters by an actor whose name matches, and then does not search the quotes', () => {
    const found = entityEvents(['Steve Jobs'], [actor('steve-jobs', 'steve jobs')], events);
    assert.deepEqual([found.foundBy, found.actorSlugs, found.events.map((e) => e.id)], ['actor', ['steve-jobs'], ['jobs-actor']]);
  });

  it('finds the actor by an alias or by another name of the entity, discovered or curated', () => {
    assert.deepEqual(entityEvents(['Steve Jobs'], [actor('steve-jobs', 'Steven P. Jobs', ['Steve Jobs'])], events).actorSlugs, ['steve-jobs']);
    assert.deepEqual(entityEvents(['Beatles Apple Corps', 'Apple Corps'], [actor('apple-corps', 'Apple Corps', [], true)], []).actorSlugs, ['apple-corps']);
  });

  it('does not take an actor whose name only shares words with the entity', () => {
    const found = entityEvents(['Steve Jobs'], [actor('jobs-report', 'Jobs'), actor('steve', 'Steve Wozniak')], events);
    assert.equal(found.foundBy, 'quote');
  });

  it('searches the quotes for the entity name as whole words, case aside, when no actor stands for it', () => {
    const found = entityEvents(['iPhone 4'], [actor('apple', 'Apple')], events);
    assert.deepEqual([found.foundBy, found.events.map((e) => e.id)], ['quote', ['phone-4']]);
  });

  it('searches for the entity name only, not its other names', () => {
    assert.deepEqual(entityEvents(['Beatles Apple Corps', 'Apple'], [], events).events, []);
  });
});
