// GET /api/events/<id>: one event with its actors, citations and discrepancies.
import { z } from 'zod';
import { getEvent } from '../db/queries';
import { clip } from '../query/query-date';
import { NotFoundError } from './api-error';
import { defineEndpoint } from './endpoint';
import { eventSchema } from './response-schemas';

/** Event ids are `evt_` and hex digits, with a `-2`… suffix; this only keeps out what cannot be one. */
const POSSIBLE_ID = /^[A-Za-z0-9_-]{1,100}$/;

export const eventEndpoint = defineEndpoint({
  path: '/api/events/{id}',
  summary: 'One event',
  description: 'One event in the shape `/api/events` lists it.',
  query: z.object({}),
  pathParameters: z.object({
    id: z
      .string()
      .regex(POSSIBLE_ID, { error: (issue) => `${JSON.stringify(clip(String(issue.input)))} is not an event id` })
      .meta({ description: 'The event’s id (`evt_…`), stable across seeds.' }),
  }),
  response: { description: 'The event.', schema: eventSchema },
  notFound: 'No event has this id.',
  answer: async (_query, { id }) => {
    const event = await getEvent(id);
    if (event === null) throw new NotFoundError(`no event with id '${id}'`);
    return event;
  },
});
