// Figures that change only when a seed commits: how many events there are, the longest event, and
// how many events match each recently used filter. Counting matches means reading every candidate
// event, and the timeline asks again for every window it pans to, so counts are kept per
// `PRAGMA data_version`, which changes whenever another connection (the seed) commits: a new
// corpus is never answered with the previous corpus's figures.
import type { Prisma } from '../../generated/prisma/client';
import { prisma } from '../client';
import { countEvents } from './count-events';

export interface CorpusFigures {
  total: number;
  /** Days from the start to the end of the longest event (0 for one-day events). */
  longestSpanDays: number;
}

const MAX_CACHED_FILTERS = 500;

let cache: { version: number; figures: CorpusFigures; matching: Map<string, number> } | null = null;

export async function corpusFigures(): Promise<CorpusFigures> {
  return (await current()).figures;
}

/** COUNT(*) of the events meeting `condition`, a condition on `e` that does not depend on the window. */
export async function matchingCount(condition: Prisma.Sql): Promise<number> {
  const { matching } = await current();
  const key = JSON.stringify([condition.sql, condition.values]);
  let count = matching.get(key);
  if (count === undefined) {
    count = await countEvents(condition);
    if (matching.size >= MAX_CACHED_FILTERS) matching.delete(matching.keys().next().value as string);
    matching.set(key, count);
  }
  return count;
}

async function current() {
  const [{ data_version }] = await prisma.$queryRaw<{ data_version: number | bigint }[]>`PRAGMA data_version`;
  const version = Number(data_version);
  if (cache?.version !== version) {
    const [row] = await prisma.$queryRaw<{ total: number | bigint; longest: number | null }[]>`
      SELECT COUNT(*) AS total, MAX(julianday(e."end") - julianday(e.start)) AS longest FROM "Event" e`;
    cache = { version, figures: { total: Number(row.total), longestSpanDays: Math.ceil(row.longest ?? 0) }, matching: new Map() };
  }
  return cache;
}
