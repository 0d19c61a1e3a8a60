import type { Metadata } from 'next';
import { ActorDirectory } from '@/components/actors/ActorDirectory';
import { parseActorQuery } from '@/components/actors/actor-query';
import styles from '@/components/actors/actors.module.css';
import { getActors } from '@/lib/db/queries';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Actors · Chronocite' };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ActorsPage({ searchParams }: Props) {
  const query = parseActorQuery((await searchParams).q);
  const actors = await getActors();
  return (
    <main className={styles.page}>
      <h1>Actors</h1>
      {query.problem && <p className={styles.problem}>{query.problem}</p>}
      <ActorDirectory actors={actors} initialQuery={query.q} />
    </main>
  );
}
