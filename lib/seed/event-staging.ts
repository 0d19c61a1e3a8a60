import type Database from 'better-sqlite3';
import type { YearSpan } from '../extract/merge/merge-partitions';
import type { KnownReport } from '../extract/merge/redate-to-known-happenings';
import type { ExtractedEvent } from '../extract/types';
import { type StagedArticle, type StagedEvent, stageEvent } from './staged-article';

/** Merged events are read back this many at a time, in timeline order. */
const PAGE = 500;

/**
 * Where the seed keeps events between extraction and the cross-article merge, so that memory holds
 * one article, or one merge partition, at a time instead of the whole corpus. TEMP tables live in
 * SQLite's temporary file (never in the database the app reads) and vanish with the connection, so a
 * failed or killed seed leaves nothing behind. Rows keep reading order: `article` is the article's
 * place in the seed, `position` the event's place in the article's extraction.
 */
export class EventStaging {
  private readonly insertStaged: Database.Statement;
  private readonly insertKnown: Database.Statement;
  private readonly insertMerged: Database.Statement;
  private readonly insertToDate: Database.Statement;
  /** The per-day, per-article and per-partition reads, prepared once: they run thousands of times. */
  private readonly select: Record<'knownReports' | 'yearlessEvents' | 'articleEvents' | 'partitionEvents', Database.Statement>;

  constructor(private readonly db: Database.Database) {
    // On disk, whatever the build's default: the point is not to hold the corpus in memory.
    db.pragma('temp_store = FILE');
    db.exec(`
      CREATE TEMP TABLE "StagedEvent" (
        article INTEGER NOT NULL, position INTEGER NOT NULL, family TEXT NOT NULL,
        firstYear INTEGER NOT NULL, lastYear INTEGER NOT NULL, yearlessDayKey TEXT, event TEXT NOT NULL,
        PRIMARY KEY (article, position)
      );
      CREATE INDEX temp."StagedEvent_partition" ON "StagedEvent" (family, firstYear);
      CREATE INDEX temp."StagedEvent_yearlessDayKey" ON "StagedEvent" (yearlessDayKey) WHERE yearlessDayKey IS NOT NULL;
      CREATE TEMP TABLE "KnownReport" (
        dayKey TEXT NOT NULL, article INTEGER NOT NULL, position INTEGER NOT NULL, report TEXT NOT NULL,
        PRIMARY KEY (dayKey, article, position)
      );
      CREATE TEMP TABLE "ArticleToDate" (article INTEGER PRIMARY KEY);
      CREATE TEMP TABLE "MergedEvent" (
        start TEXT NOT NULL, "end" TEXT NOT NULL, id TEXT NOT NULL, event TEXT NOT NULL,
        PRIMARY KEY (start, "end", id)
      );
    `);
    this.insertStaged = db.prepare(`INSERT OR REPLACE INTO "StagedEvent" VALUES (?, ?, ?, ?, ?, ?, ?)`);
    this.insertKnown = db.prepare(`INSERT INTO "KnownReport" VALUES (?, ?, ?, ?)`);
    this.insertMerged = db.prepare(`INSERT INTO "MergedEvent" VALUES (?, ?, ?, ?)`);
    this.insertToDate = db.prepare(`INSERT OR IGNORE INTO "ArticleToDate" VALUES (?)`);
    this.select = {
      knownReports: db.prepare(`SELECT report FROM "KnownReport" WHERE dayKey = ? ORDER BY article, position`),
      yearlessEvents: db.prepare(`SELECT article, position, event FROM "StagedEvent" WHERE yearlessDayKey = ? ORDER BY article, position`),
      articleEvents: db.prepare(`SELECT event FROM "StagedEvent" WHERE article = ? ORDER BY position`),
      partitionEvents: db.prepare(`SELECT event FROM "StagedEvent" WHERE family = ? AND firstYear BETWEEN ? AND ? ORDER BY article, position`),
    };
  }

  /** One article's events as extracted; the reports of known happenings among them are kept as they are now. */
  addArticle(article: number, { events, datesAlone }: StagedArticle): void {
    this.writeEvents(article, events);
    events.forEach((event, position) => {
      if (event.knownReport !== null) this.insertKnown.run(event.knownReport.dayKey, article, position, event.knownReport.json);
    });
    if (datesAlone) this.insertToDate.run(article);
  }

  /** Days (family and month-day) that events state without a year and some known report states with one. */
  daysToDate(): string[] {
    const rows = this.db
      .prepare(`SELECT DISTINCT yearlessDayKey AS day FROM "StagedEvent" WHERE yearlessDayKey IN (SELECT dayKey FROM "KnownReport") ORDER BY day`)
      .all() as { day: string }[];
    return rows.map((row) => row.day);
  }

  /** The reports of known happenings on one day, in reading order. */
  knownReports(day: string): KnownReport[] {
    const rows = this.select.knownReports.all(day) as { report: string }[];
    return rows.map((row) => JSON.parse(row.report) as KnownReport);
  }

  /** The events that state this day without a year, with their place. */
  yearlessEvents(day: string): { article: number; position: number; event: ExtractedEvent }[] {
    const rows = this.select.yearlessEvents.all(day) as { article: number; position: number; event: string }[];
    return rows.map(({ article, position, event }) => ({ article, position, event: JSON.parse(event) as ExtractedEvent }));
  }

  /** Replaces one event and marks its article for dating again. */
  replaceEvent(article: number, position: number, event: ExtractedEvent): void {
    this.writeEvent(article, position, stageEvent(event));
    this.insertToDate.run(article);
  }

  /** Articles the dating stages may still change: dated alone, or with an event replaced. */
  articlesToDate(): number[] {
    const rows = this.db.prepare(`SELECT article FROM "ArticleToDate" ORDER BY article`).all() as { article: number }[];
    return rows.map((row) => row.article);
  }

  articleEvents(article: number): ExtractedEvent[] {
    const rows = this.select.articleEvents.all(article) as { event: string }[];
    return rows.map((row) => JSON.parse(row.event) as ExtractedEvent);
  }

  /** Stages an article's events, replacing those staged before (re-dating keeps their count and order). */
  replaceArticle(article: number, events: ExtractedEvent[]): void {
    this.writeEvents(article, events.map(stageEvent));
  }

  /** Each family's staged year spans, one row per family and first year. */
  yearSpans(): YearSpan[] {
    return this.db
      .prepare(`SELECT family, firstYear AS first, MAX(lastYear) AS last FROM "StagedEvent" GROUP BY family, firstYear`)
      .all() as YearSpan[];
  }

  /** Every staged event of one merge partition, in reading order. */
  partitionEvents(partition: YearSpan): ExtractedEvent[] {
    // Row by row: the largest partition's JSON text alone is tens of MB, and need not live beside its events.
    const rows = this.select.partitionEvents.pluck().iterate(partition.family, partition.first, partition.last) as IterableIterator<string>;
    const events: ExtractedEvent[] = [];
    for (const json of rows) events.push(JSON.parse(json) as ExtractedEvent);
    return events;
  }

  addMerged(events: ExtractedEvent[]): void {
    for (const event of events) this.insertMerged.run(event.date.start, event.date.end, event.id, JSON.stringify(event));
  }

  /** The merged events of every partition in timeline order (start, end, id), a page at a time. */
  *mergedInOrder(): Generator<ExtractedEvent> {
    const first = this.db.prepare(`SELECT start, "end", id, event FROM "MergedEvent" ORDER BY start, "end", id LIMIT ${PAGE}`);
    const next = this.db.prepare(
      `SELECT start, "end", id, event FROM "MergedEvent" WHERE (start, "end", id) > (?, ?, ?) ORDER BY start, "end", id LIMIT ${PAGE}`,
    );
    type Row = { start: string; end: string; id: string; event: string };
    // Whole pages, not an open cursor: the caller writes to the same connection between pages.
    for (let page = first.all() as Row[]; page.length > 0; ) {
      for (const row of page) yield JSON.parse(row.event) as ExtractedEvent;
      const last = page[page.length - 1];
      page = next.all(last.start, last.end, last.id) as Row[];
    }
  }

  private writeEvents(article: number, events: StagedEvent[]): void {
    events.forEach((event, position) => this.writeEvent(article, position, event));
  }

  private writeEvent(article: number, position: number, e: StagedEvent): void {
    this.insertStaged.run(article, position, e.family, e.firstYear, e.lastYear, e.yearlessDayKey, e.json);
  }
}
