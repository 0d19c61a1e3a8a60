import { Fragment } from 'react';
import { dayInWords, isoDatesInWords } from '@/lib/format/format-date';

interface Props {
  /** Where the paragraphs live: '' on the reader itself, `/sources/<slug>` elsewhere. */
  sourceHref: string;
  published: string | null;
  referenceDate: string;
  referenceDateEstimated: boolean;
  referenceDateBasis: string | null;
}

/** The publication date as the article gives it, or the estimate and its stored basis, never unlabelled. */
export function SourceDate({ sourceHref, published, referenceDate, referenceDateEstimated, referenceDateBasis }: Props) {
  if (published !== null && !referenceDateEstimated) return <>Published {published}</>;
  return (
    <>
      {published === null ? 'Publication date not given; ' : `Published ${published}; `}
      estimated from the text as {dayInWords(referenceDate)}
      {referenceDateBasis !== null && <> (basis: <BasisText sourceHref={sourceHref} basis={referenceDateBasis} />)</>}
    </>
  );
}

/** The basis as stored, its dates in words and its paragraph references (¶3) linked to those paragraphs. */
function BasisText({ sourceHref, basis }: { sourceHref: string; basis: string }) {
  return isoDatesInWords(basis).split(/(¶\d+)/).map((part, index) => {
    const paragraph = /^¶(\d+)$/.exec(part);
    return paragraph === null ? (
      <Fragment key={index}>{part}</Fragment>
    ) : (
      <a key={index} href={`${sourceHref}#p-${paragraph[1]}`}>{part}</a>
    );
  });
}
