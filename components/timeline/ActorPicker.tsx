'use client';

import { useId, useState } from 'react';
import type { ActorListing } from '@/lib/db/queries';

/** An actor as the picker offers it: the query module's listing, counts included. */
export type ActorOption = ActorListing;

interface Props {
  actors: ActorOption[];
  selected: string[];
  onChange: (selected: string[]) => void;
}

/** A searchable multi-select of actors with their event counts; chosen actors stay listed first. */
export function ActorPicker({ actors, selected, onChange }: Props) {
  const [query, setQuery] = useState('');
  const id = useId();
  const needle = fold(query);
  const shown = actors.filter(
    (actor) => selected.includes(actor.slug) || needle === '' || [actor.name, ...actor.aliases].some((name) => fold(name).includes(needle)),
  );
  return (
    <fieldset className="actor-picker">
      <legend>Actors</legend>
      <label htmlFor={`${id}-search`}>Find an actor</label>
      <input id={`${id}-search`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} aria-controls={`${id}-list`} />
      <ul id={`${id}-list`} className="checklist" aria-label="Actors to filter by">
        {shown.map((actor) => (
          <li key={actor.slug}>
            <label>
              <input
                type="checkbox"
                checked={selected.includes(actor.slug)}
                onChange={(event) => onChange(event.target.checked ? [...selected, actor.slug] : selected.filter((slug) => slug !== actor.slug))}
              />
              {actor.name} <span className="meta">({actor.eventCount})</span>
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="meta">No actor matches “{query}”.</li>}
      </ul>
    </fieldset>
  );
}

/** Case and diacritics do not matter when looking for a name. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}
