// GET /api/timeline: what the timeline draws of one window (see lib/query/timeline-window.ts).
import { getTimelineWindow } from '../db/queries';
import { parseEventFilter } from '../query/event-filter';
import { parseTimelineWindowRequest, type TimelineWindow } from '../query/timeline-window';
import { FILTER_PARAMETERS, rejectUnknownParameters } from './request-parameters';

const PARAMETERS = [...FILTER_PARAMETERS, 'start', 'end', 'group'];

export async function timelineBody(params: URLSearchParams): Promise<TimelineWindow> {
  rejectUnknownParameters(params, PARAMETERS);
  return getTimelineWindow(parseEventFilter(params), parseTimelineWindowRequest(params));
}
