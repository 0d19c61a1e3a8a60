'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { NO_ACTOR_LANE, type LaneSource } from '@/lib/view-state/lanes';
import { fetchSources, type SourceOption } from './source-options';

/** Slugs per lookup: the API takes as many `source` values as the event filter does. */
const SLUGS_PER_REQUEST = 50;
/** With more titles missing than this, one request for the whole list beats many lookups. */
const MAX_LOOKED_UP = 4 * SLUGS_PER_REQUEST;

/**
 * Titles for the source lanes in `wanted` (null when lanes are not by source), beyond the `known`
 * ones: asked of /api/sources as lanes appear. Until a title arrives, or if asking fails, its lane
 * shows the slug; a slug is asked for once.
 */
export function useSourceTitles(known: SourceOption[], wanted: ReadonlySet<string> | null): LaneSource[] {
  const [fetched, setFetched] = useState(() => new Map<string, string>());
  const asked = useRef(new Set<string>());
  const titles = useMemo(() => {
    const all = new Map(fetched);
    for (const source of known) all.set(source.slug, source.title);
    return all;
  }, [fetched, known]);

  useEffect(() => {
    if (wanted === null) return;
    const missing = [...wanted].filter((slug) => slug !== NO_ACTOR_LANE && !titles.has(slug) && !asked.current.has(slug));
    if (missing.length === 0) return;
    for (const slug of missing) asked.current.add(slug);
    const requests = missing.length > MAX_LOOKED_UP
      ? [new URLSearchParams()]
      : chunks(missing, SLUGS_PER_REQUEST).map((slugs) => new URLSearchParams(slugs.map((slug) => ['source', slug])));
    for (const params of requests) {
      fetchSources(params)
        .then(({ sources }) => setFetched((previous) => new Map([...previous, ...sources.map((source) => [source.slug, source.title] as const)])))
        .catch(() => {});
    }
  }, [wanted, titles]);

  return useMemo(() => [...titles].map(([slug, title]) => ({ slug, title })), [titles]);
}

function chunks<T>(values: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(values.length / size) }, (_, i) => values.slice(i * size, (i + 1) * size));
}
