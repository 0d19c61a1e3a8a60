// What vis-timeline draws for the window API's answer: one item per event per lane, and one
// "N events" range per cluster. Item HTML is built here from escaped text only.
import type { TimelineCluster, TimelineItem } from '@/lib/query/timeline-window';
import type { Grouping } from '@/lib/query/timeline-window';
import { formatEventDate } from '@/lib/format/format-date';
import { laneItemId, lanesOfEvent } from '@/lib/view-state/lanes';
import { localMidnight } from '@/lib/view-state/iso-day';

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
    const drawn = drawEvent(item);
    return lanesOfEvent(item, group, roots).map((lane) => ({
      ...drawn,
      id: laneItemId(item.id, lane),
      ...(lane === null ? {} : { group: lane }),
    }));
  });
}

function drawEvent(item: TimelineItem): Omit<VisItem, 'id' | 'group'> {
  const date = formatEventDate(item.start, item.end, item.precision);
  const isPoint = item.precision === 'day' && item.start === item.end;
  const classes = [isPoint ? 'precision-day' : 'precision-coarse', `precision-${item.precision}`];
  if (item.inferredBy !== null) classes.push('date-inferred');
  const inferred = item.inferredBy === null ? '' : `; date inferred: ${ruleInWords(item.inferredBy)}`;
  const approximate = item.precision === 'approximate' ? '; approximate date' : '';
  const name = `${item.title}, ${date} (as written: “${item.dateText}”${approximate}${inferred})`;
  return {
    content:
      `<span class="event-label" role="button" aria-label="${escapeHtml(name)}">` +
      `<span class="event-date">${escapeHtml(item.dateText)}</span> ${escapeHtml(item.title)}</span>`,
    title: escapeHtml(`${item.title}\n${date} — as written: “${item.dateText}”${approximate}${inferred}`),
    start: localMidnight(item.start),
    ...(isPoint ? {} : { end: localMidnight(item.end, 1) }),
    type: isPoint ? 'point' : 'range',
    className: classes.join(' '),
  };
}

/** A cluster drawn as a range labelled with its count; clicking it zooms into its period. */
export function toClusterItem(cluster: TimelineCluster, lane: string | null): VisItem {
  const count = `${cluster.count.toLocaleString('en-US')} ${cluster.count === 1 ? 'event' : 'events'}`;
  const period = formatEventDate(cluster.start, cluster.end, 'day');
  return {
    id: `${CLUSTER_PREFIX}${lane ?? ''}:${cluster.start}:${cluster.end}`,
    ...(lane === null ? {} : { group: lane }),
    content: `<span class="event-label" role="button" aria-label="${escapeHtml(`${count}, ${period}; zoom in`)}">${escapeHtml(count)}</span>`,
    title: escapeHtml(`${count}, ${period}. Click to zoom in.`),
    start: localMidnight(cluster.start),
    end: localMidnight(cluster.end, 1),
    type: 'range',
    className: 'window-cluster',
  };
}

/** `relative-to-speech-date` → `relative to speech date`. */
export function ruleInWords(rule: string): string {
  return rule.replace(/-/g, ' ');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
