import type { ExtractedEvent } from '../extract/types';
import type { GoldEvent, MatchedPair, Ratio } from './types';
import { ratio } from './ratio';

/** Micro precision and recall of actor slugs over matched pairs: wrong dates still say who took part. */
export function scoreActors(
  pairs: readonly MatchedPair[],
  goldById: ReadonlyMap<string, GoldEvent>,
  extractedById: ReadonlyMap<string, ExtractedEvent>,
): { precision: Ratio; recall: Ratio } {
  let agreed = 0;
  let extractedTotal = 0;
  let goldTotal = 0;
  for (const pair of pairs) {
    const goldActors = new Set(goldById.get(pair.goldId)!.actors);
    const extractedActors = new Set(extractedById.get(pair.extractedId)!.actors);
    agreed += [...extractedActors].filter((slug) => goldActors.has(slug)).length;
    extractedTotal += extractedActors.size;
    goldTotal += goldActors.size;
  }
  return { precision: ratio(agreed, extractedTotal), recall: ratio(agreed, goldTotal) };
}
