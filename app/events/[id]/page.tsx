import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EventDetail } from '@/components/events/EventDetail';
import { getEvent, getParagraphTexts } from '@/lib/db/queries';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await getEvent((await params).id);
  return { title: event ? `${event.title} · Chronocite` : 'Event not found · Chronocite' };
}

/** One event on a page of its own: a permalink with the same details as the timeline's panel. */
export default async function EventPage({ params }: Props) {
  const event = await getEvent((await params).id);
  if (event === null) notFound();
  const paragraphs = await getParagraphTexts(event.citations);
  return (
    <main className="reader event-page">
      <EventDetail event={event} paragraphs={paragraphs} headingLevel={1} />
      <p><Link href={`/?event=${event.id}`}>Show on the timeline</Link></p>
    </main>
  );
}
