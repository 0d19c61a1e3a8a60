'use client';

import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
// The esnext builds: the default (peer) builds bundle core-js polyfills, about 60 KB of the page's
// gzipped JavaScript that the browsers able to run this app never need. vis-timeline's esnext build imports vis-data's, so
// the timeline and this component share one DataSet class (test/timeline/vis-builds.test.ts).
import type { Timeline, TimelineOptions } from 'vis-timeline/esnext';
import type { DataSet } from 'vis-data/esnext';
import type { Lane } from '@/lib/view-state/lanes';
import { eventIdOfItem } from '@/lib/view-state/lanes';
import { CLUSTER_PREFIX, type VisItem } from './timeline-items';
import { withinZoomLimits, ZOOM_MAX_MS, ZOOM_MIN_MS } from './zoom-limits';

export interface TimelineHandle {
  zoomIn(): void;
  zoomOut(): void;
  /** Moves the window by a share of its width: negative to the past. */
  scroll(share: number): void;
  /** Shows exactly this range; `fromUser` says whether it is a new view to remember in the address. */
  setWindow(start: Date, end: Date, fromUser: boolean): void;
  /** Brings the event's item into view and gives it keyboard focus. */
  focusEvent(eventId: string): void;
}

const OPTIONS: TimelineOptions = {
  height: '100%',
  zoomMin: ZOOM_MIN_MS,
  zoomMax: ZOOM_MAX_MS,
  zoomable: true,
  moveable: true,
  selectable: true,
  stack: true,
  showCurrentTime: false,
  verticalScroll: true,
  groupOrder: 'order',
  orientation: { axis: 'top', item: 'top' },
  margin: { item: 6 },
  // Keep vis-timeline's sanitiser on; labels are escaped text in spans and buttons we build ourselves.
  xss: {
    disabled: false,
    filterOptions: {
      whiteList: {
        span: ['class', 'role', 'aria-label', 'tabindex', 'data-item-id'],
        button: ['class', 'type', 'aria-expanded', 'data-lane'],
      },
    },
  },
};

type VisModules = [typeof import('vis-timeline/esnext'), typeof import('vis-data/esnext')];
let visModules: Promise<VisModules> | null = null;

function loadVis(): Promise<VisModules> {
  visModules ??= Promise.all([import('vis-timeline/esnext'), import('vis-data/esnext')]);
  return visModules;
}

// The largest scripts of the page, and the first draw waits for them: start fetching them when this
// module runs in the browser, before the page has hydrated and effects run.
if (typeof window !== 'undefined') void loadVis();

interface Props {
  ref: Ref<TimelineHandle>;
  items: VisItem[];
  lanes: Lane[] | null;
  initialWindow: { start: Date; end: Date };
  selectedEventId: string | null;
  onRangeChanged: (start: Date, end: Date, fromUser: boolean) => void;
  onSelectEvent: (eventId: string | null) => void;
  onStep: (direction: -1 | 1) => void;
}

/** The one component that imports vis-timeline. It needs a browser, so it loads it in an effect. */
export function VisTimeline({ ref, items, lanes, initialWindow, selectedEventId, onRangeChanged, onSelectEvent, onStep }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const timeline = useRef<Timeline | null>(null);
  const itemData = useRef<DataSet<VisItem> | null>(null);
  const laneData = useRef<DataSet<Lane> | null>(null);
  // Set when the person moved the window with our buttons or keys; vis-timeline flags its own
  // gestures (drag, wheel, pinch) as byUser. Other moves (redraws, restoring from the address)
  // must not be written back into the address.
  const userMove = useRef(false);
  const callbacks = useRef({ onRangeChanged, onSelectEvent, onStep });
  callbacks.current = { onRangeChanged, onSelectEvent, onStep };
  // The item that had keyboard focus: vis-timeline may rebuild its element while redrawing.
  const focusedItem = useRef<string | null>(null);
  // Set once vis-timeline exists: the first window's events may arrive before it, and wait for it.
  const [created, setCreated] = useState(false);
  const [ready, setReady] = useState(false);
  const [visibleWindow, setVisibleWindow] = useState<{ start: Date; end: Date } | null>(null);

  useImperativeHandle(ref, () => ({
    zoomIn: () => {
      userMove.current = true;
      timeline.current?.zoomIn(0.5, { animation: false });
    },
    zoomOut: () => {
      userMove.current = true;
      timeline.current?.zoomOut(0.5, { animation: false });
    },
    scroll: (share) => {
      const window = timeline.current?.getWindow();
      if (!window) return;
      userMove.current = true;
      const shift = (window.end.getTime() - window.start.getTime()) * share;
      timeline.current!.setWindow(window.start.getTime() + shift, window.end.getTime() + shift, { animation: false });
    },
    setWindow: (start, end, fromUser) => {
      userMove.current = fromUser;
      timeline.current?.setWindow(start, end, { animation: false });
    },
    focusEvent: (eventId) => {
      const instance = timeline.current;
      const item = itemData.current?.get({ filter: (candidate) => eventIdOfItem(candidate.id) === eventId })[0];
      if (!instance || !item) return;
      const window = instance.getWindow();
      if (item.start < window.start || item.start > window.end) {
        // Following the person's step to an event out of view: a move to remember in the address.
        userMove.current = true;
        instance.moveTo(item.start, { animation: false });
      }
      // The item's element exists only once vis-timeline has redrawn the new window.
      requestAnimationFrame(() => focusItemElement(container.current, item.id));
    },
  }));

  useEffect(() => {
    let cancelled = false;
    // The window is known before vis-timeline is: its events are asked for while the library loads.
    const first = withinZoomLimits(initialWindow);
    callbacks.current.onRangeChanged(first.start, first.end, false);
    (async () => {
      const [{ Timeline }, { DataSet }] = await loadVis();
      if (cancelled || container.current === null) return;
      itemData.current = new DataSet<VisItem>();
      let initialDrawDone = false;
      const instance = new Timeline(container.current, itemData.current, {
        ...OPTIONS,
        start: first.start,
        end: first.end,
        // The loading screen swallows input until the first draw: mark readiness for people and tests.
        onInitialDrawComplete: () => {
          initialDrawDone = true;
          setReady(true);
        },
      });
      instance.on('rangechanged', ({ start, end, byUser }: { start: Date; end: Date; byUser: boolean }) => {
        // vis-timeline completes its first draw (and lifts its loading screen) at the first redraw
        // after its first range change; left alone, that waits up to a second for its resize check.
        if (!initialDrawDone) instance.redraw();
        setVisibleWindow({ start, end });
        callbacks.current.onRangeChanged(start, end, byUser || userMove.current);
        userMove.current = false;
      });
      instance.on('changed', () => {
        if (focusedItem.current !== null && document.activeElement === document.body) {
          focusItemElement(container.current, focusedItem.current);
        }
      });
      instance.on('select', ({ items: selected }: { items: string[] }) => {
        const id = selected[0] ?? null;
        if (id !== null && id.startsWith(CLUSTER_PREFIX)) {
          userMove.current = true;
          zoomIntoCluster(instance, itemData.current!.get(id));
          return;
        }
        callbacks.current.onSelectEvent(id === null ? null : eventIdOfItem(id));
      });
      timeline.current = instance;
      setCreated(true);
      const window = instance.getWindow();
      setVisibleWindow(window);
      callbacks.current.onRangeChanged(window.start, window.end, false);
    })();
    return () => {
      cancelled = true;
      timeline.current?.destroy();
      timeline.current = null;
    };
    // Created once: later windows arrive through the handle, later data through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const instance = timeline.current;
    const data = itemData.current;
    if (!instance || !data) return;
    (async () => {
      if (lanes === null) {
        if (laneData.current !== null) instance.setGroups(null as never);
        laneData.current = null;
      } else {
        const [, { DataSet }] = await loadVis();
        const expanded = laneData.current;
        const next = lanes.map((lane) =>
          lane.nestedGroups ? { ...lane, showNested: expanded?.get(lane.id)?.showNested ?? lane.showNested } : lane,
        );
        if (laneData.current === null) {
          laneData.current = new DataSet<Lane>(next);
          instance.setGroups(laneData.current);
        } else {
          syncDataSet(laneData.current, next);
        }
      }
      syncDataSet(data, items);
      instance.setSelection(selectedItemIds(data, selectedEventId));
    })();
  }, [items, lanes, created, ready, selectedEventId]);

  return (
    <div
      ref={container}
      className="timeline-canvas"
      role="region"
      aria-label="Timeline of events"
      aria-roledescription="zoomable timeline"
      aria-describedby="timeline-keys"
      tabIndex={0}
      aria-busy={!ready}
      data-ready={ready ? 'true' : undefined}
      data-window-start={visibleWindow?.start.toISOString()}
      data-window-end={visibleWindow?.end.toISOString()}
      onKeyDown={(event) =>
        onItemKey(event, {
          ...callbacks.current,
          onZoomCluster: (id) => {
            if (timeline.current === null) return;
            userMove.current = true;
            zoomIntoCluster(timeline.current, itemData.current?.get(id) ?? null);
          },
        })
      }
      onFocus={(event) => {
        focusedItem.current = (event.target as HTMLElement).dataset.itemId ?? null;
      }}
      onBlur={(event) => {
        // Focus moving somewhere else on purpose (not lost to a redraw) forgets the item.
        if (event.relatedTarget !== null) focusedItem.current = null;
      }}
      onClick={(event) => onLaneToggle(event, timeline.current)}
    />
  );
}

interface ItemKeyHandlers extends Pick<Props, 'onSelectEvent' | 'onStep'> {
  onZoomCluster: (itemId: string) => void;
}

/** Enter opens the focused event or zooms into the focused cluster; the arrow keys move between events. */
function onItemKey(event: React.KeyboardEvent, handlers: ItemKeyHandlers) {
  const target = event.target as HTMLElement;
  const itemId = target.dataset.itemId;
  if (itemId === undefined) return;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    if (itemId.startsWith(CLUSTER_PREFIX)) handlers.onZoomCluster(itemId);
    else handlers.onSelectEvent(eventIdOfItem(itemId));
  } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
    event.preventDefault();
    event.stopPropagation();
    handlers.onStep(event.key === 'ArrowLeft' ? -1 : 1);
  }
}

/**
 * Lane buttons expand nested lanes. vis-timeline toggles on pointer taps itself; keyboard
 * activation (a click with no pointer, detail 0) has to ask it.
 */
function onLaneToggle(event: React.MouseEvent, instance: Timeline | null) {
  const button = (event.target as HTMLElement).closest('button[data-lane]') as HTMLButtonElement | null;
  if (button === null || instance === null || event.detail !== 0) return;
  // itemSet is vis-timeline's internal lane manager; its toggle is what a tap on the label calls.
  const itemSet = (instance as unknown as { itemSet: { groups: Record<string, unknown>; toggleGroupShowNested(group: unknown): void } }).itemSet;
  itemSet.toggleGroupShowNested(itemSet.groups[button.dataset.lane!]);
}

function zoomIntoCluster(instance: Timeline, cluster: VisItem | null) {
  if (!cluster?.end) return;
  instance.setSelection([]);
  instance.setWindow(cluster.start, cluster.end);
}

function focusItemElement(root: HTMLElement | null, itemId: string) {
  const element = root?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(itemId)}"]`);
  element?.focus();
}

function selectedItemIds(data: DataSet<VisItem>, eventId: string | null): string[] {
  if (eventId === null) return [];
  return data.getIds({ filter: (item) => eventIdOfItem(item.id) === eventId }) as string[];
}

/** Makes a DataSet hold exactly `next`, touching only what changed so vis-timeline redraws little. */
function syncDataSet<T extends { id: string }>(data: DataSet<T>, next: T[]) {
  const keep = new Set(next.map((entry) => entry.id));
  const stale = (data.getIds() as string[]).filter((id) => !keep.has(id));
  if (stale.length > 0) data.remove(stale);
  data.update(next as never);
}
