import type { ExtractedEvent } from '../extract/types';
import { paragraphKey } from './paragraph-key';
import type { GoldEvent, MatchedPair, Ratio } from './types';
import { ratio } from './ratio';

/** Share of all gold paragraphs that the matched extracted event cites; unmatched gold events find none. */
export function scoreCitationRecall(
  gold: readonly GoldEvent[],
  pairs: readonly MatchedPair[],
  extractedById: ReadonlyMap<string, ExtractedEvent>,
): Ratio {
  const partnerOf = new Map(pairs.map((pair) => [pair.goldId, extractedById.get(pair.extractedId)!]));
  let found = 0;
  let total = 0;
  for (const event of gold) {
    const partner = partnerOf.get(event.id);
    const cited = new Set(partner?.citations.map(paragraphKey) ?? []);
    const goldKeys = new Set(event.citations.map(paragraphKey));
    total += goldKeys.size;
    found += [...goldKeys].filter((key) => cited.has(key)).length;
  }
  return ratio(found, total);
}
