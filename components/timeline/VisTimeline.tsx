'use client';

import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { Timeline, TimelineOptions } from 'vis-timeline';
import type { TimelineEvent } from '@/lib/db/queries';
import { toTimelineItems } from './timeline-items';

export interface TimelineHandle {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const OPTIONS: TimelineOptions = {
  height: '100%',
  zoomMin: DAY_MS,
  zoomMax: 60 * 365.25 * DAY_MS,
  zoomable: true,
  moveable: true,
  selectable: true,
  stack: true,
  showCurrentTime: false,
  orientation: { axis: 'top', item: 'top' },
  margin: { item: 6 },
  // Keep vis-timeline's sanitiser on; item labels are escaped text in a span that carries its name.
  xss: { disabled: false, filterOptions: { whiteList: { span: ['class', 'role', 'aria-label'] } } },
};

interface Props {
  ref: Ref<TimelineHandle>;
  events: TimelineEvent[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}

/** The one component that imports vis-timeline. It needs a browser, so it loads it in an effect. */
export function VisTimeline({ ref, events, selectedId, onSelect }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const timeline = useRef<Timeline | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const [ready, setReady] = useState(false);
  const [visibleWindow, setVisibleWindow] = useState<{ start: Date; end: Date } | null>(null);

  useImperativeHandle(ref, () => ({
    zoomIn: () => timeline.current?.zoomIn(0.5),
    zoomOut: () => timeline.current?.zoomOut(0.5),
    fit: () => {
      const span = paddedSpan(events);
      if (span) timeline.current?.setWindow(span.start, span.end);
    },
  }));

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const [{ Timeline }, { DataSet }] = await Promise.all([import('vis-timeline'), import('vis-data')]);
      if (cancelled || container.current === null) return;
      const items = new DataSet(toTimelineItems(events));
      const instance = new Timeline(container.current, items, {
        ...OPTIONS,
        ...paddedSpan(events),
        // The loading screen swallows input until the first draw: mark readiness for people and tests.
        onInitialDrawComplete: () => setReady(true),
      });
      instance.on('rangechanged', ({ start, end }: { start: Date; end: Date }) => setVisibleWindow({ start, end }));
      setVisibleWindow(instance.getWindow());
      instance.on('select', ({ items: selected }: { items: string[] }) => onSelectRef.current(selected[0] ?? null));
      timeline.current = instance;
    })();
    return () => {
      cancelled = true;
      timeline.current?.destroy();
      timeline.current = null;
    };
  }, [events]);

  useEffect(() => {
    timeline.current?.setSelection(selectedId === null ? [] : [selectedId]);
  }, [selectedId]);

  return (
    <div
      ref={container}
      className="timeline-canvas"
      role="region"
      aria-label="Timeline of events"
      aria-busy={!ready}
      data-ready={ready ? 'true' : undefined}
      data-window-start={visibleWindow?.start.toISOString()}
      data-window-end={visibleWindow?.end.toISOString()}
    />
  );
}

/** All events with room on both sides, so labels at the edges stay readable. */
function paddedSpan(events: TimelineEvent[]): { start: Date; end: Date } | null {
  if (events.length === 0) return null;
  const first = Date.parse(events.reduce((min, e) => (e.start < min ? e.start : min), events[0].start));
  const last = Date.parse(events.reduce((max, e) => (e.end > max ? e.end : max), events[0].end));
  const pad = Math.max((last - first) * 0.08, 30 * DAY_MS);
  return { start: new Date(first - pad), end: new Date(last + pad) };
}
