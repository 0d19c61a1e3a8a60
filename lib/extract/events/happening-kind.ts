import { EVENT_NOUNS, HAPPENING_SYNONYMS, NOMINAL_ENDINGS, NOT_EVENT_NOUNS, NOT_HAPPENING_VERBS, OPENING_NOUNS } from '../lexicon/en/happenings';

const KIND_OF = new Map<string, string>();
for (const [kind, lemmas] of Object.entries(HAPPENING_SYNONYMS)) for (const lemma of lemmas) if (!KIND_OF.has(lemma)) KIND_OF.set(lemma, kind);
const EVENT_NOUN = new Set([...EVENT_NOUNS, ...OPENING_NOUNS]);
const NOT_EVENT_NOUN = new Set(NOT_EVENT_NOUNS);
const NOT_HAPPENING_VERB = new Set(NOT_HAPPENING_VERBS);
const NOMINAL = new RegExp(`(?:${NOMINAL_ENDINGS.join('|')})s?$`, 'u');
/** A nominal ending needs a stem before it: "deal" is not "de" + "al". */
const MIN_NOMINAL_LENGTH = 6;

/** The kind of happening a lemma names: its synonym group from the lexicon, else the lemma itself. */
export function happeningKind(lemma: string): string {
  return KIND_OF.get(lemma) ?? lemma;
}

/**
 * Whether a noun (lower-case lemma) names a happening: a listed event noun, or a noun made from a verb
 * by a derivational ending. Synonym groups do not admit nouns: "the form", "the issue" name no happening.
 */
export function isEventNoun(lemma: string): boolean {
  if (NOT_EVENT_NOUN.has(lemma)) return false;
  return EVENT_NOUN.has(lemma) || (lemma.length >= MIN_NOMINAL_LENGTH && NOMINAL.test(lemma));
}

/** Whether a verb (lemma) can head a happening: any verb but those of state, belief and relation. */
export function isHappeningVerb(lemma: string): boolean {
  return !NOT_HAPPENING_VERB.has(lemma);
}
