import type { SourceSummary, TimelineEvent } from '../db/queries';
import { dateWithPrecision } from '../format/format-date';
import { inferenceInWords } from '../format/inference-in-words';

/** The documented JSON export: `{ sources, events }` (see README, "Export"). */
export function toJsonExport(sources: SourceSummary[], events: TimelineEvent[]) {
  return {
    sources,
    events: events.map((event) => ({
      id: event.id,
      title: event.title,
      summary: event.summary,
      date: dateWithPrecision(event),
      start: event.start,
      end: event.end,
      precision: event.precision,
      dateText: event.dateText,
      // `rule` is a code for programs; `explanation` is what a reader is shown.
      inferred: event.inferred === null ? null : { ...event.inferred, explanation: inferenceInWords(event.inferred) },
      sourceCount: event.sourceCount,
      passageCount: event.passageCount,
      mentionCount: event.mentionCount,
      actors: event.actors,
      citations: event.citations.map((citation) => ({
        source: citation.source,
        paragraph: citation.paragraph,
        quote: citation.quote,
        start: citation.start,
        end: citation.end,
        stance: citation.stance,
        claimant: citation.claimant,
        role: citation.role,
        roleBasis: citation.roleBasis,
      })),
      discrepancies: event.discrepancies,
    })),
  };
}
