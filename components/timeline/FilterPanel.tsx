'use client';

import { useState } from 'react';
import type { EventFilter, MatchMode } from '@/lib/query/event-filter';
import { ActorPicker, type ActorOption } from './ActorPicker';
import type { SourceOption } from './source-options';
import { SourcePicker } from './SourcePicker';

interface Props {
  id: string;
  filter: EventFilter;
  actors: ActorOption[];
  /** The filter's sources, by name. */
  chosenSources: SourceOption[];
  onApply: (filter: EventFilter) => void;
}

/** The filters that do not fit the toolbar: actors, sources and dates, applied together. */
export function FilterPanel({ id, filter, actors, chosenSources, onApply }: Props) {
  const [draft, setDraft] = useState(filter);
  const set = (change: Partial<EventFilter>) => setDraft((previous) => ({ ...previous, ...change }));
  return (
    <form
      id={id}
      className="filter-panel"
      aria-label="Filters"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
    >
      <ActorPicker actors={actors} selected={draft.actors} onChange={(selected) => set({ actors: selected })} />
      <fieldset>
        <legend>Match</legend>
        {(['any', 'all'] as MatchMode[]).map((mode) => (
          <label key={mode}>
            <input type="radio" name="mode" value={mode} checked={draft.mode === mode} onChange={() => set({ mode })} />
            {mode === 'any' ? 'Any of the actors' : 'All of the actors'}
          </label>
        ))}
        <label>
          <input type="checkbox" checked={draft.affiliated} onChange={(event) => set({ affiliated: event.target.checked })} />
          Include affiliated actors
        </label>
      </fieldset>
      <SourcePicker chosen={chosenSources} selected={draft.sources} onChange={(selected) => set({ sources: selected })} />
      <fieldset>
        <legend>Dates</legend>
        <label>
          From <input type="date" value={draft.from ?? ''} onChange={(event) => set({ from: event.target.value || null })} />
        </label>
        <label>
          To <input type="date" value={draft.to ?? ''} min={draft.from ?? undefined} onChange={(event) => set({ to: event.target.value || null })} />
        </label>
      </fieldset>
      <div className="filter-actions">
        <button type="submit">Apply filters</button>
        <button type="button" onClick={() => onApply({ ...draft, actors: [], sources: [], from: null, to: null, mode: 'any', affiliated: true })}>
          Clear filters
        </button>
      </div>
    </form>
  );
}
