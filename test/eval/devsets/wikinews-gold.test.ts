import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseWikinewsGold } from '../../../lib/eval/devsets/wikinews-gold';
import { emptyGold, row } from './wikinews-fixtures';

describe('parseWikinewsGold', () => {
  it('reads a gold file and ignores the fields it does not score', () => {
    const gold = { ...emptyGold('a'), about: '…', licence: '…', timelines: { iPod: [row('2006-01-XX', ['a', 2])] } };
    assert.deepEqual(parseWikinewsGold(JSON.stringify(gold), 'gold.json').timelines.iPod[0].date, '2006-01-XX');
  });

  it('names the file and the field that does not fit', () => {
    const gold = { ...emptyGold('a'), timelines: { iPod: [row('2006-1-XX', ['a', 2])] } };
    assert.throws(() => parseWikinewsGold(JSON.stringify(gold), 'gold.json'), /^Error: gold\.json: timelines\.iPod\.0\.date: must be YYYY-MM-DD/);
    assert.throws(() => parseWikinewsGold('{', 'gold.json'), /gold\.json: not valid JSON/);
    assert.throws(() => parseWikinewsGold('{"docs": {}}', 'gold.json'), /gold\.json: timelines: /);
  });
});
