import Link from 'next/link';
import styles from '@/components/source/reader.module.css';

export default function SourceNotFound() {
  return (
    <main className={styles.reader}>
      <h1>Source not found</h1>
      <p>There is no article at this address. It may have been renamed or removed from the collection.</p>
      <p>
        <Link href="/sources">See every source</Link> or <Link href="/">go to the timeline</Link>.
      </p>
    </main>
  );
}
