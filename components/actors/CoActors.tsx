import Link from 'next/link';
import type { ActorCount } from '@/lib/db/queries';
import styles from './actors.module.css';
import { countLabel } from './count-label';
import { timelineHref } from './timeline-href';

/** The actors named most often in the same events, each count opening exactly those events. */
export function CoActors({ actor, coActors }: { actor: { slug: string; name: string }; coActors: ActorCount[] }) {
  if (coActors.length === 0) return <p>No other actor is named in the same events as {actor.name}.</p>;
  return (
    <ol className={styles.coActors}>
      {coActors.map((other) => (
        <li key={other.slug}>
          <Link href={`/actors/${other.slug}`}>{other.name}</Link> <span className={styles.meta}>({other.kind})</span>:{' '}
          <Link href={timelineHref({ actors: [actor.slug, other.slug], mode: 'all', affiliated: false })}>
            {countLabel(other.count, 'event')} naming both
          </Link>
        </li>
      ))}
    </ol>
  );
}
