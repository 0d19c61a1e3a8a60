// Entity timelines: for each gold entity, are its happenings on the timeline at a fitting date,
// and are the events shown for it its own?
import type { ActorEntry } from '../../extract/actors/types';
import type { ExtractedEvent } from '../../extract/types';
import { extractedSpan } from '../date-span';
import { ratio } from '../ratio';
import type { DateSpan, Ratio } from '../types';
import { compatibleDates, exactDates } from './date-compatibility';
import { entityEvents, type EntityEvents } from './entity-events';
import { entityNames } from './entity-names';
import { timelineDateSpan } from './timeml-span';
import type { GoldTimelineRow, WikinewsGold } from './wikinews-gold';

export interface EntityScore extends Omit<EntityEvents, 'events'> {
  entity: string;
  /** The entity's events that cite an article of the set: the precision denominator. */
  events: ExtractedEvent[];
  /** Dated rows cited by one of the entity's events at a fitting date. */
  recall: Ratio;
  /** …at exactly the row's days. */
  exact: Ratio;
  /** Undated rows (`XXXX-XX-XX`) cited by one of the entity's events, whatever its date. */
  undated: Ratio;
  /** The entity's events citing a paragraph of one of its rows (dated or not). `total` 0: no events, no precision. */
  precision: Ratio;
  /** Dated rows missed, with the dates of the entity's events that cite them (none: not cited). */
  missedRows: { row: GoldTimelineRow; dates: DateSpan[] }[];
  /** The entity's events citing none of its rows. */
  unmatchedEvents: ExtractedEvent[];
}

export interface EntityTimelinesScore {
  entities: EntityScore[];
  /** Mean of the entities' recall shares. */
  macroRecall: number;
  /**
   * Mean of the precision shares of the entities the system shows events for; 0 when it shows none
   * for any (an empty timeline is not a precise one).
   */
  macroPrecision: number;
}

/**
 * Precision counts every paragraph of every article of the set: the trial timelines were annotated
 * over whole documents (rows cite paragraphs 6 to 20 as well), unlike MEANTIME's sentences 1–5, so
 * an event citing a paragraph outside every row is one the annotators left out of the entity's
 * timeline. Events citing no article of the set (when the eval runs on a larger corpus) are not judged.
 */
export function scoreEntityTimelines(gold: WikinewsGold, actors: readonly ActorEntry[], events: readonly ExtractedEvent[]): EntityTimelinesScore {
  const sources = new Set(Object.keys(gold.docs));
  const entities = Object.keys(gold.timelines)
    .sort()
    .map((entity) => {
      const found = entityEvents(entityNames(gold, entity), actors, events);
      return scoreEntity(entity, gold.timelines[entity], { ...found, events: found.events.filter((event) => event.citations.some((c) => sources.has(c.source))) });
    });
  const judged = entities.filter((score) => score.precision.total > 0);
  return {
    entities,
    macroRecall: mean(entities.map((score) => score.recall.share)),
    macroPrecision: judged.length === 0 ? 0 : mean(judged.map((score) => score.precision.share)),
  };
}

function scoreEntity(entity: string, rows: readonly GoldTimelineRow[], found: EntityEvents): EntityScore {
  const counts = { recall: 0, exact: 0, undated: 0 };
  const missedRows: EntityScore['missedRows'] = [];
  const datedRows = rows.filter((row) => timelineDateSpan(row.date) !== null);
  for (const row of rows) {
    const gold = timelineDateSpan(row.date);
    const citing = found.events.filter((event) => citesRow(event, row));
    if (gold === null) {
      if (citing.length > 0) counts.undated += 1;
      continue;
    }
    const dates = citing.map(extractedSpan);
    if (dates.some((date) => compatibleDates(gold, date))) counts.recall += 1;
    else missedRows.push({ row, dates });
    if (dates.some((date) => exactDates(gold, date))) counts.exact += 1;
  }
  const unmatchedEvents = found.events.filter((event) => !rows.some((row) => citesRow(event, row)));
  return {
    entity,
    foundBy: found.foundBy,
    actorSlugs: found.actorSlugs,
    events: found.events,
    recall: ratio(counts.recall, datedRows.length),
    exact: ratio(counts.exact, datedRows.length),
    undated: ratio(counts.undated, rows.length - datedRows.length),
    precision: ratio(found.events.length - unmatchedEvents.length, found.events.length),
    missedRows,
    unmatchedEvents,
  };
}

function citesRow(event: ExtractedEvent, row: GoldTimelineRow): boolean {
  return event.citations.some((citation) => row.mentions.some((mention) => mention.slug === citation.source && mention.paragraph === citation.paragraph));
}

function mean(shares: number[]): number {
  return shares.length === 0 ? 0 : shares.reduce((sum, share) => sum + share, 0) / shares.length;
}
