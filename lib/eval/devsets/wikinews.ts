// Scores an extraction of the wikinews-apple dev set: event anchoring and entity timelines.
import type { Gazetteer } from '../../extract/actors/types';
import type { CorpusExtraction } from '../../extract/types';
import { percent } from '../thresholds';
import { anchoringTriples } from './anchoring-triples';
import { scoreAnchoring, type AnchoringScore } from './score-anchoring';
import { scoreEntityTimelines, type EntityTimelinesScore } from './score-entity-timelines';
import type { WikinewsGold } from './wikinews-gold';

export interface WikinewsReport {
  articles: number;
  extractedEvents: number;
  anchoring: AnchoringScore;
  timelines: EntityTimelinesScore;
}

export interface WikinewsThresholds {
  anchoringRecall: number;
  entityRecall: number;
  entityPrecision: number;
}

/** The actors a reader can filter by are the gazetteer's and the ones the extraction discovered. */
export function scoreWikinews(gold: WikinewsGold, extraction: CorpusExtraction, gazetteer: Gazetteer): WikinewsReport {
  return {
    articles: Object.keys(gold.docs).length,
    extractedEvents: extraction.events.length,
    anchoring: scoreAnchoring(anchoringTriples(gold), extraction.events),
    timelines: scoreEntityTimelines(gold, [...gazetteer.actors, ...extraction.actors], extraction.events),
  };
}

/** The thresholds a report misses, in words; empty when it passes. */
export function missedWikinewsThresholds(report: WikinewsReport, thresholds: WikinewsThresholds): string[] {
  const shares: [string, number, number][] = [
    ['wikinews anchoring recall', report.anchoring.paragraph.share, thresholds.anchoringRecall],
    ['wikinews entity recall', report.timelines.macroRecall, thresholds.entityRecall],
    ['wikinews entity precision', report.timelines.macroPrecision, thresholds.entityPrecision],
  ];
  return shares.filter(([, share, minimum]) => share < minimum).map(([name, share, minimum]) => `${name} ${percent(share)} < ${percent(minimum)}`);
}
