// GET /api/events: pages of the events matching the filter, with everything needed to check them.
import { z } from 'zod';
import { findEvents } from '../db/queries';
import { eventFilterQuery, toEventFilter } from '../query/event-filter';
import { wholeNumber } from '../query/query-parameters';
import { defineEndpoint } from './endpoint';
import { eventPageSchema } from './response-schemas';

export const eventsEndpoint = defineEndpoint({
  path: '/api/events',
  summary: 'Events with their citations',
  description:
    'Events matching the filter in date order (start, end, id). `total` counts every matching event; pass `nextCursor` back as ' +
    '`cursor` for the next page (null on the last one); walking the pages gives every event exactly once.',
  query: eventFilterQuery.extend({
    limit: wholeNumber({ min: 1, max: 500, fallback: 100 }, 'Events per page.'),
    cursor: z.string().optional().meta({ description: 'The previous page’s `nextCursor`.' }),
  }),
  pathParameters: z.object({}),
  response: { description: 'One page of events.', schema: eventPageSchema },
  answer: (query) => findEvents(toEventFilter(query), { limit: query.limit, cursor: query.cursor ?? null }),
});
