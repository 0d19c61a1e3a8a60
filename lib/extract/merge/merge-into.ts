import type { Citation, ExtractedEvent } from '../types';
import { citationKey } from './citation-key';
import { mergeActors } from './merge-actors';
import { compareCitations } from './compare-citations';
import { precisionRank } from './precision-rank';
import { titlesBetter } from './title-rank';
import { combineNamings, mergedTitle, namingsOf } from './title-choice';
import { sortedUnion as union } from './sorted-union';


/**
 * One event from two reports of a happening: all citations and actors, and the finer date. The title
 * and summary use the wording the sources share (see mergedTitle), else come from the report whose
 * title serves best (see titleRank), which need not be the one with the finer date; no choice
 * depends on which report was met first.
 */
export function mergeInto(a: ExtractedEvent, b: ExtractedEvent): ExtractedEvent {
  const lead = leads(a, b) ? a : b;
  const namings = combineNamings(namingsOf(a), namingsOf(b));
  const titled = mergedTitle(namings) ?? (titlesBetter(a, b) ? a : b);
  const citations = distinctCitations([...a.citations, ...b.citations].sort(compareCitations));
  return {
    ...lead,
    title: titled.title,
    summary: titled.summary,
    namings,
    actors: union(a.actors, b.actors),
    clauseActors: union(mergeActors(a), mergeActors(b)),
    citations,
    rules: union(union(a.rules, b.rules), ['merge:same-happening']),
    signature: {
      family: lead.signature?.family ?? 'reference',
      terms: union(a.signature?.terms ?? [], b.signature?.terms ?? []),
      places: union(a.signature?.places ?? [], b.signature?.places ?? []),
    },
  };
}

/** Whose date the merged event keeps: the finer, then the report read first. */
function leads(a: ExtractedEvent, b: ExtractedEvent): boolean {
  const byPrecision = precisionRank(a.date.precision) - precisionRank(b.date.precision);
  if (byPrecision !== 0) return byPrecision < 0;
  return compareCitations(a.citations[0], b.citations[0]) <= 0;
}

/**
 * Two reports read from the same spot of a paragraph are one citation (the first in order); when
 * either read it as reporting the happening, it does.
 */
function distinctCitations(sorted: Citation[]): Citation[] {
  const byKey = new Map<string, Citation>();
  for (const citation of sorted) {
    const key = citationKey(citation);
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, citation);
    else if (first.role === 'mention' && citation.role === 'report') byKey.set(key, { ...first, role: 'report', roleBasis: null });
  }
  return [...byKey.values()];
}
