// What vis-timeline draws for the window API's answer: one item per event per lane, and one
// "N events" range per cluster. Item HTML is built here from escaped text only.
import type { TimelineCluster, TimelineItem } from '@/lib/query/timeline-window';
import type { Grouping } from '@/lib/query/timeline-window';
import { formatEventDate } from '@/lib/format/format-date';
import { NO_ACTOR_LANE, laneItemId, lanesOfEvent, type Lane } from '@/lib/view-state/lanes';
import { localMidnight } from '@/lib/view-state/iso-day';
import { ruleInWords } from '@/components/events/rule-in-words';

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
export function toVisItems(items: TimelineItem[], group: Grouping, roots: Map<string, string>): VisItem[] {
  return items.flatMap((item) => {
    const { name, ...drawn } = drawEvent(item);
    return lanesOfEvent(item, group, roots).map((lane) => {
      const id = laneItemId(item.id, lane);
      return { ...drawn, id, content: focusableLabel(id, name, drawn.content), ...(lane === null ? {} : { group: lane }) };
    });
  });
}

function drawEvent(item: TimelineItem): Omit<VisItem, 'id' | 'group'> & { name: string } {
  const date = formatEventDate(item.start, item.end, item.precision);
  const isPoint = item.precision === 'day' && item.start === item.end;
  const classes = [isPoint ? 'precision-day' : 'precision-coarse', `precision-${item.precision}`];
  if (item.inferredBy !== null) classes.push('date-inferred');
  const inferred = item.inferredBy === null ? '' : `; date inferred: ${ruleInWords(item.inferredBy)}`;
  const approximate = item.precision === 'approximate' ? '; approximate date' : '';
  // The name starts with the visible label (date as written, title) so speech input can target it.
  const name = `${item.dateText} ${item.title} (${date}${approximate}${inferred})`;
  return {
    name,
    content: `<span class="event-date">${escapeHtml(item.dateText)}</span> ${escapeHtml(item.title)}`,
    title: escapeHtml(`${item.title}\n${date} — as written: “${item.dateText}”${approximate}${inferred}`),
    start: localMidnight(item.start),
    ...(isPoint ? {} : { end: localMidnight(item.end, 1) }),
    type: isPoint ? 'point' : 'range',
    className: classes.join(' '),
  };
}

/**
 * Window clusters drawn as ranges labelled with their counts; clicking one zooms into its period.
 * Counts are never added up across lanes (an event naming two members would count twice): a
 * member's count shows in its own nested lane and, named, in its root lane.
 */
export function toClusterItems(
  clusters: TimelineCluster[],
  group: Grouping,
  roots: Map<string, string>,
  names: Map<string, string>,
): VisItem[] {
  return clusters.flatMap((cluster) => {
    if (group === 'none') return [clusterItem(cluster, null, null)];
    const lane = cluster.group ?? NO_ACTOR_LANE;
    if (group === 'source') return [clusterItem(cluster, lane, null)];
    return lanesOfEvent({ actors: cluster.group === null ? [] : [cluster.group], sources: [] }, group, roots).map((shown) =>
      clusterItem(cluster, shown, shown === lane ? null : (names.get(lane) ?? lane)),
    );
  });
}

function clusterItem(cluster: TimelineCluster, lane: string | null, member: string | null): VisItem {
  const count = `${cluster.count.toLocaleString('en-US')} ${cluster.count === 1 ? 'event' : 'events'}${member === null ? '' : ` (${member})`}`;
  const period = formatEventDate(cluster.start, cluster.end, 'day');
  const id = `${CLUSTER_PREFIX}${cluster.group ?? ''}@${lane ?? ''}:${cluster.start}:${cluster.end}`;
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
