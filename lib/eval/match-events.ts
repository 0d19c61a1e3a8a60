import type { ExtractedEvent } from '../extract/types';
import { extractedSpan, goldSpan, sameSpan, spanDistance } from './date-span';
import { distinctParagraphs, paragraphKey } from './paragraph-key';
import type { GoldEvent, MatchedPair } from './types';

interface Candidate {
  gold: GoldEvent;
  extracted: ExtractedEvent;
  shared: MatchedPair['shared'];
  distance: number;
}

/**
 * Pairs gold and extracted events one-to-one. A pair is a candidate when both cite a common paragraph;
 * candidates are taken greedily, most shared paragraphs first, then closest dates, then ids, so the
 * result does not depend on input order. Returned in gold order.
 */
export function matchEvents(gold: readonly GoldEvent[], extracted: readonly ExtractedEvent[]): MatchedPair[] {
  const candidates = findCandidates(gold, extracted).sort(
    (a, b) =>
      b.shared.length - a.shared.length ||
      a.distance - b.distance ||
      compareText(a.gold.id, b.gold.id) ||
      compareText(a.extracted.id, b.extracted.id),
  );
  const usedGold = new Set<GoldEvent>();
  const usedExtracted = new Set<ExtractedEvent>();
  const pairs: Candidate[] = [];
  for (const candidate of candidates) {
    if (usedGold.has(candidate.gold) || usedExtracted.has(candidate.extracted)) continue;
    usedGold.add(candidate.gold);
    usedExtracted.add(candidate.extracted);
    pairs.push(candidate);
  }
  const goldOrder = new Map(gold.map((event, index) => [event, index]));
  return pairs
    .sort((a, b) => goldOrder.get(a.gold)! - goldOrder.get(b.gold)!)
    .map(({ gold: g, extracted: e, shared }) => ({
      goldId: g.id,
      extractedId: e.id,
      shared,
      gold: goldSpan(g),
      extracted: extractedSpan(e),
      strict: sameSpan(goldSpan(g), extractedSpan(e)),
    }));
}

function findCandidates(gold: readonly GoldEvent[], extracted: readonly ExtractedEvent[]): Candidate[] {
  const extractedParagraphs = extracted.map((event) => ({ event, paragraphs: distinctParagraphs(event.citations) }));
  const candidates: Candidate[] = [];
  for (const goldEvent of gold) {
    const goldKeys = new Set(goldEvent.citations.map(paragraphKey));
    for (const { event, paragraphs } of extractedParagraphs) {
      const shared = paragraphs.filter((ref) => goldKeys.has(paragraphKey(ref)));
      if (shared.length === 0) continue;
      const distance = spanDistance(goldSpan(goldEvent), extractedSpan(event));
      candidates.push({ gold: goldEvent, extracted: event, shared, distance });
    }
  }
  return candidates;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
