import Link from 'next/link';
import styles from '@/components/actors/actors.module.css';

export default function ActorNotFound() {
  return (
    <main className={styles.page}>
      <h1>Actor not found</h1>
      <p>There is no actor at this address. It may have been renamed or merged with another.</p>
      <p>
        <Link href="/actors">Search the actors</Link> or <Link href="/">go to the timeline</Link>.
      </p>
    </main>
  );
}
