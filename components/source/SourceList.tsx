import Link from 'next/link';
import { timelineHref } from '@/components/actors/timeline-href';
import { displayTitle, type SourceSummary } from '@/lib/db/queries';
import { countLabel } from '@/components/actors/count-label';
import { Pager } from './Pager';
import styles from './source-list.module.css';
import { SourceDate } from './SourceDate';

interface Props {
  /** The articles on this page. */
  sources: SourceSummary[];
  /** Stored bases of estimated dates, by source slug. */
  dateBases: Record<string, string | null>;
  total: number;
  page: number;
  pages: number;
  /** Why the requested page could not be shown, if it could not. */
  problem: string | null;
}

/** Every article, a page at a time, with its metadata, how its date is known, and the events citing it. */
export function SourceList({ sources, dateBases, total, page, pages, problem }: Props) {
  return (
    <main className={styles.page}>
      <h1>Sources</h1>
      {problem && <p className={styles.problem}>{problem}</p>}
      <p className={styles.meta}>{countLabel(total, 'article')}{pages > 1 && `, page ${page} of ${pages}`}</p>
      <ul className={styles.list}>
        {sources.map((source) => (
          <li key={source.slug} className={styles.item}>
            <h2>
              <Link href={`/sources/${source.slug}`}>{displayTitle(source)}</Link>
            </h2>
            <dl className={styles.fields}>
              <dt>Publisher</dt>
              <dd>{source.publisher ?? 'not given'}</dd>
              <dt>Author</dt>
              <dd>{source.author ?? 'not given'}</dd>
              <dt>Date</dt>
              <dd>
                <SourceDate
                  sourceHref={`/sources/${source.slug}`}
                  published={source.published}
                  referenceDate={source.referenceDate}
                  referenceDateEstimated={source.referenceDateEstimated}
                  referenceDateBasis={dateBases[source.slug] ?? null}
                />
              </dd>
              <dt>Events</dt>
              <dd>
                {source.eventCount === 0 ? (
                  'none cite it'
                ) : (
                  <Link href={timelineHref({ sources: [source.slug] })}>
                    {source.eventCount === 1 ? '1 event' : `${source.eventCount} events`} on the timeline
                  </Link>
                )}
              </dd>
            </dl>
          </li>
        ))}
      </ul>
      {pages > 1 && <Pager page={page} pages={pages} />}
    </main>
  );
}
