import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ArticleError } from '../articles/article-error';
import { listArticleFiles } from '../articles/list-article-files';
import { parseArticle } from '../articles/parse-article';
import { readArticleFile } from '../articles/read-article-file';
import { toArticleInput } from '../articles/to-article-input';
import { parseGazetteer } from '../extract/actors';
import { extractArticle, mergeArticles } from '../extract';
import type { ArticleExtraction } from '../extract/types';
import { CorpusWriter } from './corpus-writer';

export interface SeedOptions {
  articlesDir: string;
  actorsFile: string;
  databaseFile: string;
  log?: (line: string) => void;
  /** Where skipped files are reported; `log` by default. */
  warn?: (line: string) => void;
}

export interface SeedSummary {
  sources: number;
  paragraphs: number;
  events: number;
  citations: number;
  bytes: number;
  /** Files that are not article text at all (empty, binary, not UTF-8, too large), each with why. */
  skipped: ArticleError[];
}

/**
 * Reads every article file, extracts its events, merges them across articles and replaces the
 * stored corpus in one transaction. The bad-article rule (README "Bad articles"): a file that is not
 * article text at all is skipped with a warning (readArticleFile); an article that is wrong (bad
 * name, duplicated slug, bad front matter) throws `file:line: reason` and nothing is committed.
 * Article text is written as each file is read and then dropped: only the (small) events are kept
 * until the cross-article merge.
 */
export function seedCorpus(options: SeedOptions): SeedSummary {
  const log = options.log ?? (() => {});
  const warn = options.warn ?? log;
  const gazetteer = parseGazetteer(fs.readFileSync(options.actorsFile, 'utf8'), options.actorsFile);
  const files = listArticleFiles(options.articlesDir);
  const db = openDatabase(options.databaseFile);
  const writer = new CorpusWriter(db);
  const summary: SeedSummary = { sources: 0, paragraphs: 0, events: 0, citations: 0, bytes: 0, skipped: [] };
  try {
    writer.begin();
    writer.addActors(gazetteer);
    const extractions: ArticleExtraction[] = [];
    for (const file of files) {
      const read = readArticleFile(path.join(options.articlesDir, file), file);
      if ('skipped' in read) {
        summary.skipped.push(read.skipped);
        warn(`skipped ${read.skipped.message}`);
        continue;
      }
      const article = parseArticle(file, read.content);
      const extraction = extractArticle(toArticleInput(article), { gazetteer });
      writer.addSource({ slug: article.slug, file, frontMatter: article.frontMatter }, extraction);
      summary.bytes += Buffer.byteLength(read.content);
      summary.paragraphs += article.paragraphs.length;
      summary.sources++;
      extractions.push({ ...extraction, source: { ...extraction.source, paragraphs: [] } });
    }
    const corpus = mergeArticles(extractions);
    writer.addEvents(corpus);
    writer.commit();
    summary.events = corpus.events.length;
    summary.citations = corpus.events.reduce((n, e) => n + e.citations.length, 0);
    log(
      `seeded ${summary.sources} sources, ${summary.paragraphs} paragraphs, ${summary.events} events, ` +
        `${summary.citations} citations; skipped ${summary.skipped.length} files`,
    );
    return summary;
  } catch (error) {
    writer.rollback();
    throw error;
  } finally {
    db.close();
  }
}

function openDatabase(file: string): Database.Database {
  if (!fs.existsSync(file)) throw new Error(`database ${file} does not exist: run \`npx prisma migrate deploy\` first`);
  const db = new Database(file);
  // WAL lets the running app keep reading the previous corpus while a seed writes the next one.
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  const hasSchema = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'Event'`).get();
  if (!hasSchema) {
    db.close();
    throw new Error(`database ${file} has no Chronocite tables: run \`npx prisma migrate deploy\` first`);
  }
  return db;
}
