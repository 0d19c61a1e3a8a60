/** Years of one family whose events may be compared when merging (see bucketYears), inclusive. */
export interface YearSpan {
  family: string;
  first: number;
  last: number;
}

/**
 * Joins the overlapping year spans of each family into merge partitions: no event of one partition
 * can ever be compared with an event of another, so each can be merged on its own. An event belongs
 * to the partition of its family whose years hold the event's first year.
 */
export function mergePartitions(spans: YearSpan[]): YearSpan[] {
  const sorted = [...spans].sort((a, b) => (a.family < b.family ? -1 : a.family > b.family ? 1 : a.first - b.first));
  const partitions: YearSpan[] = [];
  for (const span of sorted) {
    const open = partitions.at(-1);
    if (open && open.family === span.family && span.first <= open.last) open.last = Math.max(open.last, span.last);
    else partitions.push({ ...span });
  }
  return partitions;
}
