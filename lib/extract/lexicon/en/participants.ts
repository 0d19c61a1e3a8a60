// English words that tell a happening's participants from the other actors of its sentence.

/**
 * Verbs of saying whose object is the one addressed or judged ("told reporters", "congratulated
 * Hamas", "condemned the ministry"): a participant. Other saying verbs take what was said as their
 * object ("characterized the talks as a gamble"), whose actors are talked about, not taking part.
 */
export const ADDRESSED_SAYING_VERBS = [
  'tell', 'warn', 'urge', 'congratulate', 'praise', 'criticize', 'criticise', 'condemn', 'threaten', 'brief',
  'inform', 'assure', 'thank', 'accuse', 'blame', 'ask',
];

/** Prepositions that open a happening noun's participant ("attack on X", "talks with X", "visit by X"). */
export const NOUN_COMPLEMENT_PREPOSITIONS = ['of', 'on', 'against', 'by', 'between', 'with', 'to', 'for', 'among', 'from', 'into'];

/** Words that open another clause inside a sentence: what follows them is not the happening's argument. */
export const CLAUSE_OPENING_WORDS = ['which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'whereas', 'although', 'because', 'as', 'that', 'if', 'unless'];

/** "according to X": X is the source of the report, not a participant of what it reports. */
export const ATTRIBUTION_WORDS = ['according'];

/** Possessive pronouns and the pronoun whose antecedent owns the possession ("its leadership" → "it"). */
export const POSSESSIVE_PRONOUNS: Record<string, string> = { its: 'it', their: 'they', his: 'he', her: 'she' };

/** Prepositions inside a subject's noun phrase ("the commander of the force in Iran", "relations between X and Y", "Haniyeh as bureau chief"). */
export const NOUN_PHRASE_JOINERS = ['of', 'in', 'for', 'as', 'between', 'among', 'with', 'against', 'on', 'from', 'at', 'to', 'by', 'over'];

/**
 * A preposition, an article and up to two lower-case words ("under the sculptor", "of the painter")
 * right before a name: the name is the object of a phrase, seldom what a later "he" or "she" refers to.
 */
export const PREPOSITIONAL_OBJECT_BEFORE = /(?:^|[^\p{L}])(?:of|under|with|from|for|like|than|about|against|to|at|on|in|into|among|between|alongside)\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;
