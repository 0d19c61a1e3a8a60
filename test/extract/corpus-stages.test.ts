import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle, mergeArticles, runCorpusStages, type CorpusEventStore } from '../../lib/extract';
import { bucketFamily, bucketYears } from '../../lib/extract/merge/bucket-keys';
import { compareEvents } from '../../lib/extract/merge/compare-events';
import { knownDayKey, yearlessDayKey } from '../../lib/extract/merge/redate-to-known-happenings';
import type { ExtractedEvent } from '../../lib/extract/types';
import { fixtureOptions, loadFixture } from './fixtures/load-fixture';

/** The corpus kept in memory, read the way the seed's staging tables are read. */
class MemoryStore implements CorpusEventStore {
  merged: ExtractedEvent[] = [];
  constructor(private readonly articles: ExtractedEvent[][]) {}
  private all() {
    return this.articles.flatMap((events, article) => events.map((event, position) => ({ article, position, event })));
  }
  daysToDate() {
    const known = new Set(this.all().map(({ event }) => knownDayKey(event)));
    return [...new Set(this.all().map(({ event }) => yearlessDayKey(event)))].filter((day): day is string => day !== null && known.has(day));
  }
  knownReports(day: string) {
    return this.all().map(({ event }) => event).filter((event) => knownDayKey(event) === day);
  }
  yearlessEvents(day: string) {
    return this.all().filter(({ event }) => yearlessDayKey(event) === day);
  }
  replaceEvent(article: number, position: number, event: ExtractedEvent) {
    this.articles[article][position] = event;
  }
  articlesToDate() {
    return this.articles.map((_, article) => article);
  }
  articleEvents(article: number) {
    return [...this.articles[article]];
  }
  replaceArticle(article: number, events: ExtractedEvent[]) {
    this.articles[article] = events;
  }
  yearSpans() {
    return this.all().map(({ event }) => ({ family: bucketFamily(event), ...bucketYears(event) }));
  }
  partitionEvents(partition: { family: string; first: number; last: number }) {
    return this.all().map(({ event }) => event).filter((event) => bucketFamily(event) === partition.family && bucketYears(event).first >= partition.first && bucketYears(event).first <= partition.last);
  }
  addMerged(events: ExtractedEvent[]) {
    this.merged.push(...events);
  }
}

const options = fixtureOptions();
const extractions = ['state-election', 'kharkiv-offensive', 'kharkiv-analysis'].map((slug) => extractArticle(loadFixture(slug), options));

test('the corpus stages run piece by piece over a store give what one pass over the corpus gives', () => {
  const store = new MemoryStore(extractions.map((e) => [...e.events]));
  const figures = runCorpusStages(store);
  assert.ok(figures.partitions > 0 && figures.largestPartition > 0);
  assert.deepEqual(store.merged.sort(compareEvents), mergeArticles(extractions).events);
});

test('negative: an empty store runs no stage and merges nothing', () => {
  const store = new MemoryStore([]);
  assert.deepEqual(runCorpusStages(store), { partitions: 0, largestPartition: 0 });
  assert.deepEqual(store.merged, []);
});
