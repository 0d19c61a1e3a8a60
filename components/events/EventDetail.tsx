import Link from 'next/link';
import { paragraphKey, type TimelineEvent } from '@/lib/db/queries';
import { dateWithPrecision } from '@/lib/format/format-date';
import { inferenceInWords } from '@/lib/format/inference-in-words';
import { QuoteInParagraph } from './QuoteInParagraph';

const STANCE_LABELS = {
  stated: 'Stated by the source',
  reported: 'Reported (attributed by the source)',
  alleged: 'Alleged',
  denied: 'Denied',
  confirmed: 'Confirmed',
} as const;

interface Props {
  event: TimelineEvent;
  /** Paragraph texts by `<source>#<paragraph>`, to show each quote in its context. */
  paragraphs: Record<string, string>;
  /** 1 on the event's own page, 2 inside the timeline's panel. */
  headingLevel: 1 | 2;
}

/** What the sources say about one event: its date as written and inferred, actors, every citation. */
export function EventDetail({ event, paragraphs, headingLevel }: Props) {
  const Title = headingLevel === 1 ? 'h1' : 'h2';
  const Section = headingLevel === 1 ? 'h2' : 'h3';
  return (
    <>
      <Title id="event-title" tabIndex={-1}>{event.title}</Title>
      <p>
        <strong>{dateWithPrecision(event)}</strong> <span className="meta">(as written: “{event.dateText}”)</span>
      </p>
      {event.inferred && <p className="meta">Date inferred: {inferenceInWords(event.inferred)}.</p>}
      {event.actors.length > 0 && (
        <>
          <Section>Actors</Section>
          <ul className="actor-links">
            {event.actors.map((actor) => (
              <li key={actor.slug}><Link href={`/actors/${actor.slug}`}>{actor.name}</Link></li>
            ))}
          </ul>
        </>
      )}
      <Section>Sources ({event.citations.length})</Section>
      {event.citations.map((citation) => {
        const text = paragraphs[paragraphKey(citation.source, citation.paragraph)];
        return (
          <figure key={`${citation.source}-${citation.paragraph}-${citation.start}`}>
            {text === undefined ? (
              <blockquote><mark>{citation.quote}</mark></blockquote>
            ) : (
              <QuoteInParagraph text={text} start={citation.start} end={citation.end} />
            )}
            <figcaption className="meta">
              {STANCE_LABELS[citation.stance]} · {citation.sourceTitle}
              {citation.publisher ? `, ${citation.publisher}` : ''} ·{' '}
              <Link href={`/sources/${citation.source}#p-${citation.paragraph}`}>
                Read paragraph {citation.paragraph} in the source
              </Link>
            </figcaption>
          </figure>
        );
      })}
      {event.discrepancies.length > 0 && (
        <>
          <Section>Where the sources differ</Section>
          <ul className="discrepancies">
            {event.discrepancies.map((discrepancy) => (
              <li key={discrepancy.measure}>
                {discrepancy.measure}:{' '}
                {discrepancy.values.map((value, index) => (
                  <span key={`${value.source}-${value.paragraph}-${index}`}>
                    {index > 0 && '; '}“{value.text}” (
                    <Link href={`/sources/${value.source}#p-${value.paragraph}`}>{value.source}, ¶{value.paragraph}</Link>)
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
