import { dateAcrossSources, mergeAcrossSources } from '../extract';
import { mergePartitions } from '../extract/merge/merge-partitions';
import type { EventStaging } from './event-staging';

/** How the merge was split: memory holds the events of the largest partition at once. */
export interface MergeFigures {
  partitions: number;
  largestPartition: number;
}

/**
 * The corpus stages over staged events, a piece at a time, with the result one pass over the whole
 * corpus gives (mergeArticles): first each article the dating stages may change, with the known
 * reports it needs; then each merge partition. Merged events land in the staging's MergedEvent.
 */
export function mergeStaged(staging: EventStaging): MergeFigures {
  for (const article of staging.articlesToDate()) {
    staging.replaceArticle(article, dateAcrossSources(staging.articleEvents(article), staging.knownReportsFor(article)));
  }
  const partitions = mergePartitions(staging.yearSpans());
  let largestPartition = 0;
  for (const partition of partitions) {
    const events = staging.partitionEvents(partition);
    largestPartition = Math.max(largestPartition, events.length);
    staging.addMerged(mergeAcrossSources(events));
  }
  return { partitions: partitions.length, largestPartition };
}
