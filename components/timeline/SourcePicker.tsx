'use client';

import { useEffect, useId, useState } from 'react';
import { fetchSources, type SourceOption } from './source-options';

/** Searches wait this long after the last key, so typing a word costs one request. */
const SEARCH_DEBOUNCE_MS = 250;

interface Props {
  /** The chosen sources, by name; more are added as the person checks search answers. */
  chosen: SourceOption[];
  selected: string[];
  onChange: (selected: string[]) => void;
}

type Search =
  | { state: 'idle' }
  | { state: 'searching' }
  | { state: 'done'; query: string; sources: SourceOption[]; more: boolean }
  | { state: 'failed'; message: string };

/**
 * A multi-select of sources found by searching their titles, publishers and slugs on the server.
 * Chosen sources are listed first, and stay listed when unchecked, so a slip can be undone.
 */
export function SourcePicker({ chosen, selected, onChange }: Props) {
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<Search>({ state: 'idle' });
  // Sources chosen when the panel opened or since: listed first, checked or not.
  const [chosenSoFar, setChosenSoFar] = useState(() => new Map(chosen.map((source) => [source.slug, source])));
  const id = useId();

  useEffect(() => {
    const text = query.trim();
    if (text === '') {
      setSearch({ state: 'idle' });
      return;
    }
    setSearch({ state: 'searching' });
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchSources(new URLSearchParams({ q: text }), controller.signal)
        .then(({ sources, more }) => setSearch({ state: 'done', query: text, sources, more }))
        .catch((error: unknown) => {
          if (!controller.signal.aborted) setSearch({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
        });
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const found = search.state === 'done' ? search.sources.filter((source) => !chosenSoFar.has(source.slug)) : [];
  const toggle = (source: SourceOption, checked: boolean) => {
    if (checked) setChosenSoFar((previous) => new Map(previous).set(source.slug, source));
    onChange(checked ? [...selected, source.slug] : selected.filter((slug) => slug !== source.slug));
  };
  // The page refuses addresses naming unknown sources, so a chosen one always has a name; the slug is a fallback.
  const item = (slug: string, source: SourceOption | undefined) => (
    <li key={slug}>
      <label>
        <input
          type="checkbox"
          checked={selected.includes(slug)}
          onChange={(event) => (source ? toggle(source, event.target.checked) : onChange(selected.filter((other) => other !== slug)))}
        />
        {source ? (
          <>
            {source.title}
            {source.publisher ? `, ${source.publisher}` : ''} <span className="meta">({source.eventCount})</span>
          </>
        ) : slug}
      </label>
    </li>
  );

  return (
    <fieldset>
      <legend>Sources</legend>
      <label htmlFor={`${id}-search`}>Find a source</label>
      <input id={`${id}-search`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} aria-controls={`${id}-list`} />
      <ul id={`${id}-list`} className="checklist" aria-label="Sources to filter by">
        {selected.filter((slug) => !chosenSoFar.has(slug)).map((slug) => item(slug, undefined))}
        {[...chosenSoFar.values()].map((source) => item(source.slug, source))}
        {found.map((source) => item(source.slug, source))}
      </ul>
      <p className="meta" role="status">
        {searchStatus(search, query)}
      </p>
    </fieldset>
  );
}

function searchStatus(search: Search, query: string): string {
  switch (search.state) {
    case 'idle':
      return 'Type part of a title, publisher or address to find sources.';
    case 'searching':
      return 'Searching…';
    case 'failed':
      return `Could not search the sources: ${search.message}`;
    case 'done':
      if (search.sources.length === 0) return `No source matches “${query.trim()}”.`;
      return search.more ? `The first ${search.sources.length} matches; type more to narrow them.` : `${search.sources.length} ${search.sources.length === 1 ? 'match' : 'matches'}.`;
  }
}
