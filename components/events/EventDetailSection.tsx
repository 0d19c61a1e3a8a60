import Link from 'next/link';
import { getEvent, getParagraphTexts } from '@/lib/db/queries';
import { EventDetail } from './EventDetail';

/** The timeline panel's content: one event and the paragraphs it cites; a missing id says so. */
export async function EventDetailSection({ id }: { id: string }) {
  const event = await getEvent(id);
  if (event === null) {
    return (
      <>
        <h2 id="event-title" tabIndex={-1}>Event not found</h2>
        <p>There is no event with the id <code>{id}</code>. It may have been removed when the sources were re-read.</p>
      </>
    );
  }
  const paragraphs = await getParagraphTexts(event.citations);
  return (
    <>
      <EventDetail event={event} paragraphs={paragraphs} headingLevel={2} />
      <p><Link href={`/events/${event.id}`}>Permalink to this event</Link></p>
    </>
  );
}
