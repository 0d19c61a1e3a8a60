import type Database from 'better-sqlite3';
import type { ExtractedEvent, ExtractedSource } from '../extract/types';
import { corroboration } from '../extract/merge/corroboration';
import type { ActorEntry, Gazetteer } from '../extract/actors/types';
import type { FrontMatter } from '../articles/front-matter';
import { storeCorpusRevision } from './corpus-revision';
import { rebuildLaneCounts } from './lane-counts';
import { dropLookupIndexes } from './lookup-indexes';
import { rebuildSearchIndex } from './search-index';

export interface SourceFile {
  slug: string;
  file: string;
  frontMatter: FrontMatter;
}

/** The tables a seed replaces, children first: foreign keys cascade, but explicit order keeps the intent plain. */
const WRITTEN_TABLES = ['EventActor', 'Citation', 'Event', 'Paragraph', 'Source', 'Actor'];

/**
 * Replaces the stored corpus inside ONE transaction: readers (the running app) keep seeing the old
 * corpus until commit, and a seed that fails or is killed leaves it untouched (SQLite WAL rollback).
 * Ids are assigned in input order, so the same input always gives the same rows.
 * Use: begin() → addActors() → addSource()… → addDiscoveredActors() → addEvents() → commit();
 * rollback() on any error.
 * Events may come from a generator: only one is held at a time.
 * commit() also builds the lookup indexes begin() dropped, the full-text search index and the
 * per-lane counts from the written events, and records the corpus's revision.
 */
export class CorpusWriter {
  /** Per source slug: its id, and the id of its paragraph 1 (a source's paragraphs get consecutive ids). */
  private readonly sources = new Map<string, { id: number; firstParagraphId: number; paragraphs: number }>();
  private readonly actorIds = new Map<string, number>();
  private nextParagraphId = 1;
  private nextEventSeq = 1;
  private restoreIndexes: () => void = () => {};
  private readonly insertSource: Database.Statement;
  private readonly insertParagraph: Database.Statement;

  constructor(private readonly db: Database.Database) {
    // Prepared once: the seed inserts one source and tens of paragraphs per article.
    this.insertSource = db.prepare(
      `INSERT INTO "Source" (id, slug, file, title, publisher, author, published, url, origin,
         referenceDate, referenceDateEstimated, referenceDateBasis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertParagraph = db.prepare('INSERT INTO "Paragraph" (id, sourceId, number, text, kind) VALUES (?, ?, ?, ?, ?)');
  }

  begin(): void {
    this.db.exec('BEGIN IMMEDIATE');
    // Rows may point at rows inserted later in the same seed (actor affiliations): check at commit.
    this.db.pragma('defer_foreign_keys = ON');
    this.restoreIndexes = dropLookupIndexes(this.db, WRITTEN_TABLES);
    for (const table of WRITTEN_TABLES) this.db.prepare(`DELETE FROM "${table}"`).run();
  }

  /** The gazetteer's actors, ids 1, 2, 3… by slug. */
  addActors(gazetteer: Gazetteer): void {
    this.insertActors([...gazetteer.actors].sort((a, b) => compare(a.slug, b.slug)));
  }

  /**
   * Actors found in the articles' text, ids after the gazetteer's. A slug the gazetteer (or an earlier
   * call) already has keeps its stored actor: a curated entry is never replaced or changed by a
   * discovered one, whose events then name the curated actor. Returns how many were written.
   */
  addDiscoveredActors(actors: ActorEntry[]): number {
    const fresh = actors.filter((actor) => !this.actorIds.has(actor.slug));
    this.insertActors(fresh.sort((a, b) => compare(a.slug, b.slug)));
    return fresh.length;
  }

  private insertActors(sorted: ActorEntry[]): void {
    const firstId = this.actorIds.size + 1;
    sorted.forEach((actor, i) => this.actorIds.set(actor.slug, firstId + i));
    const insert = this.db.prepare(
      'INSERT INTO "Actor" (id, slug, name, kind, aliases, affiliationId, discovered, evidence, media) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const actor of sorted) {
      insert.run(
        this.actorIds.get(actor.slug),
        actor.slug,
        actor.name,
        actor.kind,
        JSON.stringify(actor.aliases),
        // A discovered actor may name an affiliation nobody stored: it then belongs to no one.
        actor.affiliation === null ? null : (this.actorIds.get(actor.affiliation) ?? null),
        actor.discovered === true ? 1 : 0,
        actor.evidence ?? null,
        actor.media === true ? 1 : 0,
      );
    }
  }

  addSource(file: SourceFile, source: ExtractedSource): void {
    const id = this.sources.size + 1;
    this.sources.set(file.slug, { id, firstParagraphId: this.nextParagraphId, paragraphs: source.paragraphs.length });
    const fm = file.frontMatter;
    this.insertSource.run(
      id, file.slug, file.file, fm.title ?? null, fm.publisher ?? null, fm.author ?? null,
      fm.published ?? null, fm.url ?? null, fm.origin ?? null,
      source.referenceDate, source.referenceDateEstimated ? 1 : 0, source.referenceDateBasis,
    );
    for (const paragraph of source.paragraphs) {
      this.insertParagraph.run(this.nextParagraphId++, id, paragraph.number, paragraph.text, paragraph.kind);
    }
  }

  /** Writes the merged events in timeline order; returns how many events and citations it wrote. */
  addEvents(events: Iterable<ExtractedEvent>): { events: number; citations: number } {
    const insertEvent = this.db.prepare(
      `INSERT INTO "Event" (id, seq, title, summary, start, "end", precision, dateText, inferred, discrepancies,
         sourceCount, passageCount, mentionCount)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertActor = this.db.prepare('INSERT INTO "EventActor" (eventId, actorId) VALUES (?, ?)');
    const insertCitation = this.db.prepare(
      `INSERT INTO "Citation" (id, eventId, sourceId, paragraphId, quote, quoteStart, quoteEnd, stance, claimant, stanceCue, role, roleBasis, dateText, figures)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let citationId = 1;
    for (const event of events) {
      const { date } = event;
      const counts = corroboration(event.citations);
      insertEvent.run(
        event.id, this.nextEventSeq++, event.title, event.summary, date.start, date.end, date.precision, date.text,
        date.inferred === null ? null : JSON.stringify(date.inferred), JSON.stringify(event.discrepancies),
        counts.sourceCount, counts.passageCount, counts.mentionCount,
      );
      for (const slug of event.actors) insertActor.run(event.id, this.require(this.actorIds, slug, event));
      for (const citation of event.citations) {
        const source = this.require(this.sources, citation.source, event);
        if (citation.paragraph < 1 || citation.paragraph > source.paragraphs) {
          throw new Error(`event ${event.id} ("${event.title}") refers to unknown ${citation.source}#${citation.paragraph}`);
        }
        insertCitation.run(
          citationId++, event.id, source.id, source.firstParagraphId + citation.paragraph - 1,
          citation.quote, citation.start, citation.end, citation.stance, citation.claimant, citation.stanceCue, citation.role, citation.roleBasis, citation.dateText,
          JSON.stringify(citation.figures),
        );
      }
    }
    return { events: this.nextEventSeq - 1, citations: citationId - 1 };
  }

  commit(): void {
    // Before the rebuilds, which join events to their citations and actors through these indexes.
    this.restoreIndexes();
    rebuildSearchIndex(this.db);
    rebuildLaneCounts(this.db);
    storeCorpusRevision(this.db, WRITTEN_TABLES, new Date());
    this.db.exec('COMMIT');
  }

  rollback(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
  }

  private require<T>(ids: Map<string, T>, key: string, event: ExtractedEvent): T {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`event ${event.id} ("${event.title}") refers to unknown ${key}`);
    return id;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
