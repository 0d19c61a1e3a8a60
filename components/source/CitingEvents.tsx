import Link from 'next/link';
import { timelineHref } from '@/components/actors/timeline-href';
import styles from './reader.module.css';

interface Props {
  paragraph: number;
  events: { id: string; title: string }[];
}

/** The margin marker of a quoted paragraph: the events quoting it, each opening the timeline on it. */
export function CitingEvents({ paragraph, events }: Props) {
  return (
    <div className={styles.marker}>
      <p className={styles.markerLabel}>{events.length === 1 ? 'Quoted in event:' : `Quoted in ${events.length} events:`}</p>
      <ol className={events.length > 1 ? styles.numbered : styles.single} aria-label={`Events citing paragraph ${paragraph}`}>
        {events.map((event) => (
          <li key={event.id}>
            <Link href={timelineHref({}, event.id)}>{event.title}</Link>
          </li>
        ))}
      </ol>
    </div>
  );
}
