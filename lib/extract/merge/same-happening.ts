import type { ExtractedEvent } from '../types';
import { datesOverlap } from './dates-overlap';
import { mergeActors } from './merge-actors';
import { MIN_SIMILARITY } from './merge-thresholds';
import { overlapShare } from './overlap-share';

const STATEMENT = 'statement';

/**
 * Whether two events report one happening. The kind of happening must agree and the dates overlap.
 * On one and the same day, sharing an actor is enough; otherwise the events must share most actors
 * or title words and not be set in different places. Within one article (`lenient`) a side naming
 * no actor also joins: an article refers back to what it told. Across articles it never does on the
 * kind and the day alone, so unrelated articles do not merge on a stock verb ("said on Monday").
 */
export function sameHappening(a: ExtractedEvent, b: ExtractedEvent, lenient: boolean): boolean {
  if (a.signature?.family !== b.signature?.family || !datesOverlap(a.date, b.date)) return false;
  const actorsA = mergeActors(a);
  const actorsB = mergeActors(b);
  const actorShare = overlapShare(actorsA, actorsB);
  // "Investigators said …" and, later, "the company said …": two speakers' statements, whoever is named.
  const noActors = (actorsA.length === 0 || actorsB.length === 0) && a.signature?.family !== STATEMENT;
  const sameDay = a.date.precision === 'day' && b.date.precision === 'day' && a.date.start === b.date.start;
  if (sameDay && (actorShare > 0 || (lenient && noActors))) return true;
  if (placesConflict(a, b)) return false;
  if (lenient && noActors) return true;
  // Two articles naming different participants report different happenings, however alike their words.
  if (!lenient && !noActors && actorShare === 0) return false;
  return Math.max(actorShare, overlapShare(a.signature?.terms ?? [], b.signature?.terms ?? [])) >= MIN_SIMILARITY;
}

function placesConflict(a: ExtractedEvent, b: ExtractedEvent): boolean {
  const pa = a.signature?.places ?? [];
  const pb = b.signature?.places ?? [];
  return pa.length > 0 && pb.length > 0 && overlapShare(pa, pb) === 0;
}
