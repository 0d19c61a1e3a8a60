'use client';

import { useId, useState } from 'react';
import type { ActorListing } from '@/lib/db/queries';
import { pickerActors } from './picker-actors';

/** An actor as the picker offers it: the query module's listing, counts included. */
export type ActorOption = ActorListing;

interface Props {
  actors: ActorOption[];
  selected: string[];
  onChange: (selected: string[]) => void;
}

/**
 * A searchable multi-select of actors with their event counts, most events first; actors no event
 * names are listed on "Show all" or when a search finds them. Chosen actors stay listed.
 */
export function ActorPicker({ actors, selected, onChange }: Props) {
  const [query, setQuery] = useState('');
  const [showAll, setShowAll] = useState(false);
  const id = useId();
  const { shown, withoutEvents } = pickerActors(actors, { selected, query, showAll });
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
        {shown.length === 0 && query.trim() !== '' && <li className="meta">No actor matches “{query}”.</li>}
      </ul>
      {(withoutEvents > 0 || showAll) && query.trim() === '' && (
        <button type="button" aria-controls={`${id}-list`} aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show only actors with events' : `Show all (${withoutEvents} more without events)`}
        </button>
      )}
    </fieldset>
  );
}
