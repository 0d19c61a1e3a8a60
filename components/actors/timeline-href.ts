// Links into the main timeline. Its URL state is the shared event filter plus `event`, the selected
// event; the filter part is written by eventFilterParams, so the timeline reads back what we meant.
import { EMPTY_FILTER, eventFilterParams, type EventFilter } from '@/lib/query/event-filter';

/** `/` with the filter's parameters and, if given, the selected event. */
export function timelineHref(filter: Partial<EventFilter>, event?: string): string {
  const params = eventFilterParams({ ...EMPTY_FILTER, ...filter });
  if (event !== undefined) params.set('event', event);
  const query = params.toString();
  return query === '' ? '/' : `/?${query}`;
}
