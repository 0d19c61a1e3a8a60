// A corpus with discovered actors, for the seed, query, API and CLI tests: the real extraction of
// data/articles without the actors its text reveals (so the tests know every discovered actor
// stored), to which the first article adds actors
// found in its text, one of them named by its first event. It is stored through the seed's own
// stages (staging, merge, CorpusWriter), as seedCorpus stores what extraction hands back.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { listArticleFiles } from '../../lib/articles/list-article-files';
import { parseArticle } from '../../lib/articles/parse-article';
import { toArticleInput } from '../../lib/articles/to-article-input';
import { extractArticle } from '../../lib/extract';
import { parseGazetteer } from '../../lib/extract/actors';
import type { ActorEntry, Gazetteer } from '../../lib/extract/actors/types';
import type { ArticleExtraction } from '../../lib/extract/types';
import { CorpusWriter } from '../../lib/seed/corpus-writer';
import { DiscoveredActors } from '../../lib/seed/discovered-actors';
import { EventStaging } from '../../lib/seed/event-staging';
import { runCorpusStages } from '../../lib/extract';
import { stageArticle } from '../../lib/seed/staged-article';
import { ACTORS, ARTICLES } from './migrated-database';

export const gazetteer: Gazetteer = parseGazetteer(fs.readFileSync(ACTORS, 'utf8'), ACTORS);

function discovered(slug: string, name: string, kind: ActorEntry['kind'], aliases: string[], evidence: string, affiliation: string | null = null): ActorEntry {
  return { slug, name, kind, aliases, affiliation, roles: [], demonyms: [], discovered: true, evidence };
}

/** A discovered group named by an event, a discovered person in it, and one that takes a curated slug. */
export const DISCOVERED: ActorEntry[] = [
  discovered('gulf-shipping-council', 'Gulf Shipping Council', 'group', ['GSC', 'the Council'], '“the Gulf Shipping Council said” (¶2)'),
  discovered('hamas', 'HAMAS (found)', 'group', ['Qarventa'], '“Hamas said” (¶1)'),
  discovered('lena-varga', 'Lena Varga', 'person', ['Varga'], 'title “spokeswoman” before the name (¶4)', 'gulf-shipping-council'),
];
/** The discovered actor the first event names. */
export const NAMED_DISCOVERED = 'gulf-shipping-council';

/** The real extraction of every article, the first with DISCOVERED added and named by its first event. */
export function extractionsWithDiscovered(): ArticleExtraction[] {
  const extractions = listArticleFiles(ARTICLES).map((file) =>
    withoutOwnDiscovered(extractArticle(toArticleInput(parseArticle(file, fs.readFileSync(path.join(ARTICLES, file), 'utf8'))), { gazetteer })),
  );
  const [first, ...rest] = extractions;
  const [event, ...events] = first.events;
  const named = { ...event, actors: [...event.actors, NAMED_DISCOVERED].sort() };
  return [{ ...first, events: [named, ...events], actors: DISCOVERED }, ...rest];
}

/** An extraction without the actors its own text revealed, so that the fixture's are the only discovered ones. */
function withoutOwnDiscovered(extraction: ArticleExtraction): ArticleExtraction {
  const own = new Set(extraction.actors.map((actor) => actor.slug));
  const keep = (slugs: string[]) => slugs.filter((slug) => !own.has(slug));
  const events = extraction.events.map((event) => ({ ...event, actors: keep(event.actors), ...(event.clauseActors ? { clauseActors: keep(event.clauseActors) } : {}) }));
  return { ...extraction, events, actors: [] };
}

/** Stores extractions in the migrated database `file` as the seed does once extraction is done. */
export function storeExtractions(file: string, extractions: ArticleExtraction[]): void {
  const db = new Database(file);
  const writer = new CorpusWriter(db);
  try {
    writer.begin();
    writer.addActors(gazetteer);
    const staging = new EventStaging(db);
    const found = new DiscoveredActors();
    extractions.forEach((extraction, article) => {
      const staged = stageArticle(extraction);
      const slug = extraction.source.slug;
      writer.addSource({ slug, file: `${slug}.md`, frontMatter: {} }, staged.source);
      staging.addArticle(article, staged);
      found.add(staged.actors);
    });
    runCorpusStages(staging);
    writer.addDiscoveredActors(found.entries());
    writer.addEvents(staging.mergedInOrder());
    writer.commit();
  } catch (error) {
    writer.rollback();
    throw error;
  } finally {
    db.close();
  }
}

/** Fills a database with the corpus with discovered actors. */
export function seedWithDiscovered(file: string): void {
  storeExtractions(file, extractionsWithDiscovered());
}
