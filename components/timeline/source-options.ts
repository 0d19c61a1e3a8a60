// Sources as the filter panel and the source lanes show them. There are too many to send with the
// page (10,000 articles made it 1.8 MB), so the client asks /api/sources for the ones it shows.
import type { SourceSummary } from '@/lib/db/queries';
import type { SourcesBody } from '@/lib/api/sources';
import { displayTitle } from '@/lib/db/queries/views';

export interface SourceOption {
  slug: string;
  title: string;
  publisher: string | null;
  eventCount: number;
}

export function toSourceOption(source: SourceSummary): SourceOption {
  return { slug: source.slug, title: displayTitle(source), publisher: source.publisher, eventCount: source.eventCount };
}

/** `/api/sources` with these parameters: `q` to search, `source` (repeatable) to look slugs up. */
export async function fetchSources(params: URLSearchParams, signal?: AbortSignal): Promise<{ sources: SourceOption[]; more: boolean }> {
  const response = await fetch(`/api/sources?${params}`, { signal });
  const body = await response.json();
  if (!response.ok) throw new Error(body?.error?.message ?? `the server answered ${response.status}`);
  const { sources, more } = body as SourcesBody;
  return { sources: sources.map(toSourceOption), more };
}
