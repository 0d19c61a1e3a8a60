import type { ActorMention } from '../actors/types';

/** Appositives set off by commas ("Esmail Qaani, the commander of …, visited"): not the subject. */
const APPOSITIVE = /,\s*(?:the|a|an|his|her|its|their|head|commander|leader|chief|senior|deputy|secretary)\b[^,]*,/giu;
/** The last boundary before the subject: a clause comma, "that", or a conjunction. */
const BOUNDARY = /^.*(?:,\s+|\bthat\s+|\b(?:said|says|stated|reported|announced|which\s+led\s+to|which|who|but|since|after|before|while|when)\s+)/isu;
/**
 * The last "and" before the subject that is a boundary: not one between two capitalised words, which
 * joins a name ("Intelligence and Terrorism Information Center") or two named subjects. Case matters
 * here, so it is kept apart from BOUNDARY.
 */
const AND_BOUNDARY = /^.*(?:(?<!\p{Lu}[\p{L}.’'-]*\s+)\band\s+|\band\s+(?!\p{Lu}))/su;
/** Auxiliaries ending the subject region of a passive ("11 people were killed"). */
const TRAILING_AUXILIARY = /\s+(?:was|were|is|are|has|have|had|been|being|be|will|would|to)$/iu;
const LEADING_WORDS = /^(?:the|a|an|then|next|finally|moreover|however|also|in addition|ever)\s+/iu;
/** A subject phrase longer than this is not a headline's; the nearest actor stands in for it. */
const MAX_SUBJECT_WORDS = 7;

export interface Subject {
  text: string;
  /** The actor named nearest before the verb, for agreement and as a fallback. */
  actor: ActorMention | null;
}

/**
 * Who does the happening: the words between the last boundary (clause comma, "that", conjunction)
 * and the verb, appositives removed; when that phrase is long, the nearest actor named before the verb.
 */
export function subjectOf(sentence: string, from: number, to: number, actors: ActorMention[]): Subject | null {
  const region = sentence.slice(from, to).replace(APPOSITIVE, (m) => ' '.repeat(m.length));
  const start = Math.max(BOUNDARY.exec(region)?.[0].length ?? 0, AND_BOUNDARY.exec(region)?.[0].length ?? 0);
  let phrase = region.slice(start).trim();
  while (LEADING_WORDS.test(phrase)) phrase = phrase.replace(LEADING_WORDS, '');
  while (TRAILING_AUXILIARY.test(phrase)) phrase = phrase.replace(TRAILING_AUXILIARY, '');
  const actor = actors.filter((a) => a.start >= from && a.end <= to && region[a.start - from] !== ' ').at(-1) ?? null;
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length > 0 && words.length <= MAX_SUBJECT_WORDS && /^[\p{L}“"]/u.test(phrase)) return { text: phrase, actor };
  return actor ? { text: actor.text, actor } : null;
}
