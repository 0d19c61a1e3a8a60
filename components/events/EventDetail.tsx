import Link from 'next/link';
import { paragraphKey, type CitationView, type TimelineEvent } from '@/lib/db/queries';
import { corroborationInWords } from '@/lib/format/corroboration-words';
import { dateWithPrecision } from '@/lib/format/format-date';
import { inferenceInWords } from '@/lib/format/inference-in-words';
import { QuoteInParagraph } from './QuoteInParagraph';
import { SourcesDisagree } from './SourcesDisagree';
import { stanceInWords } from '@/lib/format/stance-in-words';

interface Props {
  event: TimelineEvent;
  /** Paragraph texts by `<source>#<paragraph>`, to show each quote in its context. */
  paragraphs: Record<string, string>;
  /** 1 on the event's own page, 2 inside the timeline's panel. */
  headingLevel: 1 | 2;
}

/**
 * What the sources say about one event: where their figures differ, its date as written and inferred,
 * how many sources report it, actors, every citation (reports, then mentions in passing).
 */
export function EventDetail({ event, paragraphs, headingLevel }: Props) {
  const Title = headingLevel === 1 ? 'h1' : 'h2';
  const Section = headingLevel === 1 ? 'h2' : 'h3';
  // Reports first; passages that only name the event as a time after them, apart.
  const reports = event.citations.filter((citation) => citation.role === 'report');
  const mentions = event.citations.filter((citation) => citation.role === 'mention');
  const citationFigure = (citation: CitationView) => {
    const text = paragraphs[paragraphKey(citation.source, citation.paragraph)];
    return (
      <figure key={`${citation.source}-${citation.paragraph}-${citation.start}`}>
        {text === undefined ? (
          <blockquote><mark>{citation.quote}</mark></blockquote>
        ) : (
          <QuoteInParagraph text={text} start={citation.start} end={citation.end} />
        )}
        <figcaption className="meta">
          {citation.roleBasis !== null && <>Names the event as a time: “{citation.roleBasis}” · </>}
          {stanceInWords(citation.stance, citation.claimant)} · {citation.sourceTitle}
          {citation.publisher ? `, ${citation.publisher}` : ''} ·{' '}
          <Link href={`/sources/${citation.source}#p-${citation.paragraph}`}>
            Read paragraph {citation.paragraph} in the source
          </Link>
        </figcaption>
      </figure>
    );
  };
  return (
    <>
      <Title id="event-title" tabIndex={-1}>{event.title}</Title>
      <SourcesDisagree discrepancies={event.discrepancies} />
      <p>
        <strong>{dateWithPrecision(event)}</strong> <span className="meta">(as written: “{event.dateText}”)</span>
      </p>
      {event.inferred && <p className="meta">Date inferred: {inferenceInWords(event.inferred)}.</p>}
      <p className="corroboration">{corroborationInWords(event)}</p>
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
      {reports.length > 0 && <Section>Reporting passages ({reports.length})</Section>}
      {reports.map(citationFigure)}
      {mentions.length > 0 && (
        <>
          <Section>Mentioned in passing ({mentions.length})</Section>
          <p className="meta mentions-note">These passages name the event only as the time of something else; they are not counted as sources reporting it.</p>
          {mentions.map(citationFigure)}
        </>
      )}
    </>
  );
}
