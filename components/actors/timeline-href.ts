// Links into the main timeline from the source and actor pages: the timeline's own view state,
// written by viewStateHref, so the timeline reads back exactly what we meant.
import { EMPTY_FILTER, type EventFilter } from '@/lib/query/event-filter';
import { DEFAULT_VIEW_STATE, viewStateHref } from '@/lib/view-state/view-state';

/** `/` with the filter's parameters and, if given, the selected event. */
export function timelineHref(filter: Partial<EventFilter>, event?: string): string {
  return viewStateHref({ ...DEFAULT_VIEW_STATE, filter: { ...EMPTY_FILTER, ...filter }, event: event ?? null });
}
