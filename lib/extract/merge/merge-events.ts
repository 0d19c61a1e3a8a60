import type { ExtractedEvent } from '../types';
import { bucketKeys } from './bucket-keys';
import { compareCitations } from './compare-citations';
import { mergeInto } from './merge-into';
import { precisionRank } from './precision-rank';
import { sameHappening } from './same-happening';

/**
 * Folds reports of one happening into one event. Finer dates go first so that a group's date is set
 * by its first member and never moves; candidates come from month/year buckets of the same family,
 * which keeps the work near linear in the number of events.
 */
export function mergeEvents(events: ExtractedEvent[], lenient: boolean): ExtractedEvent[] {
  // A group grows as it merges (more actors, more words), so it may now match one formed earlier:
  // repeat until nothing more merges.
  const keys = memoisedBucketKeys();
  let current = events;
  for (let merged = mergePass(current, lenient, keys); merged.length < current.length; merged = mergePass(current, lenient, keys)) current = merged;
  return current;
}

type BucketKeysOf = (event: ExtractedEvent, lookup: boolean) => string[];

/**
 * Events that merged with nothing are the same objects in the next pass: their keys are kept. Weakly,
 * so that the groups a later pass merges away, and their keys, are not held to the end.
 */
function memoisedBucketKeys(): BucketKeysOf {
  const filed = new WeakMap<ExtractedEvent, string[]>();
  const looked = new WeakMap<ExtractedEvent, string[]>();
  return (event, lookup) => {
    const memo = lookup ? looked : filed;
    let keys = memo.get(event);
    if (keys === undefined) memo.set(event, (keys = bucketKeys(event, lookup)));
    return keys;
  };
}

function mergePass(events: ExtractedEvent[], lenient: boolean, keysOf: BucketKeysOf): ExtractedEvent[] {
  const ordered = [...events].sort(
    (a, b) => precisionRank(a.date.precision) - precisionRank(b.date.precision) || (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0) || compareCitations(a.citations[0], b.citations[0]),
  );
  const groups: ExtractedEvent[] = [];
  const buckets = new Map<string, number[]>();
  for (const event of ordered) {
    const found = findGroup(event, groups, buckets, lenient, keysOf);
    if (found !== null) {
      groups[found] = mergeInto(groups[found], event);
      continue;
    }
    groups.push(event);
    for (const key of keysOf(event, false)) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(groups.length - 1);
      else buckets.set(key, [groups.length - 1]);
    }
  }
  return groups;
}

/**
 * The first group, in creation order, that reports the same happening. Each bucket lists its groups in
 * creation order, so every bucket is read from the front and only up to the best index found so far.
 */
function findGroup(
  event: ExtractedEvent, groups: ExtractedEvent[], buckets: Map<string, number[]>, lenient: boolean, keysOf: BucketKeysOf,
): number | null {
  let best: number | null = null;
  for (const key of keysOf(event, true)) {
    for (const index of buckets.get(key) ?? []) {
      if (best !== null && index >= best) break;
      if (sameHappening(groups[index], event, lenient)) {
        best = index;
        break;
      }
    }
  }
  return best;
}
