import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ArticleError } from '../../lib/articles/article-error';
import { MAX_ARTICLE_BYTES, readArticleFile } from '../../lib/articles/read-article-file';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

function assertSkipped(filePath: string, line: number | null, reason: RegExp) {
  const name = path.basename(filePath);
  const read = readArticleFile(filePath, name);
  assert.ok('skipped' in read, `${name} should be skipped`);
  assert.ok(read.skipped instanceof ArticleError);
  assert.equal(read.skipped.file, name);
  assert.equal(read.skipped.line, line);
  assert.match(read.skipped.reason, reason);
}

describe('readArticleFile', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronocite-read-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('returns the text of a UTF-8 article, byte-order mark and CRLF left to the parser', () => {
    const read = readArticleFile(path.join(FIXTURES, 'windows-bom.md'), 'windows-bom.md');
    assert.ok('content' in read);
    assert.match(read.content, /^---\r\ntitle: "Windows file"\r\n/);
  });

  it('skips an empty file and one holding only a byte-order mark and blank lines', () => {
    assertSkipped(path.join(FIXTURES, 'empty.md'), null, /^empty file$/);
    assertSkipped(path.join(FIXTURES, 'blank-with-bom.md'), null, /^empty file$/);
  });

  it('skips a file that is not UTF-8, naming the first bad line', () => {
    assertSkipped(path.join(FIXTURES, 'latin1.md'), 2, /not valid UTF-8/);
  });

  it('skips a binary file, naming the line of its first NUL byte', () => {
    const file = path.join(dir, 'picture.md');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('line one\nline two\n'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a])]));
    assertSkipped(file, 3, /binary file/);
  });

  it('skips a 50 MB file from its size alone, without reading it', () => {
    const file = path.join(dir, 'huge.md');
    // A sparse file: 50 MB by size, all NUL bytes if read. Being called "too large" and not
    // "binary" shows the size was checked before any content was read.
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 50 * 1024 * 1024);
    const started = performance.now();
    assertSkipped(file, null, /^50\.0 MB, over the 5\.0 MB limit/);
    assert.ok(performance.now() - started < 200, 'deciding to skip a large file must be immediate');
  });

  it('reads a file exactly at the limit and skips one byte over it', () => {
    const file = path.join(dir, 'limit.md');
    fs.writeFileSync(file, 'a'.repeat(100));
    assert.ok('content' in readArticleFile(file, 'limit.md', 100));
    fs.appendFileSync(file, 'a');
    assert.ok('skipped' in readArticleFile(file, 'limit.md', 100));
    assert.equal(MAX_ARTICLE_BYTES, 5 * 1024 * 1024);
  });

  it('skips a directory that happens to be named like an article', () => {
    const folder = path.join(dir, 'folder.md');
    fs.mkdirSync(folder);
    assertSkipped(folder, null, /not a regular file/);
  });
});
