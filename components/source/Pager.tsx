import Link from 'next/link';
import styles from './source-list.module.css';

/** Previous and next links between the pages of the sources list. */
export function Pager({ page, pages }: { page: number; pages: number }) {
  const href = (target: number) => (target === 1 ? '/sources' : `/sources?page=${target}`);
  return (
    <nav aria-label="Pages of sources" className={styles.pager}>
      {page > 1 ? <Link href={href(page - 1)} rel="prev">Previous page</Link> : <span />}
      <span>Page {page} of {pages}</span>
      {page < pages ? <Link href={href(page + 1)} rel="next">Next page</Link> : <span />}
    </nav>
  );
}
