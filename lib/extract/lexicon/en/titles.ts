// English words and phrase shapes that titles and summaries are cut and trimmed by.

/** Connectors trimmed from the start of a summary or a title's subject ("later", "then", "in parallel"). */
export const LEADING_CONNECTOR = /^(?:(?:however|moreover|furthermore|in addition|additionally|next|then|finally|meanwhile|ultimately|further|also|and|but|that|saying that|leading into|leading to|following|after|especially|in parallel|for instance|first|later|earlier|subsequently|eventually|afterwards|thereafter)\b,?\s*)+/iu;

/** Personal pronouns a title replaces by the name they refer to, by the kind of actor they can stand for. */
export const PERSON_PRONOUNS = ['he', 'she', 'him', 'her'];
export const GROUP_PRONOUNS = ['it', 'they', 'them'];
/** Pronouns that can stand as a subject ("him" and "them" never do). */
export const SUBJECT_PRONOUNS = ['he', 'she', 'it', 'they'];

/** Adjectives of time that close an object rather than complete the verb ("issued late on Wednesday"). */
export const TIME_ADJECTIVES = ['late', 'early', 'later', 'earlier', 'last', 'next'];

/** Conjunctions joining two predicates of one subject ("rejected the offer and called a strike"). */
export const PREDICATE_COORDINATORS = ['and', 'but'];

/** Relative pronouns: the subject of "which was founded" is the noun phrase before them. */
export const RELATIVE_PRONOUNS = ['which', 'who', 'that', 'whom'];

/** Prepositions that may join a subject's noun phrase ("the commander of the force", "dock workers at the port", "a dispute over wages"); not "in" or "from", which as often open the sentence's own setting. */
export const NOUN_PHRASE_PREPOSITIONS = ['of', 'at', 'over'];

/** First-person words: an object reaching one has run into quoted speech ("attacks from our borders"). */
export const FIRST_PERSON = ['we', 'us', 'our', 'ours', 'i', 'me', 'my', 'mine'];

/** Words that qualify a number in a noun phrase ("at least 11 people", "more than 4,000 residents"): part of the phrase. */
export const NUMBER_QUALIFIERS = ['at least', 'at most', 'more than', 'fewer than', 'less than', 'up to', 'nearly', 'almost', 'about', 'over', 'some', 'around', 'roughly'];
