import type { SourceParagraph } from '@/lib/db/queries';

/** One article paragraph, addressable as #p-N, with the quotes that support events marked. */
export function QuotedParagraph({ paragraph }: { paragraph: SourceParagraph }) {
  return (
    <p id={`p-${paragraph.number}`} className={`kind-${paragraph.kind}`}>
      <a className="pnum" href={`#p-${paragraph.number}`} aria-label={`Paragraph ${paragraph.number}`}>
        {paragraph.number}
      </a>
      {splitByQuotes(paragraph).map((piece) =>
        piece.eventTitles.length > 0 ? (
          <mark key={piece.start} title={`Cited for: ${piece.eventTitles.join('; ')}`}>{piece.text}</mark>
        ) : (
          <span key={piece.start}>{piece.text}</span>
        ),
      )}
    </p>
  );
}

interface Piece {
  start: number;
  text: string;
  eventTitles: string[];
}

/** Cuts the paragraph at every quote boundary; overlapping quotes share the pieces they overlap. */
function splitByQuotes({ text, quotes }: SourceParagraph): Piece[] {
  const cuts = new Set([0, text.length]);
  for (const quote of quotes) cuts.add(quote.start).add(quote.end);
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const [start, end] = [sorted[i], sorted[i + 1]];
    const eventTitles = quotes.filter((q) => q.start <= start && q.end >= end).map((q) => q.eventTitle);
    pieces.push({ start, text: text.slice(start, end), eventTitles: [...new Set(eventTitles)] });
  }
  return pieces;
}
