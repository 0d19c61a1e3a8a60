// How a text names a place rather than an actor.

/** A locative preposition before a name: "in Syria", "to Tehran", "from Damascus". */
export const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:in|into|to|from|across|throughout|near|within|at|visited|southern|northern|eastern|western)\s+(?:the\s+)?$/iu;

/** The happening family whose object after "into" or "on" is its target, an actor (see TARGET_BEFORE). */
export const ATTACK_FAMILY = 'attack';

/** "fired into X", "an attack on X", "strikes against X": the target of an attack. */
export const TARGET_BEFORE = /(?:^|[^\p{L}])(?:into|on|against)\s+(?:the\s+)?$/iu;

/** What joins the places of a list ("Ruritania, Vell, and Ostia"): after a place, the next state is one too. */
export const PLACE_LIST_JOIN = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/u;

/** A capitalised name after a locative preposition. */
export const PLACE_NAME = /(?<![\p{L}])(?:in|into|to|from|visited)\s+(?:the\s+)?(?<place>\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*)/gu;

/** Words of no weight when comparing two clauses. */
export const FUNCTION_WORDS = new Set([
  'the', 'and', 'that', 'with', 'from', 'into', 'this', 'their', 'they', 'them', 'were', 'have', 'been', 'which', 'while',
  'also', 'about', 'after', 'before', 'since', 'during', 'over', 'more', 'than', 'other', 'such', 'only', 'just', 'some',
  'including', 'against', 'between', 'would', 'could', 'there', 'these', 'those', 'when', 'where', 'what', 'whether',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'year', 'years', 'month', 'months', 'week', 'weeks', 'days', 'early', 'late', 'mid',
]);
