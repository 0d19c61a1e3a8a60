import type { ExtractedEvent } from '../extract/types';
import { distinctParagraphs, paragraphKey } from './paragraph-key';
import type { GoldEvent, WrongMerge } from './types';

/**
 * An extracted event is a wrong merge when no single gold event accounts for all of its gold-cited paragraphs.
 * A paragraph that reports two happenings (e.g. "four days before the attack, on October 3, …") belongs to both,
 * so citing it alone never makes a wrong merge; citing paragraphs exclusive to two happenings does.
 */
export function findWrongMerges(gold: readonly GoldEvent[], extracted: readonly ExtractedEvent[]): WrongMerge[] {
  const goldByParagraph = indexGoldByParagraph(gold);
  const wrong: WrongMerge[] = [];
  for (const event of extracted) {
    const paragraphs = distinctParagraphs(event.citations).filter((ref) => goldByParagraph.has(paragraphKey(ref)));
    const owners = paragraphs.map((ref) => goldByParagraph.get(paragraphKey(ref))!);
    const common = owners.reduce((acc, ids) => acc.filter((id) => ids.includes(id)), owners[0] ?? []);
    if (owners.length === 0 || common.length > 0) continue;
    const hitIds = [...new Set(owners.flat())].sort();
    wrong.push({
      extractedId: event.id,
      hits: hitIds.map((goldId) => ({
        goldId,
        citations: paragraphs.filter((ref) => goldByParagraph.get(paragraphKey(ref))!.includes(goldId)),
      })),
    });
  }
  return wrong;
}

function indexGoldByParagraph(gold: readonly GoldEvent[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const event of gold) {
    for (const citation of event.citations) {
      const key = paragraphKey(citation);
      index.set(key, [...(index.get(key) ?? []), event.id]);
    }
  }
  return index;
}
