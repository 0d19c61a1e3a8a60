// GET /api/events/<id>: one event with its actors, citations and discrepancies.
import { getEvent, type TimelineEvent } from '../db/queries';
import { clip } from '../query/query-date';
import { ParameterError } from '../query/parameter-error';
import { NotFoundError } from './api-error';
import { rejectUnknownParameters } from './request-parameters';

/** Event ids are `evt_` and hex digits, with a `-2`… suffix; this only keeps out what cannot be one. */
const POSSIBLE_ID = /^[A-Za-z0-9_-]{1,100}$/;

export async function eventBody(id: string, params: URLSearchParams): Promise<TimelineEvent> {
  rejectUnknownParameters(params, []);
  if (!POSSIBLE_ID.test(id)) throw new ParameterError('id', `${JSON.stringify(clip(id))} is not an event id`);
  const event = await getEvent(id);
  if (event === null) throw new NotFoundError(`no event with id '${id}'`);
  return event;
}
