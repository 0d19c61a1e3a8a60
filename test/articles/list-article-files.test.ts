import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { ArticleError } from '../../lib/articles/article-error';
import { listArticleFiles } from '../../lib/articles/list-article-files';

describe('listArticleFiles', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronocite-list-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const touch = (...names: string[]) => names.forEach((name) => fs.writeFileSync(path.join(dir, name), 'x'));

  it('lists .md and .markdown files in name order and leaves other files alone', () => {
    touch('b-article.markdown', 'a-article.md', 'notes.txt', '.gitkeep');
    assert.deepEqual(listArticleFiles(dir), ['a-article.md', 'b-article.markdown']);
  });

  it('stops on a duplicated slug, naming both files', () => {
    touch('talks.md', 'talks.markdown');
    assert.throws(
      () => listArticleFiles(dir),
      (error: unknown) =>
        error instanceof ArticleError &&
        error.message === 'talks.md: duplicated slug "talks": talks.markdown has it too; rename or remove one of them',
    );
  });

  it('stops on a file name that is not a slug', () => {
    touch('Talks In Cairo.md');
    assert.throws(() => listArticleFiles(dir), /^ArticleError: Talks In Cairo\.md: file name must be a lower-case slug/);
  });

  it('names a missing folder', () => {
    assert.throws(() => listArticleFiles(path.join(dir, 'nowhere')), /articles folder not found: .*nowhere/);
  });
});
