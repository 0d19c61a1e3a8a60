import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ParagraphHighlighter } from '@/components/source/ParagraphHighlighter';
import { QuotedParagraph } from '@/components/source/QuotedParagraph';
import { displayTitle, getSource } from '@/lib/db/queries';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await getSource((await params).slug);
  return { title: source ? `${displayTitle(source)} · Chronocite` : 'Source not found · Chronocite' };
}

export default async function SourcePage({ params }: Props) {
  const source = await getSource((await params).slug);
  if (source === null) notFound();
  const byline = [source.author, source.publisher].filter(Boolean).join(', ');
  return (
    <main className="reader">
      <h1>{displayTitle(source)}</h1>
      <p className="byline">
        {byline && <>{byline} · </>}
        {source.published
          ? `Published ${source.published}`
          : `Publication date not given; estimated from the text as ${source.referenceDate}`}
      </p>
      <ParagraphHighlighter />
      {source.paragraphs.map((paragraph) => (
        <QuotedParagraph key={paragraph.number} paragraph={paragraph} />
      ))}
    </main>
  );
}
