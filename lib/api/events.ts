// GET /api/events: pages of the events matching the filter, with everything needed to check them.
import { findEvents, type EventPage } from '../db/queries';
import { parseEventFilter, single } from '../query/event-filter';
import { FILTER_PARAMETERS, rejectUnknownParameters, wholeNumber } from './request-parameters';

const PARAMETERS = [...FILTER_PARAMETERS, 'limit', 'cursor'];
const LIMIT = { min: 1, max: 500, fallback: 100 };

export async function eventsBody(params: URLSearchParams): Promise<EventPage> {
  rejectUnknownParameters(params, PARAMETERS);
  const filter = parseEventFilter(params);
  return findEvents(filter, { limit: wholeNumber(params, 'limit', LIMIT), cursor: single(params, 'cursor') });
}
