import { DOUBLING_VERBS, IRREGULAR_PARTICIPLES, IRREGULAR_PRESENTS } from '../lexicon/en/verb-forms';

const DOUBLING = new Set(DOUBLING_VERBS);

/** "walk" → "walks", "fly" → "flies", "launch" → "launches": the headline's present tense. */
export function presentSingular(lemma: string): string {
  if (IRREGULAR_PRESENTS[lemma]) return IRREGULAR_PRESENTS[lemma];
  if (/(?:s|x|z|ch|sh|o)$/u.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/u.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

/** "launch" → "launched", "begin" → "begun": for passive titles and titles with no subject. */
export function pastParticiple(lemma: string): string {
  if (IRREGULAR_PARTICIPLES[lemma]) return IRREGULAR_PARTICIPLES[lemma];
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/u.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  if (DOUBLING.has(lemma)) return `${lemma}${lemma.at(-1)}ed`;
  return `${lemma}ed`;
}

/** Keeps the capital of the word it replaces ("Met" → "Meets"). */
export function likeCase(form: string, asWritten: string): string {
  return /^\p{Lu}/u.test(asWritten) ? form.charAt(0).toUpperCase() + form.slice(1) : form;
}
