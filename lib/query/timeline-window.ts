// What the timeline asks the server for as people scroll and zoom (`GET /api/timeline`): the events
// of the visible window plus a margin, or, when the window holds too many to draw, counts per
// period ("clusters") so that 100,000 events never reach the browser at once.
import type { Precision } from '../extract/types';
import { z } from 'zod';
import { ParameterError } from './parameter-error';
import { queryDate } from './event-filter';
import { oneOf, readQuery } from './query-parameters';

export const GROUPINGS = ['actor', 'source', 'none'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export interface TimelineWindowRequest {
  /** `start` and `end`: the ISO days the browser wants, margin included. */
  start: string;
  end: string;
  /** `group`: how clusters are split into lanes. */
  group: Grouping;
}

/** One event as the timeline draws it: just enough for the item and its tooltip. */
export interface TimelineItem {
  id: string;
  title: string;
  start: string;
  end: string;
  precision: Precision;
  dateText: string;
  /** The rule that inferred the date, or null when the text stated it. */
  inferredBy: string | null;
  /** Actor slugs, sorted. */
  actors: string[];
  /** Slugs of the citing sources, sorted. */
  sources: string[];
  /** Distinct sources that report the event, and their passages (mentions in passing left out). */
  sourceCount: number;
  passageCount: number;
  /** What the sources give differing figures for (`killed`…), sorted; empty when they agree. */
  disagreements: string[];
}

/** How many matching events fall in one period of the window, in one lane. */
export interface TimelineCluster {
  start: string;
  end: string;
  count: number;
  /** Actor slug (group=actor), source slug or OTHER_SOURCES_LANE (group=source), or null (group=none). */
  group: string | null;
}

/**
 * vis-timeline lays out every lane it is given, drawn or scrolled away (3,000 source lanes took
 * tens of seconds): source lanes stop at about two screenfuls, the rest share one lane. At 40 the
 * 10,000-article view took 1.5 s to draw and dropped frames while zooming; at 20, 1.2 s and none.
 */
export const MAX_SOURCE_LANES = 20;

/** The lane of the events of sources beyond the drawn ones; slugs never contain an underscore. */
export const OTHER_SOURCES_LANE = '_other';

export interface LaneSourceCount {
  slug: string;
  /** As the source's page names it. */
  title: string;
  /** Events in the window (matching the filter) that the source cites. */
  events: number;
}

/** Which sources have a lane of their own in a window grouped by source. */
export interface SourceLanes {
  /**
   * The filter's sources that cite events in the window, or else the MAX_SOURCE_LANES sources
   * citing the most, ties by slug; in that order.
   */
  sources: LaneSourceCount[];
  /** How many further sources cite events in the window; those events are in OTHER_SOURCES_LANE. */
  otherSources: number;
}

export interface TimelineWindow {
  start: string;
  end: string;
  /** Every event in the database. */
  total: number;
  /** Events matching the filter, at any date. */
  matching: number;
  /** Events matching the filter that overlap the window. */
  inWindow: number;
  /** The window's events when there are at most MAX_WINDOW_ITEMS, else empty. */
  items: TimelineItem[];
  /** Counts per period when the window holds more than MAX_WINDOW_ITEMS events, else empty. */
  clusters: TimelineCluster[];
  /** With group=source: the sources drawn as lanes, for items and clusters alike. */
  sourceLanes?: SourceLanes;
}

/** Beyond this many events in the window, the server sends clusters instead of items. */
export const MAX_WINDOW_ITEMS = 1000;

/** The window's query parameters (the event filter's come on top in `/api/timeline`). */
export const timelineWindowQuery = z.object({
  start: queryDate('start', 'First day of the window (its first day for a year or a month). Required.').transform((span) => span.first),
  end: queryDate('end', 'Last day of the window (its last day for a year or a month). Required.').transform((span) => span.last),
  group: oneOf(GROUPINGS).default('none').meta({ description: 'How clusters are split into lanes: one per actor, per citing source, or none.' }),
});

/** The window from its parsed parameters; throws a ParameterError when `end` is before `start`. */
export function toTimelineWindowRequest({ start, end, group }: z.output<typeof timelineWindowQuery>): TimelineWindowRequest {
  if (start > end) throw new ParameterError('end', `${end} is before start (${start})`);
  return { start, end, group };
}

/** Reads `start`, `end` and `group`; throws a ParameterError naming the first bad one. */
export function parseTimelineWindowRequest(params: URLSearchParams): TimelineWindowRequest {
  return toTimelineWindowRequest(readQuery(timelineWindowQuery, params));
}
