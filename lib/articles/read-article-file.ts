import fs from 'node:fs';
import { ArticleError } from './article-error';

/** Far above any real article (the largest in the corpus is ~20 KB), far below what would hurt the seed. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export type ArticleFileRead = { content: string } | { skipped: ArticleError };

/**
 * Reads one article file as UTF-8 text, or says why it is not article text at all.
 *
 * The bad-article rule, first half (README "Bad articles"): a file that cannot be read as article
 * text (empty, binary, not UTF-8, over MAX_ARTICLE_BYTES, not a regular file) is SKIPPED with a
 * warning, and the rest of the corpus still seeds. Such a file carries no article to get wrong; an
 * article that is readable but wrong stops the seed instead (parseArticle, seedCorpus).
 *
 * The size is checked on the open file before a byte is read, so a 50 MB file costs one fstat.
 */
export function readArticleFile(filePath: string, file: string, maxBytes = MAX_ARTICLE_BYTES): ArticleFileRead {
  const fd = fs.openSync(filePath, 'r');
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return skip(file, null, 'not a regular file');
    if (stat.size > maxBytes) {
      return skip(file, null, `${megabytes(stat.size)} MB, over the ${megabytes(maxBytes)} MB limit for one article`);
    }
    // Exactly the size seen by fstat: a file growing while it is read cannot push past the limit.
    const bytes = Buffer.alloc(stat.size);
    const read = fs.readSync(fd, bytes, 0, stat.size, 0);
    return decode(file, bytes.subarray(0, read));
  } finally {
    fs.closeSync(fd);
  }
}

function decode(file: string, bytes: Buffer): ArticleFileRead {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return skip(file, lineAt(bytes, nul), 'binary file (contains a NUL byte), not article text');
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return skip(file, firstInvalidUtf8Line(bytes), 'not valid UTF-8 text: save the file as UTF-8');
  }
  if (content.trim() === '') return skip(file, null, 'empty file');
  return { content };
}

/** A newline byte never occurs inside a multi-byte UTF-8 sequence, so each line decodes on its own. */
function firstInvalidUtf8Line(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let line = 1; ; line++) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    if (newline === -1) return line;
    start = newline + 1;
  }
}

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) line++;
  return line;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

function skip(file: string, line: number | null, reason: string): ArticleFileRead {
  return { skipped: new ArticleError(file, line, reason) };
}
