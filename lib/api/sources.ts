// GET /api/sources: articles' metadata with how many events cite each. Every article by default;
// `q` searches titles, publishers and slugs (for pickers: at most SOURCE_SEARCH_LIMIT answers), and
// `source` (repeatable, as in the event filter) looks articles up by slug.
import { getSources, type SourceSummary } from '../db/queries';
import { parseEventFilter } from '../query/event-filter';
import { rejectUnknownParameters } from './request-parameters';

export const SOURCE_SEARCH_LIMIT = 50;

export interface SourcesBody {
  sources: SourceSummary[];
  /** More sources match `q` than the answer lists. */
  more: boolean;
}

export async function sourcesBody(params: URLSearchParams): Promise<SourcesBody> {
  rejectUnknownParameters(params, ['q', 'source']);
  // The event filter's rules for these two: q is trimmed free text, source a list of slugs.
  const { q, sources: slugs } = parseEventFilter(params);
  const limit = q === null ? null : SOURCE_SEARCH_LIMIT;
  const sources = await getSources({ q, slugs: params.has('source') ? slugs : null, limit: limit === null ? null : limit + 1 });
  return { sources: sources.slice(0, limit ?? undefined), more: limit !== null && sources.length > limit };
}
