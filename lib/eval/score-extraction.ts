import type { ExtractedEvent } from '../extract/types';
import { extractedSpan, goldSpan } from './date-span';
import { findMissedMerges } from './find-missed-merges';
import { findWrongMerges } from './find-wrong-merges';
import { matchEvents } from './match-events';
import { distinctParagraphs } from './paragraph-key';
import { ratio } from './ratio';
import { scoreActors } from './score-actors';
import { scoreCitationRecall } from './score-citation-recall';
import type { EvalReport, GoldEvent } from './types';

/** Scores an extraction against the gold annotation. Pure: same inputs, same report. */
export function scoreExtraction(gold: GoldEvent[], extracted: ExtractedEvent[]): EvalReport {
  const matches = matchEvents(gold, extracted);
  const strict = matches.filter((pair) => pair.strict).length;
  const goldById = new Map(gold.map((event) => [event.id, event]));
  const extractedById = new Map(extracted.map((event) => [event.id, event]));
  const matchedGold = new Set(matches.map((pair) => pair.goldId));
  const matchedExtracted = new Set(matches.map((pair) => pair.extractedId));
  const { merges, missed } = findMissedMerges(gold, extracted);
  const actors = scoreActors(matches, goldById, extractedById);

  return {
    goldCount: gold.length,
    extractedCount: extracted.length,
    matches,
    precision: ratio(strict, extracted.length),
    recall: ratio(strict, gold.length),
    exactDateShare: ratio(strict, matches.length),
    merges,
    missedMerges: missed,
    wrongMerges: findWrongMerges(gold, extracted),
    actorPrecision: actors.precision,
    actorRecall: actors.recall,
    citationRecall: scoreCitationRecall(gold, matches, extractedById),
    unmatchedGold: gold
      .filter((event) => !matchedGold.has(event.id))
      .map((event) => ({ id: event.id, label: event.what, date: goldSpan(event), citations: distinctParagraphs(event.citations) })),
    unmatchedExtracted: extracted
      .filter((event) => !matchedExtracted.has(event.id))
      .map((event) => ({ id: event.id, label: event.title, date: extractedSpan(event), citations: distinctParagraphs(event.citations) })),
    dateMismatches: matches.filter((pair) => !pair.strict),
  };
}
