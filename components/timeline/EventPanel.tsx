'use client';

import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  eventId: string;
  children: ReactNode;
  onClose: () => void;
  onStep: (direction: -1 | 1) => void;
  /** Whether to move focus to the panel's heading, e.g. after Enter on a list entry. */
  takeFocus: boolean;
}

/** The selected event beside the timeline (a bottom sheet on narrow screens). */
export function EventPanel({ eventId, children, onClose, onStep, takeFocus }: Props) {
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (takeFocus) panel.current?.querySelector<HTMLElement>('#event-title')?.focus();
  }, [eventId, takeFocus]);
  return (
    <aside
      ref={panel}
      className="event-detail"
      aria-label="Event details"
      data-event-id={eventId}
      onKeyDown={(event) => {
        const target = event.target as HTMLElement;
        if (target.closest('a, input, textarea, select')) return;
        if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
          event.preventDefault();
          onStep(event.key === 'ArrowLeft' ? -1 : 1);
        }
      }}
    >
      <div className="panel-controls">
        <button type="button" aria-label="Previous event" onClick={() => onStep(-1)}>‹</button>
        <button type="button" aria-label="Next event" onClick={() => onStep(1)}>›</button>
        <button type="button" className="close" aria-label="Close event details" onClick={onClose}>×</button>
      </div>
      {children}
    </aside>
  );
}
