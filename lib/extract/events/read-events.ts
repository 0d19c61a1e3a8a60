import { createActorRecognizer } from '../actors';
import type { ActorEntry } from '../actors/types';
import { advanceNarrative, findDates } from '../dates';
import type { DateContext, DateMention, Narrative } from '../dates/types';
import { splitSentences } from '../sentences/split-sentences';
import type { ExtractedEvent } from '../types';
import type { ArticleState } from './article-state';
import { ANCHORED_BY, anchorFamily } from './anchor-happening';
import { attachDates } from './attach-dates';
import { clauseSpans } from './clause-spans';
import { findHappenings } from './find-happenings';
import { placeSlugs } from './place-slugs';
import { publishersOnly } from './publishers-only';
import { selectActors } from './select-actors';
import { toEvent } from './to-event';

/** Vague spans ("in recent years") date a mood, not a happening. */
const VAGUE_PARSERS = new Set(['recent-period']);

/**
 * Reads the body paragraphs sentence by sentence, in order, because each sentence's dates depend on
 * what came before: the narrative year ("in June" after "in 2023") and the last happening ("five days later").
 */
export function readEvents(state: ArticleState): void {
  const { gazetteer } = state.options;
  const recognizer = createActorRecognizer(gazetteer);
  const bySlug = new Map<string, ActorEntry>(gazetteer.actors.map((actor) => [actor.slug, actor]));
  const places = placeSlugs(gazetteer);
  let narrative: Narrative | null = null;
  let previous: ExtractedEvent | null = null;
  /** The latest happening of each family, for offsets that name what they count from. */
  const latestOf = new Map<string, ExtractedEvent>();
  for (const paragraph of state.paragraphs) {
    if (paragraph.kind !== 'body') continue;
    for (const sentence of splitSentences(paragraph.text)) {
      const anchor = anchorFamily(sentence.text);
      const from = anchor ? (latestAmong(latestOf, ANCHORED_BY[anchor.family] ?? [anchor.family]) ?? previous) : previous;
      const context: DateContext = {
        referenceDate: state.reference.date,
        referenceLabel: state.reference.label,
        referencePrecision: state.reference.precision,
        narrative,
        previousEvent: from ? { date: from.date, label: `${from.title} (¶${from.citations[0].paragraph})` } : null,
        paragraph: paragraph.number,
      };
      const mentions = findDates(sentence.text, context).filter((m) => !m.rules.some((rule) => VAGUE_PARSERS.has(rule)));
      narrative = advanceNarrative(narrative, mentions, paragraph.number);
      // Without a date a sentence reports no dated happening: skip the happening search.
      const dated = mentions.length ? attachDates(sentence.text, mentions, findHappenings(sentence.text)) : [];
      const actors = recognizer.recognize(sentence.text, { date: spanOf(dated[0]?.mention) });
      for (const mention of actors) bySlug.set(mention.slug, bySlug.get(mention.slug) ?? recognizer.discovered(mention.slug)!);
      const clauses = clauseSpans(sentence.text, dated);
      for (const [i, item] of dated.entries()) {
        const clause = clauses[i];
        const inClause = publishersOnly(selectActors(sentence.text, actors, bySlug), item.happening, bySlug).filter((a) => a.start >= clause.start && a.end <= clause.end);
        const event = toEvent({ source: state.article.slug, paragraph: paragraph.number, offset: sentence.start, sentence: sentence.text, clause, item, actors: inClause, places, countedFrom: from });
        for (const slug of event.actors) if (recognizer.discovered(slug)) state.discovered.set(slug, recognizer.discovered(slug)!);
        if (item.happening) {
          state.events.push(event);
          previous = event;
          const family = event.signature?.family ?? item.happening.family;
          latestOf.delete(family);
          latestOf.set(family, event);
        } else state.references.push(event);
      }
    }
  }
}

/** The event read last among the given families' latest ones. */
function latestAmong(latestOf: Map<string, ExtractedEvent>, families: string[]): ExtractedEvent | null {
  const order = [...latestOf.values()];
  return families.map((f) => latestOf.get(f)).filter((e): e is ExtractedEvent => !!e).sort((a, b) => order.indexOf(b) - order.indexOf(a))[0] ?? null;
}

function spanOf(mention: DateMention | undefined): { start: string; end: string } | null {
  return mention ? { start: mention.date.start, end: mention.date.end } : null;
}
