import type { ActorEntry } from '../extract/actors/types';
import { dateAcrossSources } from '../extract';
import { bucketFamily, bucketYears } from '../extract/merge/bucket-keys';
import { knownDayKey, toKnownReport, yearlessDayKey } from '../extract/merge/redate-to-known-happenings';
import type { ArticleExtraction, ExtractedEvent, ExtractedSource } from '../extract/types';

/** One event as EventStaging stores it: serialised, with the keys the corpus stages look it up by. */
export interface StagedEvent {
  family: string;
  firstYear: number;
  lastYear: number;
  yearlessDayKey: string | null;
  /** When the event states the year of a day others may borrow: the day, and what dating reads of it. */
  knownReport: { dayKey: string; json: string } | null;
  json: string;
}

/** One article's extraction, ready to store: what extraction threads hand back to the seed. */
export interface StagedArticle {
  source: ExtractedSource;
  events: StagedEvent[];
  /** The corpus's dating stages change this article's events even with no other article. */
  datesAlone: boolean;
  /** Actors the article's events name that the gazetteer does not list. */
  actors: ActorEntry[];
}

export function stageEvent(event: ExtractedEvent): StagedEvent {
  const { first, last } = bucketYears(event);
  const dayKey = knownDayKey(event);
  return {
    family: bucketFamily(event),
    firstYear: first,
    lastYear: last,
    yearlessDayKey: yearlessDayKey(event),
    knownReport: dayKey === null ? null : { dayKey, json: JSON.stringify(toKnownReport(event)) },
    json: JSON.stringify(event),
  };
}

/** Serialising here, not on the seed's thread, keeps that thread free to write. */
export function stageArticle({ source, events, actors }: ArticleExtraction): StagedArticle {
  const datesAlone = dateAcrossSources(events, events).some((event, i) => event !== events[i]);
  return { source, events: events.map(stageEvent), datesAlone, actors };
}
