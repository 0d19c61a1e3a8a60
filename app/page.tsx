import { TimelineView } from '@/components/timeline/TimelineView';
import { getTimelineEvents } from '@/lib/db/queries';

// The corpus changes whenever the seed runs: read it per request, never at build time.
export const dynamic = 'force-dynamic';

export default async function TimelinePage() {
  const events = await getTimelineEvents();
  return <TimelineView events={events} />;
}
