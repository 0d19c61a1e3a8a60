import { dateAcrossSources, mergeAcrossSources } from '../extract';
import { mergePartitions } from '../extract/merge/merge-partitions';
import { redateToKnownHappenings } from '../extract/merge/redate-to-known-happenings';
import type { EventStaging } from './event-staging';

/** How the merge was split: memory holds the events of the largest partition at once. */
export interface MergeFigures {
  partitions: number;
  largestPartition: number;
}

/**
 * The corpus stages over staged events, a piece at a time, with the result one pass over the whole
 * corpus gives (mergeArticles). Dating first: re-dating by known happenings one day at a time, so
 * each day's reports are read once (an event's new date depends only on its own day's reports);
 * then the dating stages again on each article that changed, with no reports: re-dated events stay
 * as they are, and what was counted from them is counted again. Then each merge partition. Merged
 * events land in the staging's MergedEvent.
 */
export function mergeStaged(staging: EventStaging): MergeFigures {
  for (const day of staging.daysToDate()) {
    const reports = staging.knownReports(day);
    for (const { article, position, event } of staging.yearlessEvents(day)) {
      const [dated] = redateToKnownHappenings([event], reports);
      if (dated !== event) staging.replaceEvent(article, position, dated);
    }
  }
  for (const article of staging.articlesToDate()) {
    const events = staging.articleEvents(article);
    const dated = dateAcrossSources(events, []);
    if (dated.some((event, i) => event !== events[i])) staging.replaceArticle(article, dated);
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
