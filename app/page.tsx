import { EventDetailSection } from '@/components/events/EventDetailSection';
import { InvalidParameter } from '@/components/timeline/InvalidParameter';
import { TimelineView } from '@/components/timeline/TimelineView';
import { toSourceOption } from '@/components/timeline/source-options';
import { getActors, getEventSpan, getSources } from '@/lib/db/queries';
import { ParameterError } from '@/lib/query/parameter-error';
import { parseViewState } from '@/lib/view-state/view-state';
import { toSearchParams, type PageSearchParams } from '@/lib/view-state/search-params';

// The corpus changes whenever the seed runs: read it per request, never at build time.
export const dynamic = 'force-dynamic';

export default async function TimelinePage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  try {
    const state = parseViewState(toSearchParams(await searchParams));
    // The span query resolves the filter's slugs: an unknown actor or source is a ParameterError too.
    // Of the sources (10,000 and more), only the filter's are sent, so the panel can name them.
    const [actors, sources, span] = await Promise.all([getActors(), getSources({ slugs: state.filter.sources }), getEventSpan(state.filter)]);
    return (
      <TimelineView
        actors={actors}
        sources={sources.map(toSourceOption)}
        matching={span.matching}
        total={span.total}
        span={span.first === null || span.last === null ? null : { start: span.first, end: span.last }}
        detail={state.event === null ? null : <EventDetailSection id={state.event} />}
      />
    );
  } catch (error) {
    if (error instanceof ParameterError) return <InvalidParameter error={error} />;
    throw error;
  }
}
