/** Characters of paragraph kept on each side of the quote, so a long paragraph stays readable. */
const CONTEXT_CHARS = 280;

/**
 * A citation's quote inside its paragraph, the quote marked. Far-away text is cut at word
 * boundaries with an ellipsis; the source reader has the whole paragraph.
 */
export function QuoteInParagraph({ text, start, end }: { text: string; start: number; end: number }) {
  const before = trimStart(text.slice(0, start));
  const after = trimEnd(text.slice(end));
  return (
    <blockquote>
      {before}
      <mark>{text.slice(start, end)}</mark>
      {after}
    </blockquote>
  );
}

function trimStart(text: string): string {
  if (text.length <= CONTEXT_CHARS) return text;
  const cut = text.slice(-CONTEXT_CHARS);
  return `… ${cut.slice(cut.indexOf(' ') + 1)}`;
}

function trimEnd(text: string): string {
  if (text.length <= CONTEXT_CHARS) return text;
  const cut = text.slice(0, CONTEXT_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}
