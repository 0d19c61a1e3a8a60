// What counts as a happening: verbs of action and event nouns, grouped into families so that
// "attack", "massacre" and "invasion" of one day are recognised as the same happening.
// Lower case; matched as whole words. Multi-word entries match with any spacing.

export interface HappeningFamily {
  family: string;
  verbs: string[];
  nouns: string[];
}

export const HAPPENING_FAMILIES: HappeningFamily[] = [
  {
    family: 'attack',
    verbs: ['attacked', 'invaded', 'invades', 'bombed', 'raided', 'shelled', 'fired', 'fire', 'struck'],
    nouns: ['attack', 'attacks', 'massacre', 'invasion', 'assault', 'raid', 'incursion', 'offensive', 'bombing', 'siege'],
  },
  { family: 'war', verbs: ['broke out', 'erupted'], nouns: ['war', 'intifada', 'uprising', 'outbreak', 'onset'] },
  { family: 'revolution', verbs: [], nouns: ['revolution', 'coup'] },
  {
    family: 'meeting',
    verbs: ['met', 'meet', 'meets', 'convened', 'convenes', 'visited', 'visits', 'went', 'arrived', 'arrives', 'travelled',
      'traveled', 'hosted'],
    nouns: ['meeting', 'meetings', 'summit', 'forum', 'conference', 'talks', 'visit', 'visits', 'trip'],
  },
  { family: 'call', verbs: ['spoke', 'speaks', 'phoned'], nouns: ['phone call', 'phone calls', 'phone conferences'] },
  {
    family: 'statement',
    verbs: ['said', 'says', 'stated', 'told', 'warned', 'declared', 'announced', 'characterized', 'characterised',
      'referred', 'asserted', 'emphasized', 'emphasised', 'cautioned', 'praised', 'congratulated', 'denied', 'threatened'],
    nouns: ['statement', 'statements', 'address', 'speech', 'sermon', 'remarks', 'declaration'],
  },
  { family: 'report', verbs: ['reported', 'issued', 'published', 'revealed'], nouns: ['report'] },
  { family: 'founding', verbs: ['founded', 'formed'], nouns: ['founding', 'foundation'] },
  { family: 'beginning', verbs: ['began', 'begun', 'begins', 'started'], nouns: ['origins', 'origin', 'beginning'] },
  { family: 'expulsion', verbs: ['expelled', 'expels', 'deported'], nouns: ['expulsion'] },
  { family: 'relocation', verbs: ['relocated', 'relocating', 'relocates', 'moved'], nouns: ['relocation'] },
  {
    family: 'killing',
    verbs: ['killed', 'assassinated', 'murdered', 'died', 'executed'],
    nouns: ['assassination', 'killing', 'death', 'execution'],
  },
  { family: 'appointment', verbs: ['appointed', 'elected', 'sworn in', 'inaugurated'], nouns: ['appointment', 'appointments', 'election'] },
  { family: 'resignation', verbs: ['resigned', 'conceded', 'stepped down'], nouns: ['resignation', 'concession'] },
  { family: 'withdrawal', verbs: ['withdrew', 'withdraws', 'pulled out'], nouns: ['withdrawal'] },
  { family: 'escalation', verbs: ['escalated'], nouns: ['escalation'] },
  { family: 'takeover', verbs: ['seized', 'captured', 'took control'], nouns: ['takeover', 'capture'] },
  { family: 'agreement', verbs: ['signed'], nouns: ['ceasefire', 'truce', 'treaty'] },
];

/** Nouns that open onto the happening they name ("outbreak of the civil war"): the family is the inner one's. */
export const OPENING_NOUNS = ['outbreak', 'onset', 'beginning', 'start', 'origins', 'origin'];

/** Prepositions that chain a happening noun to its complement ("withdrawal from the agreement"). */
export const CHAIN_PREPOSITIONS = ['of', 'from', 'on', 'against', 'in', 'by'];

/** Beginning verbs whose subject is an event noun ("the civil war, which began in 2011"): the noun is the happening. */
export const BEGINNING_AFTER_NOUN = /^(?:,\s*which|\s+that|\s+which)?\s+$/iu;

/** After "began to", these make a trend, not a happening ("began to develop"). */
export const TREND_VERBS = ['develop', 'evolve', 'grow', 'emerge', 'improve', 'deteriorate', 'decline', 'shift', 'change',
  'increase', 'decrease', 'rise', 'fall', 'weaken', 'strengthen', 'expand', 'take shape'];

/** A state whose start, given by "since"/"from", is a happening ("control of Gaza since June 2007"). */
export const STATE_NOUNS = ['control', 'rule', 'occupation', 'blockade', 'presidency', 'reign', 'membership', 'leadership'];

/** Evaluative words left out of titles, which must make no claims of their own. */
export const EVALUATIVE_WORDS = ['brutal', 'heinous', 'horrific', 'barbaric', 'savage', 'cowardly', 'heroic', 'glorious',
  'so-called', 'recent', 'deadly', 'bloody', 'infamous', 'notorious'];

/** Words that make a happening a count of many ("met at least four times", "numerous phone conferences"). */
export const AGGREGATE_CUES = ['times', 'numerous', 'several', 'repeatedly', 'regularly', 'multiple', 'many'];

/** Words before a date that bound a span rather than time a happening. */
export const BOUND_WORDS = ['since', 'from', 'until', 'till', 'throughout', 'through'];

/** Words that may stand between a date and the happening noun it modifies ("the 1979 Islamic Revolution"). */
export const NOUN_PHRASE_STOPWORDS = ['was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'at', 'that', 'the',
  'and', 'or', 'to', 'in', 'on', 'by', 'with', 'which', 'who', 'as', 'for', 'it', 'its', 'their', 'this', 'a', 'an'];
