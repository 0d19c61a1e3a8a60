// What vis-timeline draws for the window API's answer: one item per event per lane, and one
// "N events" range per cluster. Item HTML is built here from escaped text only.
import type { Grouping, SourceLanes, TimelineCluster, TimelineItem } from '@/lib/query/timeline-window';
import { dateLabel } from '@/lib/format/date-label';
import { dateWithPrecision, formatEventDate } from '@/lib/format/format-date';
import { ruleInWords } from '@/lib/format/inference-in-words';
import { NO_ACTOR_LANE, laneItemId, lanesOfEvent, type Lane } from '@/lib/view-state/lanes';
import { localMidnight } from '@/lib/view-state/iso-day';
import { corroborationInWords, disagreementInWords } from '@/lib/format/corroboration-words';

export interface VisItem {
  id: string;
  group?: string;
  content: string;
  title: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range';
  className: string;
}

/** Prefix of cluster item ids; event ids start with `evt_`, so the two never clash. */
export const CLUSTER_PREFIX = 'cluster:';

/**
 * Day-precise events are points; coarser ones are ranges over their whole span, so a "2006" event
 * never looks like it happened on 1 January. Classes say the precision and whether the date was
 * inferred, so the styles can mark them.
 */
export function toVisItems(
  items: TimelineItem[], group: Grouping, roots: Map<string, string | null>, sourceLanes: SourceLanes | null = null,
): VisItem[] {
  return items.flatMap((item) => {
    const { name, ...drawn } = drawEvent(item);
    return lanesOfEvent(item, group, roots, sourceLanes).map((lane) => {
      const id = laneItemId(item.id, lane);
      return { ...drawn, id, content: focusableLabel(id, name, drawn.content), ...(lane === null ? {} : { group: lane }) };
    });
  });
}

function drawEvent(item: TimelineItem): Omit<VisItem, 'id' | 'group'> & { name: string } {
  const date = dateWithPrecision(item);
  const label = dateLabel(item);
  const isPoint = item.precision === 'day' && item.start === item.end;
  const classes = [isPoint ? 'precision-day' : 'precision-coarse', `precision-${item.precision}`];
  if (item.inferredBy !== null) classes.push('date-inferred');
  if (item.disagreements.length > 0) classes.push('sources-disagree');
  const inferred = item.inferredBy === null ? '' : `; date inferred: ${ruleInWords(item.inferredBy)}`;
  const sources = corroborationInWords(item);
  const disagreement = item.disagreements.length > 0 ? disagreementInWords(item.disagreements) : null;
  const extra = `; ${sources}${disagreement ? `; ${disagreement}` : ''}`;
  // The name starts with the visible label (date, title) so speech input can target it.
  const name = `${label} ${item.title} (${date}; as written: “${item.dateText}”${inferred}${extra})`;
  // Badges: how many sources report the event, and a mark when their figures differ.
  const badges = `<span class="source-count">${item.sourceCount}</span>${disagreement ? '<span class="disagreement-flag">≠</span>' : ''}`;
  return {
    name,
    content: `<span class="event-date">${escapeHtml(label)}</span> ${escapeHtml(item.title)} ${badges}`,
    title: escapeHtml(`${item.title}\n${date} — as written: “${item.dateText}”${inferred}\n${sources}${disagreement ? `\n${disagreement}` : ''}`),
    start: localMidnight(item.start),
    ...(isPoint ? {} : { end: localMidnight(item.end, 1) }),
    type: isPoint ? 'point' : 'range',
    className: classes.join(' '),
  };
}

/**
 * vis-timeline lays out and measures every item in the visible period, in every lane, even lanes
 * scrolled out of sight: the clusters of a window are merged down to about this many items
 * (at most 12 per lane, at least one), which keeps a redraw well under a second.
 */
export const CLUSTER_ITEM_BUDGET = 600;
const MAX_CLUSTERS_PER_LANE = 12;

/**
 * Window clusters drawn as ranges labelled with their counts; clicking one zooms into its period.
 * Each count stays in its own lane (an actor's, a source's): counts of different lanes are never
 * added up, since an event naming two members of Hamas would count twice. Members' counts show in
 * their nested lanes, so a collapsed root lane shows only the events naming the root itself.
 */
export function toClusterItems(clusters: TimelineCluster[], group: Grouping): VisItem[] {
  const lanes = new Map<string | null, TimelineCluster[]>();
  for (const cluster of clusters) {
    const lane = group === 'none' ? null : (cluster.group ?? NO_ACTOR_LANE);
    lanes.set(lane, [...(lanes.get(lane) ?? []), cluster]);
  }
  const perLane = Math.max(1, Math.min(MAX_CLUSTERS_PER_LANE, Math.floor(CLUSTER_ITEM_BUDGET / Math.max(1, lanes.size))));
  return [...lanes].flatMap(([lane, inLane]) => mergeNeighbours(inLane, perLane).map((cluster) => clusterItem(cluster, lane)));
}

/**
 * At most `max` clusters of one lane, merging runs of neighbours. Within a lane an event counts in
 * one period only, so the merged counts are exact.
 */
export function mergeNeighbours(clusters: TimelineCluster[], max: number): TimelineCluster[] {
  const sorted = [...clusters].sort((a, b) => a.start.localeCompare(b.start));
  if (sorted.length <= max) return sorted;
  const size = Math.ceil(sorted.length / max);
  const merged: TimelineCluster[] = [];
  for (let i = 0; i < sorted.length; i += size) {
    const run = sorted.slice(i, i + size);
    merged.push({ start: run[0].start, end: run[run.length - 1].end, count: run.reduce((sum, c) => sum + c.count, 0), group: run[0].group });
  }
  return merged;
}

function clusterItem(cluster: TimelineCluster, lane: string | null): VisItem {
  const count = `${cluster.count.toLocaleString('en-US')} ${cluster.count === 1 ? 'event' : 'events'}`;
  const period = formatEventDate(cluster.start, cluster.end, 'day');
  const id = `${CLUSTER_PREFIX}${lane ?? ''}:${cluster.start}:${cluster.end}`;
  return {
    id,
    ...(lane === null ? {} : { group: lane }),
    content: focusableLabel(id, `${count}, ${period}; zoom in`, escapeHtml(count)),
    title: escapeHtml(`${count}, ${period}. Click to zoom in.`),
    start: localMidnight(cluster.start),
    end: localMidnight(cluster.end, 1),
    type: 'range',
    className: 'window-cluster',
  };
}

/** vis-timeline lanes: a root lane with nested lanes is labelled by a button that expands them. */
export function toVisGroups(lanes: Lane[]): Lane[] {
  return lanes.map((lane) => ({
    ...lane,
    content: lane.nestedGroups
      ? `<button type="button" class="lane-toggle" data-lane="${escapeHtml(lane.id)}">${escapeHtml(lane.content)}</button>`
      : `<span class="lane-name">${escapeHtml(lane.content)}</span>`,
  }));
}

/** Items are reached with Tab and named for screen readers; `html` is already escaped. */
function focusableLabel(itemId: string, name: string, html: string): string {
  return `<span class="event-label" role="button" tabindex="0" data-item-id="${escapeHtml(itemId)}" aria-label="${escapeHtml(name)}">${html}</span>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
