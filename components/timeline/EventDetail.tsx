import Link from 'next/link';
import type { TimelineEvent } from '@/lib/db/queries';
import { formatEventDate } from '@/lib/format/format-date';

const STANCE_LABELS = {
  stated: 'Stated by the source',
  reported: 'Reported (attributed by the source)',
  alleged: 'Alleged',
  denied: 'Denied',
  confirmed: 'Confirmed',
} as const;

/** What the sources say about one event, each quote linked to its paragraph. */
export function EventDetail({ event, onClose }: { event: TimelineEvent; onClose: () => void }) {
  return (
    <aside className="event-detail" aria-label="Event details">
      <button type="button" className="close" aria-label="Close event details" onClick={onClose}>×</button>
      <h2>{event.title}</h2>
      <p>
        <strong>{formatEventDate(event.start, event.end, event.precision)}</strong>{' '}
        <span className="meta">(as written: “{event.dateText}”; precision: {event.precision})</span>
      </p>
      {event.inferred && (
        <p className="meta">Date inferred ({event.inferred.rule}) from {event.inferred.anchor}.</p>
      )}
      {event.actors.length > 0 && (
        <p>
          <span className="meta">Actors: </span>
          {event.actors.map((actor) => actor.name).join(', ')}
        </p>
      )}
      <h3>Sources ({event.citations.length})</h3>
      {event.citations.map((citation) => (
        <figure key={`${citation.source}-${citation.paragraph}-${citation.quote.length}`}>
          <blockquote>{citation.quote}</blockquote>
          <figcaption className="meta">
            {STANCE_LABELS[citation.stance]} · {citation.sourceTitle}
            {citation.publisher ? `, ${citation.publisher}` : ''} ·{' '}
            <Link href={`/sources/${citation.source}#p-${citation.paragraph}`}>
              Read paragraph {citation.paragraph} in the source
            </Link>
          </figcaption>
        </figure>
      ))}
    </aside>
  );
}
