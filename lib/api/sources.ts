// GET /api/sources: articles' metadata with how many events cite each. Every article by default;
// `q` searches titles, publishers and slugs (for pickers: at most SOURCE_SEARCH_LIMIT answers), and
// `source` (repeatable, as in the event filter) looks articles up by slug.
import { z } from 'zod';
import { getSources, type SourceSummary } from '../db/queries';
import { eventFilterQuery } from '../query/event-filter';
import { defineEndpoint } from './endpoint';
import { sourcesSchema } from './response-schemas';

export const SOURCE_SEARCH_LIMIT = 50;

export interface SourcesBody {
  sources: SourceSummary[];
  /** More sources match `q` than the answer lists. */
  more: boolean;
}

export const sourcesEndpoint = defineEndpoint({
  path: '/api/sources',
  summary: 'Sources (articles)',
  description:
    `Every article by default. \`q\` searches titles, publishers and slugs and lists at most ${SOURCE_SEARCH_LIMIT} matches, by slug, ` +
    'with `more` true when more match; `source` looks articles up by slug and leaves unknown ones out; the two combine.',
  // The event filter's rules for these two: q is trimmed free text, source a list of slugs.
  query: eventFilterQuery.pick({ q: true, source: true }),
  pathParameters: z.object({}),
  response: { description: 'The matching sources.', schema: sourcesSchema },
  answer: ({ q, source }) => sourcesBody(q, source),
});

export async function sourcesBody(q: string | null, slugs: string[]): Promise<SourcesBody> {
  const limit = q === null ? null : SOURCE_SEARCH_LIMIT;
  const sources = await getSources({ q, slugs: slugs.length > 0 ? slugs : null, limit: limit === null ? null : limit + 1 });
  return { sources: sources.slice(0, limit ?? undefined), more: limit !== null && sources.length > limit };
}
