import Link from 'next/link';
import type { ActorEventOverview, ActorProfile } from '@/lib/db/queries';
import { ActorEventStrip } from './ActorEventStrip';
import styles from './actors.module.css';
import { AffiliationChain } from './AffiliationChain';
import { CoActors } from './CoActors';
import { countLabel } from './count-label';
import { timelineHref } from './timeline-href';

/** One actor: who it is, where it belongs, its events at a glance and the actors named with it. */
export function ActorProfileView({ profile, overview }: { profile: ActorProfile; overview: ActorEventOverview }) {
  const hasAffiliates = profile.affiliatedEventCount !== profile.eventCount;
  return (
    <main className={styles.page}>
      <nav aria-label="Breadcrumb" className={styles.meta}>
        <Link href="/actors">Actors</Link>
      </nav>
      <h1>{profile.name}</h1>
      <dl className={styles.facts}>
        <dt>Kind</dt>
        <dd>{profile.kind}</dd>
        {profile.discovered && (
          <>
            <dt>Found in the text</dt>
            <dd>{profile.evidence ?? 'not in the curated actor list'}</dd>
          </>
        )}
        {profile.aliases.length > 0 && (
          <>
            <dt>Also written</dt>
            <dd>{profile.aliases.join(', ')}</dd>
          </>
        )}
        {profile.affiliationChain.length > 0 && (
          <>
            <dt>Affiliation</dt>
            <dd><AffiliationChain actor={profile} chain={profile.affiliationChain} /></dd>
          </>
        )}
        {profile.members.length > 0 && (
          <>
            <dt>Affiliated actors</dt>
            <dd>
              <ul className={styles.members}>
                {profile.members.map((member) => (
                  <li key={member.slug}>
                    <Link href={`/actors/${member.slug}`}>{member.name}</Link>{' '}
                    <span className={styles.meta}>({countLabel(member.count, 'event')})</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <p className={styles.actions}>
        <Link href={timelineHref({ actors: [profile.slug] })} className={styles.primary}>Show on timeline</Link>{' '}
        <span>
          {countLabel(profile.affiliatedEventCount, 'event')} naming {profile.name}
          {hasAffiliates && ' or an actor affiliated to it'}
        </span>
      </p>
      {hasAffiliates && (
        <p>
          <Link href={timelineHref({ actors: [profile.slug], affiliated: false })}>
            Only the {countLabel(profile.eventCount, 'event')} naming {profile.name} itself
          </Link>
        </p>
      )}
      <section aria-labelledby="actor-events">
        <h2 id="actor-events">Events naming {profile.name}</h2>
        <ActorEventStrip actor={profile} total={profile.eventCount} overview={overview} />
      </section>
      <section aria-labelledby="actor-co-actors">
        <h2 id="actor-co-actors">Named most often with {profile.name}</h2>
        <CoActors actor={profile} coActors={profile.coActors} />
      </section>
    </main>
  );
}
