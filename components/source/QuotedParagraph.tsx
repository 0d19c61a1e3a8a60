import type { SourceParagraph } from '@/lib/db/queries';
import { CitingEvents } from './CitingEvents';
import { quotedEvents, splitByQuotes } from './paragraph-pieces';
import styles from './reader.module.css';

/** Paragraphs that are not the article's running text, labelled so nobody quotes them as such. */
const KIND_LABELS: Record<string, string> = { caption: 'Caption', furniture: 'Page furniture' };

/**
 * One article paragraph, addressable as #p-N, with the quotes that support events marked and, in the
 * margin, the events they are quoted in. When several events quote it, marks carry their numbers.
 */
export function QuotedParagraph({ paragraph }: { paragraph: SourceParagraph }) {
  const events = quotedEvents(paragraph);
  const numbered = events.length > 1;
  const numberOf = new Map(events.map((event, index) => [event.id, index + 1]));
  const titleOf = new Map(events.map((event) => [event.id, event.title]));
  const Tag = paragraph.kind === 'heading' ? 'h2' : 'p';
  const kindLabel = KIND_LABELS[paragraph.kind];
  return (
    <div className={styles.row}>
      <Tag id={`p-${paragraph.number}`} className={`${styles.paragraph} ${kindLabel ? styles.dimmed : ''}`}>
        <a className={styles.number} href={`#p-${paragraph.number}`} aria-label={`Paragraph ${paragraph.number}`}>
          {paragraph.number}
        </a>
        {kindLabel && <span className={styles.kind}>{kindLabel}</span>}
        {splitByQuotes(paragraph).map((piece) =>
          piece.eventIds.length > 0 ? (
            <span key={piece.start}>
              <mark title={`Quoted in event: ${piece.eventIds.map((id) => titleOf.get(id)).join('; ')}`}>{piece.text}</mark>
              {numbered && <sup className={styles.ref} aria-hidden="true">{piece.eventIds.map((id) => numberOf.get(id)).join(',')}</sup>}
            </span>
          ) : (
            <span key={piece.start}>{piece.text}</span>
          ),
        )}
      </Tag>
      {events.length > 0 && <CitingEvents paragraph={paragraph.number} events={events} />}
    </div>
  );
}
