// Everything a shared link must restore: the event filter, how lanes are grouped, the selected event,
// timeline or list, and the visible window. The URL is the one place this state lives.
import { EMPTY_FILTER, eventFilterParams, parseEventFilter, single, type EventFilter } from '../query/event-filter';
import { GROUPINGS, type Grouping } from '../query/timeline-window';
import { ParameterError } from '../query/parameter-error';
import { clip } from '../query/query-date';
import { parseIsoDay } from './iso-day';

export const VIEWS = ['timeline', 'list'] as const;
export type View = (typeof VIEWS)[number];

/** The visible window in whole days: from the start of `start` to the end of `end`. */
export interface DayWindow {
  start: string;
  end: string;
}

export interface ViewState {
  filter: EventFilter;
  /** `group`: lanes per actor (default), per source, or one lane. */
  group: Grouping;
  /** `event`: the id of the event whose details are open. */
  event: string | null;
  /** `view`: the zoomable timeline (default) or the chronological list. */
  view: View;
  /** `start` and `end` together; null means "fit the matching events". */
  window: DayWindow | null;
}

export const DEFAULT_VIEW_STATE: ViewState = { filter: EMPTY_FILTER, group: 'actor', event: null, view: 'timeline', window: null };

const EVENT_ID = /^evt_[0-9a-f]{6,40}$/;

/** Reads a page's query parameters; throws a ParameterError naming the first one it cannot use. */
export function parseViewState(params: URLSearchParams): ViewState {
  return {
    filter: parseEventFilter(params),
    group: oneOf(params, 'group', GROUPINGS) ?? DEFAULT_VIEW_STATE.group,
    event: eventId(params),
    view: oneOf(params, 'view', VIEWS) ?? DEFAULT_VIEW_STATE.view,
    window: dayWindow(params),
  };
}

/** The state as canonical query parameters, defaults left out; `parseViewState` reads it back. */
export function viewStateParams(state: ViewState): URLSearchParams {
  const params = eventFilterParams(state.filter);
  if (state.group !== DEFAULT_VIEW_STATE.group) params.set('group', state.group);
  if (state.view !== DEFAULT_VIEW_STATE.view) params.set('view', state.view);
  if (state.event !== null) params.set('event', state.event);
  if (state.window !== null) {
    params.set('start', state.window.start);
    params.set('end', state.window.end);
  }
  return params;
}

/** The page address for a state: `/` plus its canonical query string. */
export function viewStateHref(state: ViewState): string {
  const query = viewStateParams(state).toString();
  return query === '' ? '/' : `/?${query}`;
}

function eventId(params: URLSearchParams): string | null {
  const value = single(params, 'event');
  if (value === null) return null;
  if (!EVENT_ID.test(value)) throw new ParameterError('event', `${JSON.stringify(clip(value))} is not an event id (evt_ and hex digits)`);
  return value;
}

function dayWindow(params: URLSearchParams): DayWindow | null {
  const start = single(params, 'start');
  const end = single(params, 'end');
  if (start === null && end === null) return null;
  if (start === null) throw new ParameterError('start', 'is required when end is given');
  if (end === null) throw new ParameterError('end', 'is required when start is given');
  const window = { start: parseIsoDay('start', start), end: parseIsoDay('end', end) };
  if (window.start > window.end) throw new ParameterError('end', `${end} is before start (${start})`);
  return window;
}

function oneOf<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T | null {
  const value = single(params, name);
  if (value === null) return null;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ParameterError(name, `${JSON.stringify(clip(value))} is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}
