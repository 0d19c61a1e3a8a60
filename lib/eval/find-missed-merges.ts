import type { ExtractedEvent } from '../extract/types';
import { paragraphKey } from './paragraph-key';
import type { GoldEvent, MissedMerge, Ratio } from './types';
import { ratio } from './ratio';

/**
 * A gold event cited by two or more sources is merged when one extracted event cites, in every one of those
 * sources, at least one of the gold event's paragraphs. Otherwise the extractor split (or lost) the happening.
 */
export function findMissedMerges(
  gold: readonly GoldEvent[],
  extracted: readonly ExtractedEvent[],
): { merges: Ratio; missed: MissedMerge[] } {
  const crossSource = gold.filter((event) => sourcesOf(event).length >= 2);
  const missed: MissedMerge[] = [];
  for (const goldEvent of crossSource) {
    const sources = sourcesOf(goldEvent);
    const holders = holdersOf(goldEvent, extracted);
    if (holders.some((holder) => holder.sources.length === sources.length)) continue;
    missed.push({ goldId: goldEvent.id, sources, holders });
  }
  return { merges: ratio(crossSource.length - missed.length, crossSource.length), missed };
}

function sourcesOf(event: GoldEvent): string[] {
  return [...new Set(event.citations.map((citation) => citation.source))].sort();
}

/** Extracted events citing any of the gold event's paragraphs, with the gold sources each of them covers. */
function holdersOf(goldEvent: GoldEvent, extracted: readonly ExtractedEvent[]): MissedMerge['holders'] {
  const goldKeys = new Set(goldEvent.citations.map(paragraphKey));
  return extracted
    .map((event) => ({
      extractedId: event.id,
      sources: [...new Set(event.citations.filter((c) => goldKeys.has(paragraphKey(c))).map((c) => c.source))].sort(),
    }))
    .filter((holder) => holder.sources.length > 0);
}
