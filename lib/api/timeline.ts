// GET /api/timeline: what the timeline draws of one window (see lib/query/timeline-window.ts).
import { z } from 'zod';
import { getTimelineWindow } from '../db/queries';
import { eventFilterQuery, toEventFilter } from '../query/event-filter';
import { timelineWindowQuery, toTimelineWindowRequest } from '../query/timeline-window';
import { defineEndpoint } from './endpoint';
import { timelineWindowSchema } from './response-schemas';

export const timelineEndpoint = defineEndpoint({
  path: '/api/timeline',
  summary: 'One window of the timeline',
  description:
    'The events matching the filter that overlap the window: up to 1,000 as `items`, beyond that counts per calendar period ' +
    'as `clusters`, one lane per actor or citing source with `group`.',
  query: eventFilterQuery.extend(timelineWindowQuery.shape),
  pathParameters: z.object({}),
  response: { description: 'The window’s items or clusters, with counts.', schema: timelineWindowSchema },
  answer: (query) => getTimelineWindow(toEventFilter(query), toTimelineWindowRequest(query)),
});
