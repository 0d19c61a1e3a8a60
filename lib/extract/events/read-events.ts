import { createActorRecognizer } from '../actors';
import type { ActorEntry } from '../actors/types';
import { advanceNarrative, findDates } from '../dates';
import type { DateContext, DateMention, Narrative } from '../dates/types';
import { splitSentences } from '../sentences/split-sentences';
import type { ArticleDateMention, ExtractedEvent } from '../types';
import { readDateline } from '../dates/dateline';
import type { ArticleState } from './article-state';
import { ANCHORED_BY, anchorFamily } from './anchor-happening';
import { clauseSpans } from './clause-spans';
import { datedHappenings, type SentenceHappenings } from './dated-happenings';
import { continueEpisode, episodeMention, takeUp } from './episode-continuation';
import { Antecedents } from './antecedents';
import { placeSlugs } from './place-slugs';
import { isNewsDay, namesActorOf, refersToActorOf, SCENE_REACH, sceneHappening } from './scene-happening';
import { publishersOnly } from './publishers-only';
import { selectActors } from './select-actors';
import { toEvent } from './to-event';

const NO_HAPPENINGS: SentenceHappenings = { items: [], tokens: [], analysis: null };

/** Vague spans ("in recent years") date a mood, not a happening. */
const VAGUE_PARSERS = new Set(['recent-period']);

/**
 * Reads the body paragraphs sentence by sentence, in order, because each sentence's dates depend on
 * what came before: the narrative year ("in June" after "in 2023") and the last happening ("five days later").
 */
export function readEvents(state: ArticleState): void {
  const { gazetteer } = state.options;
  const recognizer = createActorRecognizer(gazetteer, state.article);
  const bySlug = new Map<string, ActorEntry>(gazetteer.actors.map((actor) => [actor.slug, actor]));
  const places = placeSlugs(gazetteer);
  /** What every date of the article is read against: the publication date, and how it is known. */
  const byReference = { referenceDate: state.reference.date, referenceLabel: state.reference.label, referencePrecision: state.reference.precision, referenceEstimated: state.reference.estimated };
  let narrative: Narrative | null = null;
  let previous: ExtractedEvent | null = null;
  /** The latest happening of each family, for offsets that name what they count from. */
  const latestOf = new Map<string, ExtractedEvent>();
  const antecedents = new Antecedents(bySlug, state.discovered);
  /** The last happening of a news day, whose day undated past-tense reports after it belong to, and the paragraph that last reported that day. */
  let scene: ExtractedEvent | null = null;
  let sceneParagraph = 0;
  /** The paragraph of the last happening recalled from before the scene (background), after which only the scene's own actors resume it. */
  let asideParagraph = 0;
  for (const paragraph of state.paragraphs) {
    if (paragraph.kind === 'heading') {
      // "## 2019" over a chronology's items: the heading's year or month completes their dates.
      const context = dateContext(byReference, narrative, null, paragraph.number);
      const mentions = findDates(paragraph.text, context);
      narrative = advanceNarrative(narrative, mentions, paragraph.number, true);
      // A wire dateline on a line of its own ("NAIROBI, August 7 (Xinhua) --") gives the date of writing.
      const dateline = readDateline(paragraph.text)?.date;
      if (dateline) state.dates.push(...mentions.filter((m) => m.index >= dateline.start && m.end <= dateline.end).map((m) => toArticleDate(m, paragraph.number, 0)));
    }
    if (paragraph.kind !== 'body') continue;
    // "LAGOS, March 4 (Wire) – …": the dateline opening a paragraph says when the story was filed, no happening's date.
    const datelineEnd = readDateline(paragraph.text)?.end ?? 0;
    for (const sentence of splitSentences(paragraph.text)) {
      const anchor = anchorFamily(sentence.text);
      const from = anchor ? (latestAmong(latestOf, ANCHORED_BY[anchor.family] ?? [anchor.family]) ?? previous) : previous;
      const previousEvent = from ? { date: from.date, label: `${from.title} (¶${from.citations[0].paragraph})` } : null;
      const context = dateContext(byReference, narrative, previousEvent, paragraph.number);
      const mentions = findDates(sentence.text, context).filter((m) => !m.rules.some((rule) => VAGUE_PARSERS.has(rule)));
      narrative = advanceNarrative(narrative, mentions, paragraph.number);
      state.dates.push(...mentions.map((m) => toArticleDate(m, paragraph.number, sentence.start)));
      // Without a date a sentence reports a happening only as part of a day's scene; otherwise skip the grammar.
      const inScene =
        scene !== null &&
        paragraph.number - sceneParagraph <= SCENE_REACH &&
        (asideParagraph <= sceneParagraph || (asideParagraph < paragraph.number && namesActorOf(sentence.text, scene, bySlug, state.discovered)));
      // The sentence's happenings are read after its dateline: a dateline is no part of what it reports.
      const body = afterDateline(sentence, datelineEnd);
      const cut = body.start - sentence.start;
      const timing = mentions.filter((m) => m.index >= cut).map((m) => (cut === 0 ? m : { ...m, index: m.index - cut, end: m.end - cut }));
      const { items: dated, tokens, analysis } = timing.length
        ? datedHappenings(body.text, timing)
        : inScene && mentions.length === 0
          ? sceneHappening(body.text, scene!, () => refersToActorOf(body.text, scene!, bySlug, state.discovered))
          : NO_HAPPENINGS;
      const continuation = !dated.length && !mentions.length && previous ? continueEpisode(body.text, previous, state.article.slug, paragraph.number) : null;
      const actors = recognizer.recognize(body.text, { date: spanOf(dated[0]?.mention) ?? (continuation && previous!.date), analysis: analysis ?? continuation?.analysis });
      for (const mention of actors) bySlug.set(mention.slug, bySlug.get(mention.slug) ?? recognizer.discovered(mention.slug)!);
      if (continuation) {
        const told = previous!;
        const item = { mention: episodeMention(told, continuation.happening), happening: continuation.happening, attachment: 'same-episode' };
        const selected = publishersOnly(selectActors(body.text, actors, bySlug, told.signature?.family ?? null), continuation.happening, bySlug);
        const antecedent = antecedents.before(body.text, actors, continuation.happening.index);
        const clause = { start: 0, end: body.text.length };
        const report = toEvent({ source: state.article.slug, paragraph: paragraph.number, offset: body.start, sentence: body.text, clause, item, tokens: continuation.analysis.tokens, actors: selected, sentenceActors: selected, places, countedFrom: null, antecedent });
        // In place: the episode is also the latest of its family and perhaps the scene, and stays so.
        Object.assign(told, takeUp(told, report, selected.map((actor) => actor.slug)));
        for (const slug of told.actors) if (recognizer.discovered(slug)) state.discovered.set(slug, recognizer.discovered(slug)!);
      }
      const clauses = clauseSpans(body.text, dated);
      for (const [i, item] of dated.entries()) {
        const clause = clauses[i];
        const selected = publishersOnly(selectActors(body.text, actors, bySlug, item.happening?.family ?? null), item.happening, bySlug);
        const inClause = selected.filter((a) => a.start >= clause.start && a.end <= clause.end);
        const antecedent = antecedents.before(body.text, actors, item.happening?.index ?? item.mention.index);
        const event = toEvent({ source: state.article.slug, paragraph: paragraph.number, offset: body.start, sentence: body.text, clause, item, tokens, actors: inClause, sentenceActors: selected, places, countedFrom: from, antecedent });
        for (const slug of event.actors) if (recognizer.discovered(slug)) state.discovered.set(slug, recognizer.discovered(slug)!);
        if (item.happening) {
          state.events.push(event);
          if (item.attachment === 'narrative-day') {
            sceneParagraph = paragraph.number;
            continue;
          }
          previous = event;
          // A news day opens a scene; background from before it is an aside; what is planned after it was
          // announced that day. A longer period around it ends it, unless written beside it ("yesterday, at
          // this year's conference").
          if (isNewsDay(event, state.reference)) {
            scene = event;
            sceneParagraph = paragraph.number;
          } else if (scene && event.date.end < scene.date.start) asideParagraph = paragraph.number;
          else if (scene && event.date.start > scene.date.end) sceneParagraph = paragraph.number;
          else if (scene?.citations[0].paragraph !== paragraph.number) scene = null;
          const family = event.signature?.family ?? item.happening.family;
          latestOf.delete(family);
          latestOf.set(family, event);
        } else state.references.push(event);
      }
      antecedents.remember(body.text, actors);
    }
  }
}

/**
 * What a sentence's dates are read against. Written out, not spread from `reference`: contexts built
 * by spreading ran about 7% slower through the whole extraction (measured, same results).
 */
function dateContext(reference: Pick<DateContext, 'referenceDate' | 'referenceLabel' | 'referencePrecision' | 'referenceEstimated'>, narrative: Narrative | null, previousEvent: DateContext['previousEvent'], paragraph: number): DateContext {
  return {
    referenceDate: reference.referenceDate,
    referenceLabel: reference.referenceLabel,
    referencePrecision: reference.referencePrecision,
    referenceEstimated: reference.referenceEstimated,
    narrative,
    previousEvent,
    paragraph,
  };
}

/** The part of a sentence after a dateline that opens it ("LAGOS, March 4 (Wire) – "), or the whole sentence. */
function afterDateline(sentence: { text: string; start: number }, datelineEnd: number): { text: string; start: number } {
  if (datelineEnd <= sentence.start) return sentence;
  const rest = sentence.text.slice(datelineEnd - sentence.start);
  const start = datelineEnd + (rest.length - rest.trimStart().length);
  return { text: sentence.text.slice(start - sentence.start), start };
}

function toArticleDate(mention: DateMention, paragraph: number, offset: number): ArticleDateMention {
  return { paragraph, start: offset + mention.index, end: offset + mention.end, text: mention.text, date: mention.date, rules: mention.rules };
}

/** The event read last among the given families' latest ones. */
function latestAmong(latestOf: Map<string, ExtractedEvent>, families: string[]): ExtractedEvent | null {
  const order = [...latestOf.values()];
  return families.map((f) => latestOf.get(f)).filter((e): e is ExtractedEvent => !!e).sort((a, b) => order.indexOf(b) - order.indexOf(a))[0] ?? null;
}

function spanOf(mention: DateMention | undefined): { start: string; end: string } | null {
  return mention ? { start: mention.date.start, end: mention.date.end } : null;
}
