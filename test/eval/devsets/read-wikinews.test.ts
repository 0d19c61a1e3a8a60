import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readWikinewsDevset } from '../../../lib/eval/devsets/read-wikinews';
import { emptyGold } from './wikinews-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'devsets-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('readWikinewsDevset', () => {
  it('is null when the folder holds no wikinews-apple set', () => {
    assert.equal(readWikinewsDevset(dir), null);
    assert.equal(readWikinewsDevset(join(dir, 'absent')), null);
  });

  it('reads the gold and the articles, paragraph N being the Nth line', () => {
    mkdirSync(join(dir, 'wikinews-apple', 'articles'), { recursive: true });
    writeFileSync(join(dir, 'wikinews-apple', 'gold.json'), JSON.stringify(emptyGold('a-story')));
    writeFileSync(join(dir, 'wikinews-apple', 'articles', 'a-story.md'), '---\ntitle: "A story"\npublished: 2008-06-09\n---\nJune 9, 2008\n\nApple said so.\n');
    writeFileSync(join(dir, 'wikinews-apple', 'articles', 'notes.txt'), 'not an article');
    const devset = readWikinewsDevset(dir);
    assert.deepEqual(devset?.articles, [{ slug: 'a-story', title: 'A story', published: '2008-06-09', paragraphs: ['June 9, 2008', 'Apple said so.'] }]);
    assert.deepEqual(Object.keys(devset?.gold.docs ?? {}), ['a-story']);
  });
});
