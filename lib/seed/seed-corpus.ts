import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ArticleError } from '../articles/article-error';
import { listArticleFiles } from '../articles/list-article-files';
import { parseArticle, type ParsedArticle } from '../articles/parse-article';
import { readArticleFile } from '../articles/read-article-file';
import { toArticleInput } from '../articles/to-article-input';
import { parseGazetteer } from '../extract/actors';
import { type ArticleExtractor, InlineExtractor } from './article-extractor';
import { CorpusWriter } from './corpus-writer';
import { DiscoveredActors } from './discovered-actors';
import { EventStaging } from './event-staging';
import { ExtractionPool } from './extraction-pool';
import { withHeapGrowth } from './heap-growth';
import { raiseEstimatesToReportedHappenings } from './estimate-floor';
import { type MergeFigures, runCorpusStages } from '../extract/corpus-stages';
import type { StagedArticle } from './staged-article';

/** Below this many files, starting worker threads costs more than it saves. */
const FILES_WORTH_WORKERS = 100;
/** Articles submitted ahead of the one being written, per worker: keeps workers busy, memory flat. */
const AHEAD_PER_WORKER = 4;
/**
 * How far each thread's heap may grow past its live size during the seed (withHeapGrowth). Left to
 * V8, the merge's heap grew to four times its live size: 10,000 articles peaked at 700 MB for a live
 * merge of about 200 MB. At 50% the merge of those articles peaked at 230 MB of heap instead of 560,
 * and an extraction thread about 15–20 MB lower, with no measurable CPU cost either way (replayed
 * merge partitions 36–42 CPU-s, 300 articles extracted 20–25 CPU-s, at load 6–10).
 */
const HEAP_GROWTH_PERCENT = 50;

export interface SeedOptions {
  articlesDir: string;
  actorsFile: string;
  databaseFile: string;
  /** Extraction threads; 0 extracts on the seed's own thread. By default one per core for 100 files or more. */
  workers?: number;
  log?: (line: string) => void;
  /** Where skipped files are reported; `log` by default. */
  warn?: (line: string) => void;
}

export interface SeedSummary {
  sources: number;
  paragraphs: number;
  events: number;
  citations: number;
  /** Actors found in the text and stored, beyond the gazetteer's. */
  discoveredActors: number;
  bytes: number;
  /** Extraction threads used (0: inline). */
  workers: number;
  /** Merge partitions, and the events of the largest: what the merge holds in memory at once. */
  merge: MergeFigures;
  /** Files that are not article text at all (empty, binary, not UTF-8, too large), each with why. */
  skipped: ArticleError[];
}

/**
 * Reads every article file, extracts its events, merges them across articles and replaces the
 * stored corpus in one transaction. The bad-article rule (README "Bad articles"): a file that is not
 * article text at all is skipped with a warning (readArticleFile); an article that is wrong (bad
 * name, duplicated slug, bad front matter) throws `file:line: reason` and nothing is committed.
 * Memory holds a few articles at a time: each article's text is written as it is read, its events
 * are staged in SQLite's temporary file (EventStaging), and the merge reads them back a partition
 * at a time.
 */
export function seedCorpus(options: SeedOptions): SeedSummary {
  return withHeapGrowth(HEAP_GROWTH_PERCENT, () => seedWithin(options));
}

function seedWithin(options: SeedOptions): SeedSummary {
  const log = options.log ?? (() => {});
  const warn = options.warn ?? log;
  const actorsText = fs.readFileSync(options.actorsFile, 'utf8');
  const gazetteer = parseGazetteer(actorsText, options.actorsFile);
  const files = listArticleFiles(options.articlesDir);
  const workers = options.workers ?? (files.length >= FILES_WORTH_WORKERS ? os.availableParallelism() : 0);
  const db = openDatabase(options.databaseFile);
  const writer = new CorpusWriter(db);
  const summary: SeedSummary = { sources: 0, paragraphs: 0, events: 0, citations: 0, discoveredActors: 0, bytes: 0, workers, merge: { partitions: 0, largestPartition: 0 }, skipped: [] };
  let extractor: ArticleExtractor | undefined;
  try {
    extractor = workers > 0 ? new ExtractionPool(workers, { actorsText, actorsFile: options.actorsFile }) : new InlineExtractor(gazetteer);
    writer.begin();
    writer.addActors(gazetteer);
    const staging = new EventStaging(db);
    const discovered = new DiscoveredActors();
    // Articles parsed and submitted, waiting for their extraction, in file order.
    const waiting: { file: string; article: ParsedArticle }[] = [];
    const store = ({ file, article }: { file: string; article: ParsedArticle }, staged: StagedArticle) => {
      writer.addSource({ slug: article.slug, file, frontMatter: article.frontMatter }, staged.source);
      staging.addArticle(summary.sources, staged);
      discovered.add(staged.actors);
      summary.paragraphs += article.paragraphs.length;
      summary.sources++;
    };
    for (const file of files) {
      const read = readArticleFile(path.join(options.articlesDir, file), file);
      if ('skipped' in read) {
        summary.skipped.push(read.skipped);
        warn(`skipped ${read.skipped.message}`);
        continue;
      }
      const article = parseArticle(file, read.content);
      summary.bytes += Buffer.byteLength(read.content);
      waiting.push({ file, article });
      extractor.submit(toArticleInput(article));
      while (extractor.pending > workers * AHEAD_PER_WORKER) store(waiting.shift()!, extractor.take());
    }
    while (extractor.pending > 0) store(waiting.shift()!, extractor.take());
    // The workers' heaps are of no more use: let them go before the merge needs memory.
    extractor.close();
    summary.merge = runCorpusStages(staging);
    summary.discoveredActors = writer.addDiscoveredActors(discovered.entries());
    const written = writer.addEvents(staging.mergedInOrder());
    raiseEstimatesToReportedHappenings(db);
    writer.commit();
    summary.events = written.events;
    summary.citations = written.citations;
    log(
      `seeded ${summary.sources} sources, ${summary.paragraphs} paragraphs, ${summary.events} events, ` +
        `${summary.citations} citations, ${summary.discoveredActors} actors found in the text (merged in ${summary.merge.partitions} partitions, the largest of ` +
        `${summary.merge.largestPartition} events); skipped ${summary.skipped.length} files`,
    );
    return summary;
  } catch (error) {
    writer.rollback();
    throw error;
  } finally {
    extractor?.close();
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
