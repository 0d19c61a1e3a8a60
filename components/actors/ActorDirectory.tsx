'use client';

import Link from 'next/link';
import { useMemo, useState, type FormEvent } from 'react';
import type { ActorListing } from '@/lib/db/queries';
import styles from './actors.module.css';
import { matchActors } from './match-actors';

interface Props {
  actors: ActorListing[];
  /** The search the server already applied (`?q=`), so the list is right before any script runs. */
  initialQuery: string;
}

/**
 * The searchable actor list. Without JavaScript the form submits `?q=` and the server filters; with
 * it, the list narrows as one types and the address keeps the search so it can be shared.
 */
export function ActorDirectory({ actors, initialQuery }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const shown = useMemo(() => matchActors(actors, query), [actors, query]);
  const nameOf = useMemo(() => new Map(actors.map((actor) => [actor.slug, actor.name])), [actors]);

  const search = (value: string) => {
    setQuery(value);
    const trimmed = value.trim();
    window.history.replaceState(null, '', trimmed === '' ? window.location.pathname : `?q=${encodeURIComponent(trimmed)}`);
  };
  // The list already shows the results; submitting would only reload the page.
  const onSubmit = (event: FormEvent) => event.preventDefault();

  return (
    <>
      <form role="search" action="/actors" method="get" className={styles.search} onSubmit={onSubmit}>
        <label htmlFor="actor-search">Search actors by name or alias</label>
        <div className={styles.searchRow}>
          <input id="actor-search" type="search" name="q" value={query} maxLength={100} autoComplete="off"
            onChange={(event) => search(event.target.value)} />
          <button type="submit">Search</button>
        </div>
      </form>
      <p role="status" className={styles.meta}>
        {shown.length === actors.length ? `${actors.length} actors` : `${shown.length} of ${actors.length} actors`}
      </p>
      {shown.length > 0 && (
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Actor</th>
              <th scope="col">Kind</th>
              <th scope="col" className={styles.count}>Events naming it</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((actor) => (
              <tr key={actor.slug}>
                <th scope="row">
                  <Link href={`/actors/${actor.slug}`}>{actor.name}</Link>
                  {actor.affiliation && <span className={styles.detail}>Part of {nameOf.get(actor.affiliation) ?? actor.affiliation}</span>}
                  {actor.aliases.length > 0 && <span className={styles.detail}>Also: {actor.aliases.join(', ')}</span>}
                  {actor.discovered && <span className={styles.detail}>Found in the text{actor.evidence ? `: ${actor.evidence}` : ''}</span>}
                </th>
                <td>{actor.kind}</td>
                <td className={styles.count}>{actor.eventCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
