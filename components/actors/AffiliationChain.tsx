import Link from 'next/link';
import type { ActorSummary } from '@/lib/db/queries';
import styles from './actors.module.css';

/** The actor and whom it belongs to, nearest first: Quds Force → IRGC → Iran. */
export function AffiliationChain({ actor, chain }: { actor: ActorSummary; chain: ActorSummary[] }) {
  return (
    <ol className={styles.chain} aria-label={`Affiliation chain of ${actor.name}`}>
      <li aria-current="page">{actor.name}</li>
      {chain.map((above) => (
        <li key={above.slug}>
          <Link href={`/actors/${above.slug}`}>{above.name}</Link>
        </li>
      ))}
    </ol>
  );
}
