'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { eventFilterParams, type EventFilter } from '@/lib/query/event-filter';
import { affiliationRoots, buildLanes, eventIdOfItem } from '@/lib/view-state/lanes';
import { fromDayWindow, toDayWindow } from '@/lib/view-state/iso-day';
import { DEFAULT_VIEW_STATE, parseViewState, viewStateHref, type ViewState } from '@/lib/view-state/view-state';
import type { ActorOption } from './ActorPicker';
import { EventPanel } from './EventPanel';
import { ExportMenu } from './ExportMenu';
import { FilterPanel } from './FilterPanel';
import { fitRange } from './fit-range';
import { ListView } from './ListView';
import { SearchBox } from './SearchBox';
import type { SourceOption } from './source-options';
import { CLUSTER_PREFIX, toVisGroups } from './timeline-items';
import { Toolbar } from './Toolbar';
import { useWindowLoader } from './use-window-loader';
import { VisTimeline, type TimelineHandle } from './VisTimeline';

interface Props {
  actors: ActorOption[];
  /** The filter's sources, by name, for the filter panel; lanes are named by the window's answer. */
  sources: SourceOption[];
  /** Events matching the filter, and all events. */
  matching: number;
  total: number;
  /** First and last day of the matching events, for "fit all"; null when none match. */
  span: { start: string; end: string } | null;
  /** The selected event's details, rendered on the server; null when none is selected. */
  detail: ReactNode | null;
}

const FILTER_PANEL_ID = 'filter-panel';

/**
 * The timeline page's interactive part. The address is the one source of truth for the view:
 * filters, lanes, view and selection go through the router (the server recounts and renders the
 * details); the visible window is written in place as people scroll, without a history entry.
 */
export function TimelineView({ matching, total, span, detail, sources, ...catalog }: Props) {
  // Actors change only when the corpus is re-seeded; keeping the first list keeps the lanes and the
  // loader stable while the router re-renders the page for each selection.
  const [actors] = useState(catalog.actors);
  const router = useRouter();
  const searchParams = useSearchParams();
  const state = useMemo(() => readState(searchParams), [searchParams]);
  const latest = useRef(state);
  latest.current = state;
  const timeline = useRef<TimelineHandle>(null);
  const shownDays = useRef<string | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);

  const filterQuery = eventFilterParams(state.filter).toString();
  const roots = useMemo(() => affiliationRoots(actors, state.filter.actors), [actors, state.filter.actors]);
  const loader = useWindowLoader(filterQuery, state.group, roots);
  const lanes = useMemo(
    () => (state.group === 'none' ? null : toVisGroups(buildLanes(loader.lanes, state.group, actors, loader.sourceLanes))),
    [loader.lanes, state.group, actors, loader.sourceLanes],
  );
  const [initialWindow] = useState(() => (state.window ? fromDayWindow(state.window) : fitRange(span)));

  const go = useCallback((change: Partial<ViewState>) => {
    router.push(viewStateHref({ ...latest.current, ...change }), { scroll: false });
  }, [router]);

  const onRangeChanged = useCallback((start: Date, end: Date, fromUser: boolean) => {
    loader.request(start, end);
    const days = toDayWindow(start, end);
    shownDays.current = `${days.start}/${days.end}`;
    // Zooming and panning refine the current view rather than making a new one: no history entry.
    if (fromUser) window.history.replaceState(null, '', viewStateHref({ ...latest.current, window: days }));
  }, [loader]);

  const fit = useCallback(() => {
    const range = fitRange(span);
    timeline.current?.setWindow(range.start, range.end, false);
    if (latest.current.window !== null) window.history.replaceState(null, '', viewStateHref({ ...latest.current, window: null }));
  }, [span]);

  const step = useCallback((direction: -1 | 1) => {
    const order = chronologicalEventIds(loader.items);
    const current = latest.current.event === null ? -1 : order.indexOf(latest.current.event);
    const next = order[current < 0 ? (direction > 0 ? 0 : order.length - 1) : current + direction];
    if (next === undefined) return;
    go({ event: next });
    timeline.current?.focusEvent(next);
  }, [go, loader.items]);

  const close = useCallback(() => {
    const closed = latest.current.event;
    go({ event: null });
    if (closed !== null) timeline.current?.focusEvent(closed);
  }, [go]);

  // Back, forward and shared links: move the timeline to the window the address names.
  useEffect(() => {
    const wanted = state.window;
    if (wanted === null || shownDays.current === `${wanted.start}/${wanted.end}`) return;
    const range = fromDayWindow(wanted);
    timeline.current?.setWindow(range.start, range.end, false);
  }, [state.window]);

  // "Fit all" is a view of its own: with no window in the address, follow the matching events.
  useEffect(() => {
    if (state.window !== null) return;
    const range = fitRange(span);
    timeline.current?.setWindow(range.start, range.end, false);
  }, [span, state.window]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => handleGlobalKey(event, {
      zoomIn: () => timeline.current?.zoomIn(),
      zoomOut: () => timeline.current?.zoomOut(),
      fit,
      scroll: (share) => timeline.current?.scroll(share),
      close: latest.current.event === null ? null : close,
      timelineShown: latest.current.view === 'timeline',
    });
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [fit, close]);

  const applyFilter = (filter: EventFilter) => {
    setFiltersOpen(false);
    go({ filter, event: null });
  };

  return (
    <main className="timeline-layout" data-view={state.view}>
      <Toolbar
        view={state.view}
        group={state.group}
        matching={matching}
        total={total}
        filtersOpen={filtersOpen}
        activeFilters={countActive(state.filter)}
        filterPanelId={FILTER_PANEL_ID}
        onZoom={(direction) => (direction === 'fit' ? fit() : direction === 'in' ? timeline.current?.zoomIn() : timeline.current?.zoomOut())}
        onView={(view) => go({ view })}
        onGroup={(group) => go({ group })}
        onToggleFilters={() => setFiltersOpen((open) => !open)}
        search={<SearchBox value={state.filter.q} onSearch={(q) => go({ filter: { ...state.filter, q }, event: null })} />}
        exportMenu={<ExportMenu filterQuery={filterQuery} />}
      />
      {filtersOpen && (
        <FilterPanel key={filterQuery} id={FILTER_PANEL_ID} filter={state.filter} actors={actors} chosenSources={sources} onApply={applyFilter} />
      )}
      <p id="timeline-keys" className="visually-hidden">
        Plus and minus zoom, 0 fits all events, the arrow keys scroll. Tab moves between events; Enter opens one;
        in an open event, the left and right arrows go to the previous and next event; Escape closes it.
      </p>
      {loader.error !== null && <p role="alert" className="load-error">Could not load the timeline: {loader.error}</p>}
      <div className="timeline-main">
        {state.view === 'timeline' ? (
          <VisTimeline
            ref={timeline}
            items={loader.items}
            lanes={lanes}
            initialWindow={initialWindow}
            selectedEventId={state.event}
            onRangeChanged={onRangeChanged}
            onSelectEvent={(id) => {
              if (id !== latest.current.event) go({ event: id });
            }}
            onStep={step}
          />
        ) : (
          <ListView
            filterQuery={filterQuery}
            selectedId={state.event}
            eventHref={(id) => viewStateHref({ ...state, event: id })}
          />
        )}
        {state.event !== null && detail !== null && (
          <EventPanel eventId={state.event} onClose={close} onStep={step} takeFocus={state.view === 'list'}>
            {detail}
          </EventPanel>
        )}
      </div>
    </main>
  );
}

function readState(params: URLSearchParams): ViewState {
  try {
    return parseViewState(new URLSearchParams(params));
  } catch {
    // The server page already refused an invalid address with a message; this only runs for valid ones.
    return DEFAULT_VIEW_STATE;
  }
}

function countActive(filter: EventFilter): number {
  return filter.actors.length + filter.sources.length + (filter.from ? 1 : 0) + (filter.to ? 1 : 0) + (filter.mode === 'all' ? 1 : 0) + (filter.affiliated ? 0 : 1);
}

/** Loaded events in date order, each once, whatever lanes they are drawn in. */
function chronologicalEventIds(items: { id: string; start: Date }[]): string[] {
  const first = new Map<string, number>();
  for (const item of items) {
    if (item.id.startsWith(CLUSTER_PREFIX)) continue;
    const id = eventIdOfItem(item.id);
    if (!first.has(id)) first.set(id, item.start.getTime());
  }
  return [...first].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

interface KeyActions {
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  scroll: (share: number) => void;
  close: (() => void) | null;
  timelineShown: boolean;
}

/** Page-wide keys, except while typing in a field: zoom, fit, scroll, and Escape to close the event. */
function handleGlobalKey(event: KeyboardEvent, actions: KeyActions) {
  const target = event.target as HTMLElement;
  if (event.key === 'Escape' && actions.close) {
    actions.close();
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey || !actions.timelineShown) return;
  if (target.closest('input, textarea, select, [contenteditable], .filter-panel, .event-detail, .export-menu')) return;
  const scrollable = target === document.body || target.classList.contains('timeline-canvas');
  switch (event.key) {
    case '+':
    case '=':
      actions.zoomIn();
      break;
    case '-':
      actions.zoomOut();
      break;
    case '0':
      actions.fit();
      break;
    case 'ArrowLeft':
    case 'ArrowRight':
      if (!scrollable) return;
      actions.scroll(event.key === 'ArrowLeft' ? -0.2 : 0.2);
      break;
    default:
      return;
  }
  event.preventDefault();
}
