import type { ActorEntry } from '../actors/types';
import type { DateMention } from '../dates/types';
import { PERSON_PRONOUNS } from '../lexicon/en/titles';
import { analyseText } from '../language';
import { mayContainPhrase } from '../text/may-contain-phrase';
import type { ExtractedEvent } from '../types';
import type { ReferenceDate } from './article-state';
import type { SentenceHappenings } from './dated-happenings';
import { findHappenings } from './find-happenings';
import { isPastHappening } from './past-happening';

/** How many paragraphs after the last report of a day its undated past-tense happenings are still read as that day's. */
export const SCENE_REACH = 3;

/** A report's own news happened within this many days before it was published. */
const NEWS_DAYS = 7;
const DAY_MS = 86_400_000;

const NONE: SentenceHappenings = { items: [], tokens: [], analysis: null };

/**
 * A news report tells what happened on its day ("Apple today launched …") and goes on without
 * repeating the date ("Jobs demonstrated …", "He said …"). A sentence with no date of its own whose
 * main verb is in the past tense reports a happening of that day: it is dated by the scene's date,
 * marked as inferred from it. Not a pluperfect ("had founded": before the scene), a present or a future.
 */
export function sceneHappening(sentence: string, scene: ExtractedEvent, speaksInScene: () => boolean): SentenceHappenings {
  const analysis = analyseText(sentence);
  const { tokens } = analysis;
  const happening = findHappenings(sentence, { text: sentence, tokens }, []).find((h) => h.kind === 'verb' && !h.nonfinite && isPastHappening(tokens, h));
  // Anyone may comment on the news later: a statement is the scene's only when one of its actors makes it.
  if (!happening || (happening.family === 'statement' && !speaksInScene())) return { ...NONE, analysis };
  const cited = scene.citations[0];
  const mention: DateMention = {
    index: happening.index,
    end: happening.index,
    text: scene.date.text,
    date: { ...scene.date, inferred: { rule: 'narrative-day', anchor: `“${cited.dateText}” (¶${cited.paragraph})` } },
    rules: ['narrative-day'],
  };
  return { items: [{ mention, happening, attachment: 'narrative-day' }], tokens, analysis };
}

/**
 * Whether a happening is the report's own news: a day within the week before publication ("today",
 * "on Monday"). A day further back is history the article recalls, and what follows it need not be.
 */
export function isNewsDay(event: ExtractedEvent, reference: ReferenceDate): boolean {
  // Only a publication day the article states tells what its news is.
  if (event.date.precision !== 'day' || reference.estimated || reference.precision !== 'day') return false;
  const days = (Date.parse(reference.date) - Date.parse(event.date.start)) / DAY_MS;
  return days >= 0 && days <= NEWS_DAYS;
}

/**
 * Whether the sentence names one of the scene's actors (by name, alias or a person's surname): after
 * background ("In April, a blog obtained a prototype"), the story returns to its day with its protagonists.
 */
export function namesActorOf(sentence: string, scene: ExtractedEvent, ...entries: ReadonlyMap<string, ActorEntry>[]): boolean {
  return scene.actors.some((slug) => {
    const actor = entries.map((bySlug) => bySlug.get(slug)).find((entry) => entry !== undefined);
    if (!actor) return false;
    const surname = actor.kind === 'person' ? [actor.name.split(/\s+/u).at(-1)!] : [];
    return [actor.name, ...actor.aliases, ...surname].some((name) => mayContainPhrase(sentence, name) && wholeWord(name).test(sentence));
  });
}

/** Whether the sentence names one of the scene's actors or refers to its person by a pronoun ("He said …"). */
export function refersToActorOf(sentence: string, scene: ExtractedEvent, ...entries: ReadonlyMap<string, ActorEntry>[]): boolean {
  const person = scene.actors.some((slug) => entries.some((bySlug) => bySlug.get(slug)?.kind === 'person'));
  return (person && PERSON_PRONOUNS.some((pronoun) => wholeWord(pronoun, 'i').test(sentence))) || namesActorOf(sentence, scene, ...entries);
}

function wholeWord(name: string, flags = ''): RegExp {
  const escaped = name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, `u${flags}`);
}
