// Every database read the app makes. Each returns plain, serialisable objects, so pages can hand
// them straight to client components and the API can send them as JSON.
export { getActors, type ActorListing, type ActorQuery } from './actors';
export { findEvents, getEvent, getTimelineEvents, type EventPage, type PageRequest } from './events';
export { getSource, getSources, type SourceParagraph, type SourceQuery, type SourceSummary, type SourceView } from './sources';
export { getTimelineWindow } from './timeline-window';
export { displayTitle, type ActorSummary, type CitationView, type DiscrepancyView, type TimelineEvent } from './views';
export { getEventSpan, type EventSpan } from './event-span';
export { getParagraphTexts, paragraphKey } from './paragraph-context';
export { getActorEventOverview, type ActorEventOverview, type EventBrief } from './actor-events';
export { getActorProfile, type ActorCount, type ActorProfile } from './actor-profile';
export { getReferenceDateBases } from './source-date-basis';
export { getCorpusRevision, type CorpusRevision } from './corpus-revision';
