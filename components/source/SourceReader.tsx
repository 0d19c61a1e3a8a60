import Link from 'next/link';
import { timelineHref } from '@/components/actors/timeline-href';
import { displayTitle, type SourceView } from '@/lib/db/queries';
import { ParagraphHighlighter } from './ParagraphHighlighter';
import { QuotedParagraph } from './QuotedParagraph';
import styles from './reader.module.css';
import { SourceDate } from './SourceDate';

/** A whole article: its metadata, then every paragraph with its quotes marked and their events in the margin. */
export function SourceReader({ source, dateBasis }: { source: SourceView; dateBasis: string | null }) {
  const byline = [source.author, source.publisher].filter(Boolean).join(', ');
  const eventCount = new Set(source.paragraphs.flatMap((p) => p.quotes.map((q) => q.eventId))).size;
  return (
    <main className={styles.reader}>
      <header className={styles.header}>
        <nav aria-label="Breadcrumb" className={styles.meta}>
          <Link href="/sources">Sources</Link>
        </nav>
        <h1>{displayTitle(source)}</h1>
        {byline && <p className={styles.meta}>{byline}</p>}
        <p className={styles.meta}>
          <SourceDate
            sourceHref=""
            published={source.published}
            referenceDate={source.referenceDate}
            referenceDateEstimated={source.referenceDateEstimated}
            referenceDateBasis={dateBasis}
          />
        </p>
        {source.url && (
          <p className={styles.meta}>
            Original: <a href={source.url} rel="noopener noreferrer">{source.url}</a>
          </p>
        )}
        <p className={styles.meta}>
          {eventCount === 0 ? (
            'No events cite this article.'
          ) : (
            <Link href={timelineHref({ sources: [source.slug] })}>
              {eventCount === 1 ? '1 event cites' : `${eventCount} events cite`} this article: show on the timeline
            </Link>
          )}
        </p>
      </header>
      <ParagraphHighlighter />
      {source.paragraphs.map((paragraph) => (
        <QuotedParagraph key={paragraph.number} paragraph={paragraph} />
      ))}
    </main>
  );
}
