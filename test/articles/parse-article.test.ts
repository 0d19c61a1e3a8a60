import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ArticleError } from '../../lib/articles/article-error';
import { parseArticle, slugOf } from '../../lib/articles/parse-article';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

function assertArticleError(fn: () => unknown, file: string, line: number | null, reason: RegExp) {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof ArticleError, `expected ArticleError, got ${String(error)}`);
    assert.equal(error.file, file);
    assert.equal(error.line, line);
    assert.match(error.reason, reason);
    assert.ok(error.message.startsWith(line === null ? `${file}: ` : `${file}:${line}: `));
    return true;
  });
}

describe('parseArticle', () => {
  it('reads front matter fields and keeps partial dates as written', () => {
    const article = parseArticle('with-front-matter.md', fixture('with-front-matter.md'));
    assert.equal(article.slug, 'with-front-matter');
    assert.deepEqual(article.frontMatter, {
      title: 'Ceasefire talks resume in Cairo',
      publisher: 'Example Wire',
      published: '2024-03',
      url: 'https://example.org/ceasefire',
      origin: 'wire-042.txt',
    });
  });

  it('numbers paragraphs by non-empty line after the front matter, verbatim', () => {
    const article = parseArticle('with-front-matter.md', fixture('with-front-matter.md'));
    assert.deepEqual(
      article.paragraphs.map((p) => [p.number, p.line]),
      [[1, 8], [2, 10], [3, 11]],
    );
    assert.equal(article.paragraphs[1].text, ' A caption line keeps its leading space.');
    assert.equal(article.paragraphs[2].text, 'Talks resumed on March 3, 2024, officials said.   ');
  });

  it('accepts a file without front matter', () => {
    const article = parseArticle('plain.md', 'First paragraph.\n\n   \nSecond paragraph.');
    assert.deepEqual(article.frontMatter, {});
    assert.deepEqual(article.paragraphs.map((p) => p.text), ['First paragraph.', 'Second paragraph.']);
    assert.deepEqual(article.paragraphs.map((p) => p.line), [1, 4]);
  });

  it('accepts Windows line endings and a byte-order mark', () => {
    const article = parseArticle('windows.md', '\uFEFF---\r\ntitle: T\r\n---\r\nOne.\r\n\r\nTwo.\r\n');
    assert.equal(article.frontMatter.title, 'T');
    assert.deepEqual(article.paragraphs.map((p) => p.text), ['One.', 'Two.']);
  });

  it('reads an unquoted full date and a bare year as text', () => {
    const full = parseArticle('a.md', '---\npublished: 2023-10-07\n---\nx');
    const year = parseArticle('b.md', '---\npublished: 2023\n---\nx');
    assert.equal(full.frontMatter.published, '2023-10-07');
    assert.equal(year.frontMatter.published, '2023');
  });

  it('rejects invalid YAML, naming the file and line', () => {
    assertArticleError(() => parseArticle('broken.md', fixture('broken.md')), 'broken.md', 3, /not valid YAML/);
  });

  it('rejects an impossible date, naming the field and its line', () => {
    assertArticleError(
      () => parseArticle('bad-date.md', '---\ntitle: T\npublished: 2023-13-45\n---\nx'),
      'bad-date.md', 3, /"published" must be an ISO date/,
    );
    assertArticleError(() => parseArticle('feb.md', '---\npublished: 2023-02-30\n---\nx'), 'feb.md', 2, /published/);
  });

  it('rejects unknown fields, naming them', () => {
    assertArticleError(
      () => parseArticle('extra.md', '---\ntitle: T\nsummary: nope\n---\nx'),
      'extra.md', 3, /unknown front matter field summary/,
    );
  });

  it('names the line of a field written in quotes', () => {
    assertArticleError(
      () => parseArticle('i.md', '---\ntitle: T\n"published": 2023-13-45\n---\nx'),
      'i.md', 3, /"published" must be an ISO date/,
    );
  });

  it('rejects a duplicated field on the line of its second occurrence', () => {
    assertArticleError(() => parseArticle('d.md', '---\ntitle: a\ntitle: b\n---\nx'), 'd.md', 3, /^front matter is not valid YAML: Map keys must be unique$/);
  });

  it('rejects front matter that is a list or a sentence rather than fields', () => {
    assertArticleError(() => parseArticle('l.md', '---\n- a\n- b\n---\nx'), 'l.md', 2, /must be "field: value" lines/);
    assertArticleError(() => parseArticle('s.md', '---\njust a sentence\n---\nx'), 's.md', 2, /must be "field: value" lines/);
  });

  it('rejects a field that is not text', () => {
    assertArticleError(() => parseArticle('n.md', '---\nauthor:\n  - A\n  - B\n---\nx'), 'n.md', 2, /"author".*expected string/);
    assertArticleError(() => parseArticle('b.md', '---\npublished: true\n---\nx'), 'b.md', 2, /"published"/);
  });

  it('refuses YAML aliases that expand without bound, naming the file', () => {
    const bomb = ['---', 'title: &a [x, x, x, x, x, x, x, x, x]', 'author: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'publisher: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'origin: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', '---', 'x'];
    assertArticleError(() => parseArticle('bomb.md', bomb.join('\n')), 'bomb.md', 2, /front matter cannot be read/);
  });

  it('rejects the committed bad fixtures with file, line and field', () => {
    assertArticleError(() => parseArticle('impossible-date.md', fixture('impossible-date.md')), 'impossible-date.md', 3, /"published" must be an ISO date/);
    assertArticleError(() => parseArticle('unknown-field.md', fixture('unknown-field.md')), 'unknown-field.md', 3, /unknown front matter field summary/);
  });

  it('reads the Windows fixture (CRLF and a byte-order mark) like any other', () => {
    const article = parseArticle('windows-bom.md', fixture('windows-bom.md'));
    assert.deepEqual(article.frontMatter, { title: 'Windows file', published: '2024-03-05' });
    assert.deepEqual(article.paragraphs.map((p) => [p.number, p.line, p.text]), [
      [1, 5, 'Talks resumed in Cairo on March 3, 2024, officials said.'],
      [2, 7, 'A second paragraph.'],
    ]);
  });

  it('rejects a front matter block that is never closed', () => {
    assertArticleError(() => parseArticle('open.md', '---\ntitle: T\nText.'), 'open.md', 1, /never closed/);
  });

  it('rejects a non-http url and an empty title', () => {
    assertArticleError(() => parseArticle('u.md', '---\nurl: javascript:alert(1)\n---\nx'), 'u.md', 2, /url/);
    assertArticleError(() => parseArticle('t.md', '---\ntitle: "  "\n---\nx'), 't.md', 2, /title/);
  });
});

describe('slugOf', () => {
  it('derives the slug from the file name', () => {
    assert.equal(slugOf('data/articles/iran-and-hamas.md'), 'iran-and-hamas');
    assert.equal(slugOf('iran-and-hamas.markdown'), 'iran-and-hamas');
  });

  it('refuses names that would make bad URLs', () => {
    for (const name of ['Iran And Hamas.md', 'notes.txt', '-x.md', 'a--b.md', 'ünï.md', 'a.MD', '.md', 'a.md.txt']) {
      assert.throws(() => slugOf(name), ArticleError, name);
    }
  });
});

describe('the committed corpus', () => {
  const dir = path.join(import.meta.dirname, '..', '..', 'data', 'articles');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    it(`${file} parses and names its origin`, () => {
      const article = parseArticle(file, fs.readFileSync(path.join(dir, file), 'utf8'));
      assert.ok(article.frontMatter.origin, 'origin is required for the committed corpus');
      assert.ok(article.paragraphs.length > 5);
    });
  }
});
