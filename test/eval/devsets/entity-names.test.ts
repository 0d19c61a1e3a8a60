import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityNames, sameName } from '../../../lib/eval/devsets/entity-names';
import { emptyGold } from './wikinews-fixtures';

describe('entityNames', () => {
  const gold = emptyGold('a');
  const mention = (text: string, instance: string) => ({ paragraph: 2, start: 0, end: text.length, text, type: 'ORGANIZATION', instance });
  gold.entities.a = [mention('Apple Corps', 'BEATLES APPLE CORPS'), mention('Apple', 'APPLE'), mention('iPhone 4', 'iPhone4-EHU')];

  it('adds the named mentions of the instance of the same name, case aside', () => {
    assert.deepEqual(entityNames(gold, 'Beatles Apple Corps'), ['Beatles Apple Corps', 'Apple Corps']);
  });

  it('adds nothing for an instance named otherwise', () => {
    assert.deepEqual(entityNames(gold, 'iPhone 4'), ['iPhone 4']);
  });
});

describe('sameName', () => {
  it('ignores case and spacing but not words', () => {
    assert.equal(sameName('iTunes  Store', 'itunes store'), true);
    assert.equal(sameName('iTunes Store', 'iTunes Music Store'), false);
  });
});
