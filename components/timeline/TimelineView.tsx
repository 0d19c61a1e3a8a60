'use client';

import { useRef, useState } from 'react';
import type { TimelineEvent } from '@/lib/db/queries';
import { EventDetail } from './EventDetail';
import { VisTimeline, type TimelineHandle } from './VisTimeline';

/** The timeline page's interactive part: toolbar, the timeline itself and the selected event. */
export function TimelineView({ events }: { events: TimelineEvent[] }) {
  const timeline = useRef<TimelineHandle>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = events.find((event) => event.id === selectedId) ?? null;

  return (
    <main className="timeline-layout">
      <div className="toolbar" role="toolbar" aria-label="Timeline controls">
        <button type="button" aria-label="Zoom in" onClick={() => timeline.current?.zoomIn()}>+</button>
        <button type="button" aria-label="Zoom out" onClick={() => timeline.current?.zoomOut()}>−</button>
        <button type="button" aria-label="Fit all events" onClick={() => timeline.current?.fit()}>Fit</button>
        <span className="count" role="status">{events.length} events</span>
      </div>
      <div className="timeline-main">
        <VisTimeline ref={timeline} events={events} selectedId={selectedId} onSelect={setSelectedId} />
        {selected && <EventDetail event={selected} onClose={() => setSelectedId(null)} />}
      </div>
    </main>
  );
}
