import type { DateMention } from '../dates/types';
import { analyseText, type Token } from '../language';
import type { ExtractedEvent } from '../types';
import type { ReferenceDate } from './article-state';
import type { SentenceHappenings } from './dated-happenings';
import { findHappenings } from './find-happenings';
import type { Happening } from './types';

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
export function sceneHappening(sentence: string, scene: ExtractedEvent): SentenceHappenings {
  const analysis = analyseText(sentence);
  const { tokens } = analysis;
  const happening = findHappenings(sentence, { text: sentence, tokens }, []).find((h) => h.kind === 'verb' && !h.nonfinite && isPast(tokens, h));
  if (!happening) return { ...NONE, analysis };
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

function isPast(tokens: Token[], happening: Happening): boolean {
  const at = tokens.findIndex((token) => token.start === happening.index);
  const verb = tokens[at];
  for (let j = at - 1; j >= 0 && (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV' || tokens[j].pos === 'PART'); j--) {
    const auxiliary = tokens[j].text.toLowerCase();
    if (auxiliary === 'had' || auxiliary === "'d" || auxiliary === 'will') return false;
    if (auxiliary === 'has' || auxiliary === 'have' || auxiliary === 'was' || auxiliary === 'were') return true;
  }
  const written = verb.text.toLowerCase();
  return written !== verb.lemma && written !== `${verb.lemma}s` && written !== `${verb.lemma}es` && !written.endsWith('ing');
}
