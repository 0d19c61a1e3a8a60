// GET /api/sources: every article's metadata with how many events cite it.
import { getSources, type SourceSummary } from '../db/queries';
import { rejectUnknownParameters } from './request-parameters';

export async function sourcesBody(params: URLSearchParams): Promise<{ sources: SourceSummary[] }> {
  rejectUnknownParameters(params, []);
  return { sources: await getSources() };
}
