// The extraction pipeline as data: ordered stages, each a small function over shared state.
// Like chrono-node's parsers and refiners, the order is the design; each entry says why it sits where it does.

import { createActorRecognizer, type ActorRecognizer } from './actors';
import type { ActorEntry } from './actors/types';
import { captionDays, captionSupport } from './events/caption-support';
import type { ArticleStage, ArticleState } from './events/article-state';
import { readEvents } from './events/read-events';
import { referenceDate } from './events/reference-date';
import { selectActors } from './events/select-actors';
import { findFigures } from './figures/find-figures';
import { assignIds } from './ids/assign-ids';
import { compareEvents } from './merge/compare-events';
import { findDiscrepancies } from './merge/find-discrepancies';
import { mergeEvents } from './merge/merge-events';
import { recountFromRedated } from './merge/recount-from-redated';
import { type KnownReport, redateToKnownHappenings } from './merge/redate-to-known-happenings';
import { resolveReferences } from './merge/resolve-references';
import { classifyParagraphs } from './paragraphs/classify-paragraphs';
import type { Citation, ExtractedEvent } from './types';

export const articleStages: ArticleStage[] = [
  // First: every later stage reads only body paragraphs, and captions must be known to support dates.
  { name: 'classify-paragraphs', run: (s) => void (s.paragraphs = classifyParagraphs(s.article.paragraphs)) },
  // Before reading: "this week", weekdays and "two months ago" resolve against it.
  { name: 'reference-date', run: (s) => void (s.reference = referenceDate(s.article, s.options.gazetteer)) },
  // One pass in reading order: the narrative year and the previous happening date what follows.
  { name: 'read-events', run: readEvents },
  // After reading, before merging: a caption's full date confirms the body's weekday reading of it,
  // and a caption of that day naming the event's actors depicts it.
  {
    name: 'caption-support',
    run: (s) => {
      const found = new Map<string, ActorEntry>();
      const captions = captionDays(s.paragraphs, s.article.slug, captionActors(s, found));
      s.events = s.events.map((e) => captionSupport(e, captions));
      for (const slug of s.events.flatMap((e) => e.actors)) if (found.has(slug)) s.discovered.set(slug, found.get(slug)!);
    },
  },
  // Figures belong to each citation, so they are read before citations are pooled (stance is read
  // with the citation itself, where the happening's place in the quote is known). Bare date
  // references become citations too, so they are read the same way.
  { name: 'figures', run: (s) => eachCitation(s, (c) => ({ ...c, figures: findFigures(c.quote) })) },
  // Before merging: "the October 7 massacre" takes its year from the report that states it.
  { name: 'known-happenings', run: (s) => void (s.events = redateToKnownHappenings(s.events)) },
  // Right after: "days before the attack" is counted again from the attack's new date.
  { name: 'recount-from-redated', run: (s) => void (s.events = recountFromRedated(s.events)) },
  // Repeated mentions within the article become one event before bare date references look for it.
  { name: 'merge-within-article', run: (s) => void (s.events = mergeEvents(s.events, true)) },
  { name: 'resolve-references', run: (s) => void ((s.events = resolveReferences(s.events, s.references)), (s.references = [])) },
  // Last: discrepancies and ids depend on the final citations, actors and dates.
  { name: 'discrepancies', run: (s) => void (s.events = s.events.map(withDiscrepancies)) },
  { name: 'ids', run: (s) => void (s.events = assignIds(s.events).sort(compareEvents)) },
];

/**
 * Stages over all articles' events, in two groups so that a seed can run them on part of the corpus at
 * a time and still get what one pass over everything gives. Dating stages change one article's events
 * and need only the corpus's reports of known happenings (`reports`); merge stages change one merge
 * partition (one family, a run of overlapping years: see bucketYears), which no other event can join.
 */
export const corpusDatingStages: { name: string; run: (events: ExtractedEvent[], reports: KnownReport[]) => ExtractedEvent[] }[] = [
  // An article that never states the year of a famous day borrows it from one that does.
  { name: 'known-happenings', run: redateToKnownHappenings },
  // Then what an article counted from such a day ("just days before the operation") follows it,
  // so it can meet the other reports of its happening in the merge. Counts never cross articles.
  { name: 'recount-from-redated', run: (events) => recountFromRedated(events) },
];

export const corpusMergeStages: { name: string; run: (events: ExtractedEvent[]) => ExtractedEvent[] }[] = [
  { name: 'merge-across-sources', run: (events) => mergeEvents(events, false) },
  { name: 'discrepancies', run: (events) => events.map(withDiscrepancies) },
  // Ids are told apart within one date, actors and family, which never spans two partitions.
  { name: 'ids', run: (events) => assignIds(events).sort(compareEvents) },
];

/**
 * Who a caption names as acting, read with the article's own recogniser, places left out. Names the
 * recogniser discovers are kept in `found`, for the events that take them.
 */
function captionActors(state: ArticleState, found: Map<string, ActorEntry>): (caption: string) => string[] {
  // Built at the first caption that supports an event: most articles have none.
  let recognizer: ActorRecognizer | null = null;
  let bySlug: Map<string, ActorEntry> | null = null;
  return (caption) => {
    recognizer ??= createActorRecognizer(state.options.gazetteer, state.article);
    bySlug ??= new Map(state.options.gazetteer.actors.map((actor) => [actor.slug, actor]));
    const mentions = recognizer.recognize(caption, { date: null });
    for (const slug of mentions.flatMap((mention) => [mention.slug, ...(mention.owner ? [mention.owner] : [])])) {
      const entry = recognizer.discovered(slug);
      if (!entry) continue;
      bySlug.set(slug, entry);
      found.set(slug, entry);
    }
    return selectActors(caption, mentions, bySlug).flatMap((mention) => [mention.slug, ...(mention.owner ? [mention.owner] : [])]);
  };
}

function eachCitation(state: ArticleState, change: (citation: Citation) => Citation): void {
  const apply = (event: ExtractedEvent) => ({ ...event, citations: event.citations.map(change) });
  state.events = state.events.map(apply);
  state.references = state.references.map(apply);
}

function withDiscrepancies(event: ExtractedEvent): ExtractedEvent {
  return { ...event, discrepancies: findDiscrepancies(event) };
}
