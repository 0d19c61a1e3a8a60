// Which sources get a lane of their own when the timeline is grouped by source, chosen here with the
// window's answer so that items and clusters are drawn in the same lanes. A corpus of 10,000
// articles has some 3,000 sources citing events of one year: lanes stop at a cap, and the rest of
// the sources share one lane.
import { Prisma } from '../../generated/prisma/client';
import { OTHER_SOURCES_LANE, type LaneSourceCount, type SourceLanes, type TimelineItem } from '../../query/timeline-window';
import { db } from '../snapshot';
import { displayTitle } from './views';

/** Which sources may have lanes: the filter's sources (all of them), else the `cap` citing the most. */
export interface SourceLaneRule {
  /** Slugs of the filter's sources; empty when the filter names none. */
  filterSources: string[];
  cap: number;
}

/** How many lanes the rule allows: a source filter's sources are few (at most 50) and all get one. */
export function laneLimit(rule: SourceLaneRule): number {
  return Math.max(rule.cap, rule.filterSources.length);
}

/** The lanes for a window's items, from the sources they cite. */
export async function itemSourceLanes(items: TimelineItem[], rule: SourceLaneRule): Promise<SourceLanes> {
  const events = new Map<string, number>();
  for (const item of items) for (const slug of item.sources) events.set(slug, (events.get(slug) ?? 0) + 1);
  const candidates = [...events]
    .filter(([slug]) => rule.filterSources.length === 0 || rule.filterSources.includes(slug))
    .map(([slug, count]) => ({ slug, title: slug, events: count }));
  const chosen = rankSources(candidates).slice(0, laneLimit(rule));
  const titles = await sourceTitles(chosen.map((source) => source.slug));
  return {
    sources: chosen.map((source) => ({ ...source, title: titles.get(source.slug) ?? source.slug })),
    otherSources: candidates.length - chosen.length,
  };
}

/** Most events first, ties by slug in SQLite's (binary) order, as `topLanes` sorts them. */
export function rankSources(sources: LaneSourceCount[]): LaneSourceCount[] {
  return [...sources].sort((a, b) => b.events - a.events || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/**
 * SQL common table expressions over `counted`, a CTE of (period, laneId, count) rows per source
 * (laneId 0: no source), that are summed per lane: `totals` (events per candidate source) and `top`
 * (the lanes drawn, ranked as rankSources does).
 */
export function topLanes(rule: SourceLaneRule): Prisma.Sql {
  const candidate = rule.filterSources.length === 0
    ? Prisma.sql`t.laneId <> 0`
    : Prisma.sql`t.laneId IN (SELECT id FROM "Source" WHERE slug IN (${Prisma.join(rule.filterSources)}))`;
  return Prisma.sql`
    totals AS MATERIALIZED (SELECT t.laneId, SUM(t.count) AS events FROM counted t WHERE ${candidate} GROUP BY t.laneId),
    top AS MATERIALIZED (
      SELECT t.laneId FROM totals t JOIN "Source" s ON s.id = t.laneId ORDER BY t.events DESC, s.slug LIMIT ${laneLimit(rule)}
    )`;
}

/** The clusters of the `top` lanes, from `counted`, with each source's title and how many sources are candidates. */
export const TOP_LANE_CLUSTERS = Prisma.sql`
  SELECT t.period, lane.slug AS lane, lane.title, SUM(t.count) AS count,
         (SELECT COUNT(*) FROM totals) AS sources
  FROM counted t JOIN "Source" lane ON lane.id = t.laneId
  WHERE t.laneId IN (SELECT laneId FROM top)
  GROUP BY t.period, t.laneId`;

export interface TopLaneRow {
  period: number | bigint;
  lane: string;
  title: string | null;
  count: number | bigint;
  /** Candidate sources citing events in the window, drawn or not. */
  sources: number | bigint;
}

/** The chosen sources from the rows of TOP_LANE_CLUSTERS; rows of the other sources' lane are skipped. */
export function sourceLanesOfRows(rows: TopLaneRow[]): SourceLanes {
  const bySlug = new Map<string, LaneSourceCount>();
  for (const row of rows) {
    if (row.lane === OTHER_SOURCES_LANE) continue;
    const source = bySlug.get(row.lane) ?? { slug: row.lane, title: displayTitle({ title: row.title, slug: row.lane }), events: 0 };
    source.events += Number(row.count);
    bySlug.set(row.lane, source);
  }
  const sources = rankSources([...bySlug.values()]);
  return { sources, otherSources: Number(rows[0]?.sources ?? 0) - sources.length };
}

async function sourceTitles(slugs: string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const rows = await db().source.findMany({ where: { slug: { in: slugs } }, select: { slug: true, title: true } });
  return new Map(rows.map((row) => [row.slug, displayTitle(row)]));
}
