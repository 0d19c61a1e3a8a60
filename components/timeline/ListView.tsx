'use client';

import Link from 'next/link';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventPage, TimelineEvent } from '@/lib/db/queries';
import { corroborationInWords, disagreementInWords } from '@/lib/format/corroboration-words';
import { dateWithPrecision } from '@/lib/format/format-date';

const PAGE_SIZE = 25;

interface Props {
  filterQuery: string;
  /** The address that opens an event's details next to the list. */
  eventHref: (eventId: string) => string;
  selectedId: string | null;
}

/**
 * The matching events as a chronological list, grouped by year, loaded a page at a time through
 * the API's cursor: the next page comes when the end of the list scrolls into view or on request.
 */
export function ListView({ filterQuery, eventHref, selectedId }: Props) {
  const [events, setEvents] = useState<TimelineEvent[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const sentinel = useRef<HTMLDivElement>(null);
  const inFlight = useRef<AbortController | null>(null);

  const loadPage = useCallback(async (after: string | null) => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    const params = new URLSearchParams(filterQuery);
    params.set('limit', String(PAGE_SIZE));
    if (after !== null) params.set('cursor', after);
    setLoading(true);
    try {
      const response = await fetch(`/api/events?${params}`, { signal: controller.signal });
      const body = await response.json();
      if (!response.ok) throw new Error(body?.error?.message ?? `the server answered ${response.status}`);
      const page = body as EventPage;
      setEvents((previous) => (after === null ? page.events : [...previous, ...page.events]));
      setCursor(page.nextCursor);
      setTotal(page.total);
      setError(null);
    } catch (caught) {
      if (!controller.signal.aborted) setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      if (!controller.signal.aborted) setLoading(false);
    }
  }, [filterQuery]);

  useEffect(() => {
    void loadPage(null);
    return () => inFlight.current?.abort();
  }, [loadPage]);

  useEffect(() => {
    const element = sentinel.current;
    if (element === null || cursor === null || loading) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) void loadPage(cursor);
    }, { rootMargin: '400px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [cursor, loading, loadPage]);

  return (
    <section className="event-list" aria-labelledby="event-list-heading" aria-busy={loading}>
      <h1 id="event-list-heading" className="visually-hidden">Events in date order</h1>
      {byYear(events).map(([year, entries]) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{year}</h2>
          <ol>
            {entries.map((event) => (
              <li key={event.id} aria-current={event.id === selectedId ? 'true' : undefined}>
                <article aria-labelledby={`list-${event.id}`}>
                  <h3 id={`list-${event.id}`}>
                    <Link href={eventHref(event.id)} scroll={false}>{event.title}</Link>
                  </h3>
                  <p className="meta">
                    {dateWithPrecision(event)}, as written: “{event.dateText}”
                    {event.actors.length > 0 && <> · {event.actors.map((actor) => actor.name).join(', ')}</>}
                  </p>
                  <p className="meta">
                    {corroborationInWords(event)}
                    {event.discrepancies.length > 0 && (
                      <> · <strong>{disagreementInWords(event.discrepancies.map((discrepancy) => discrepancy.measure))}</strong></>
                    )}
                  </p>
                  <ShownPassage event={event} />
                </article>
              </li>
            ))}
          </ol>
        </section>
      ))}
      <div ref={sentinel} className="list-end">
        {error !== null && <p role="alert">Could not load events: {error}</p>}
        {total !== null && (
          <p className="meta">
            Showing {events.length.toLocaleString('en-US')} of {total.toLocaleString('en-US')} events.
          </p>
        )}
        {cursor !== null && (
          <button type="button" onClick={() => void loadPage(cursor)} disabled={loading}>
            {loading ? 'Loading…' : 'Load more events'}
          </button>
        )}
      </div>
    </section>
  );
}

/** The passage shown under an entry: the first that reports the event, else the first mention. */
function ShownPassage({ event }: { event: TimelineEvent }) {
  const citation = event.citations.find((c) => c.role === 'report') ?? event.citations[0];
  if (citation === undefined) return null;
  return (
    <blockquote>
      {citation.quote}
      <footer className="meta">— {citation.sourceTitle}</footer>
    </blockquote>
  );
}

function byYear(events: TimelineEvent[]): [string, TimelineEvent[]][] {
  const groups = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const year = event.start.slice(0, 4);
    const group = groups.get(year);
    if (group) group.push(event);
    else groups.set(year, [event]);
  }
  return [...groups];
}
