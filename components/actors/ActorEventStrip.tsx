import Link from 'next/link';
import type { ActorEventOverview, EventBrief } from '@/lib/db/queries';
import { dateWithPrecision } from '@/lib/format/format-date';
import styles from './actors.module.css';
import { countLabel } from './count-label';
import { timelineHref } from './timeline-href';

interface Props {
  actor: { slug: string; name: string };
  /** Events naming the actor itself. */
  total: number;
  overview: ActorEventOverview;
}

/**
 * A small timeline of the events naming an actor: a bar per year, then the first and last few events.
 * Plain HTML: however many events there are, the page carries a bounded amount and needs no script.
 */
export function ActorEventStrip({ actor, total, overview }: Props) {
  if (total === 0) return <p>No event names {actor.name}.</p>;
  // Links keep to the same events: the actor itself, not its affiliates.
  const own = { actors: [actor.slug], affiliated: false };
  const widest = Math.max(...overview.years.map((year) => year.count));
  const between = total - overview.earliest.length - overview.latest.length;
  return (
    <>
      <h3>By the year they start</h3>
      <ol className={styles.years}>
        {overview.years.map(({ year, count }) => (
          <li key={year}>
            <Link href={timelineHref({ ...own, from: `${year}-01-01`, to: `${year}-12-31` })} className={styles.year}>{year}</Link>
            <span className={styles.barTrack} aria-hidden="true">
              <span className={styles.bar} style={{ width: `${(count / widest) * 100}%` }} />
            </span>
            <span className={styles.yearCount}>{countLabel(count, 'event')}</span>
          </li>
        ))}
      </ol>
      {between > 0 ? (
        <>
          <h3>Earliest</h3>
          <EventList actor={actor.slug} events={overview.earliest} />
          <p>
            <Link href={timelineHref(own)}>{countLabel(between, 'more event')} between these, on the timeline</Link>
          </p>
          <h3>Latest</h3>
          <EventList actor={actor.slug} events={overview.latest} />
        </>
      ) : (
        <>
          <h3>In date order</h3>
          <EventList actor={actor.slug} events={[...overview.earliest, ...overview.latest]} />
        </>
      )}
    </>
  );
}

/** Events with their dates, each opening the timeline filtered to the actor with that event selected. */
function EventList({ actor, events }: { actor: string; events: EventBrief[] }) {
  return (
    <ol className={styles.events}>
      {events.map((event) => (
        <li key={event.id}>
          <span className={styles.date}>{dateWithPrecision(event)}</span>
          <Link href={timelineHref({ actors: [actor], affiliated: false }, event.id)}>{event.title}</Link>
        </li>
      ))}
    </ol>
  );
}
