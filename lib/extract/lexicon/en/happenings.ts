// English words the happening finder uses. A happening is found from the grammar (a predicate verb,
// an event noun); these lists only exclude what grammar admits wrongly, group synonyms so that two
// reports of one happening are recognised, and name the shapes around event nouns. Lemmas, lower case.

/**
 * Verbs that state a condition, a belief or a relation rather than a happening ("the plan includes",
 * "officials believe"): a predicate with one of these as its head is not a happening.
 */
export const NOT_HAPPENING_VERBS = [
  'accord', 'be', 'have', 'do', 'seem', 'appear', 'become', 'remain', 'stay', 'include', 'contain', 'consist', 'involve', 'mean',
  'know', 'think', 'believe', 'want', 'need', 'like', 'love', 'hate', 'hope', 'expect', 'wish', 'tend', 'belong',
  'depend', 'deserve', 'exist', 'lack', 'own', 'possess', 'resemble', 'matter', 'feel', 'suppose', 'guess', 'understand',
  'recognise', 'recognize', 'consider', 'regard', 'seek', 'try', 'let', 'get', 'keep', 'use', 'continue', 'remember',
  'fear', 'doubt', 'prefer', 'concern', 'relate', 'reflect', 'represent', 'suggest', 'indicate', 'show', 'illustrate',
  'highlight', 'underscore', 'mark', 'signal', 'follow', 'precede', 'cost', 'weigh', 'measure', 'total', 'number',
  'range', 'compare', 'lie', 'sit', 'stand', 'live', 'face', 'allow', 'help',
];

/**
 * Verbs of becoming: a state verb, but a happening when what the subject became is a noun phrase
 * ("became president", "became the first woman to win"), not a quality ("became clear").
 */
export const BECOMING_VERBS = ['become'];

/**
 * Verbs of saying: a statement made on a date is a happening ("the minister said on Monday"), but
 * before a content clause the clause's own happening is what a date there times. Grouped as `statement`.
 */
export const SAYING_VERBS = [
  'say', 'tell', 'state', 'announce', 'declare', 'warn', 'claim', 'assert', 'insist', 'add', 'note', 'argue',
  'explain', 'confirm', 'deny', 'acknowledge', 'admit', 'reveal', 'disclose', 'characterize', 'characterise', 'describe',
  'refer', 'emphasize', 'emphasise', 'stress', 'caution', 'praise', 'criticize', 'criticise', 'condemn',
  'congratulate', 'threaten', 'pledge', 'promise', 'vow', 'urge', 'tweet', 'post', 'write', 'comment', 'remark',
  'reply', 'respond', 'predict', 'allege',
];

/** Words that deny a predicate ("did not give", "never met", "almost ended"): a denied predicate is no happening. */
export const NEGATIONS = ['not', "n't", 'never', 'almost', 'nearly'];

/**
 * Auxiliaries of possibility and obligation ("could only be achieved", "should resign"): what they
 * modify did not happen. "will" is left out: an announced future happening has a date of its own.
 */
export const MODAL_AUXILIARIES = ['could', 'would', 'might', 'may', 'should', 'must', 'can', 'ought'];

/** Adverbs of habit ("usually begins in late October"): what they modify recurs and happened on no one date. */
export const HABITUAL_ADVERBS = ['usually', 'typically', 'normally', 'generally', 'often', 'always', 'traditionally', 'routinely', 'customarily', 'sometimes', 'rarely', 'seldom'];

/** Auxiliaries of tense and voice, after which the model sometimes tags the verb as an adjective ("will open"). */
export const COPULAS = ['be', 'have'];

/** Prepositions that set a happening beside another in time ("rose after the outbreak"): the noun they introduce is a happening of its own. */
export const TEMPORAL_PREPOSITIONS = ['after', 'before', 'following', 'during', 'since', 'until', 'amid', 'despite'];

/** Phrases that do what TEMPORAL_PREPOSITIONS do ("on the eve of the vote", "in the wake of the strike"). */
export const TEMPORAL_PHRASES = ['on the eve of', 'in the wake of', 'in the aftermath of', 'in the run-up to', 'in the lead-up to', 'ahead of', 'prior to', 'leading up to', 'leading into'];

/** Particles that make one phrasal predicate with the verb before them ("took over", "stepped down", "broke out"). */
export const PHRASAL_PARTICLES = ['over', 'out', 'down', 'up', 'off', 'in', 'back', 'away', 'on'];

/**
 * Verbs whose object noun names the happening ("held talks", "launched an attack", "paid a visit",
 * "issued a report", "carried out a raid"): the verb and the noun are one happening of the noun's kind.
 */
export const LIGHT_VERBS = ['hold', 'pay', 'make', 'carry', 'conduct', 'stage', 'issue', 'give', 'deliver', 'launch', 'take', 'host', 'mount', 'sign', 'reach', 'announce'];

/**
 * Nouns that name a happening without a derivational ending (those with one are recognised by
 * NOMINAL_ENDINGS): "the launch", "the merger", "the strike", "the ceasefire".
 */
export const EVENT_NOUNS = [
  'attack', 'assault', 'raid', 'strike', 'airstrike', 'bombing', 'massacre', 'invasion', 'incursion', 'offensive', 'siege',
  'war', 'battle', 'clash', 'fight', 'fighting', 'uprising', 'revolt', 'rebellion', 'riot', 'coup', 'revolution',
  'ceasefire', 'truce', 'treaty', 'accord', 'deal', 'pact', 'merger', 'takeover', 'buyout', 'acquisition', 'launch',
  'landing', 'liftoff', 'crash', 'collision', 'explosion', 'blast', 'fire', 'wildfire', 'earthquake', 'quake', 'tremor',
  'flood', 'flooding', 'storm', 'hurricane', 'typhoon', 'cyclone', 'tornado', 'tsunami', 'eruption', 'outbreak',
  'epidemic', 'pandemic', 'landslide', 'drought', 'famine', 'election', 'vote', 'referendum', 'poll', 'ballot', 'primary',
  'runoff', 'inauguration', 'summit', 'meeting', 'talks', 'visit', 'trip', 'tour', 'conference', 'forum', 'congress',
  'rally', 'protest', 'march', 'demonstration', 'walkout', 'lockout', 'boycott', 'sanction', 'sanctions', 'embargo',
  'blockade', 'ban', 'arrest', 'trial', 'verdict', 'ruling', 'sentence', 'conviction', 'acquittal', 'indictment', 'lawsuit',
  'appeal', 'hearing', 'inquiry', 'probe', 'raid', 'speech', 'address', 'sermon', 'statement', 'remarks', 'interview',
  'announcement', 'report', 'release', 'debut', 'premiere', 'opening', 'closure', 'shutdown', 'bankruptcy', 'default',
  'layoffs', 'recall', 'ipo', 'listing', 'deal', 'sale', 'purchase', 'bid', 'offer', 'payment', 'loan', 'bailout', 'crash',
  'murder', 'killing', 'assassination', 'death', 'funeral', 'execution', 'kidnapping', 'abduction', 'hijacking',
  'shooting', 'stabbing', 'escape', 'rescue', 'evacuation', 'birth', 'wedding', 'marriage', 'divorce', 'retirement',
  'resignation', 'dismissal', 'appointment', 'nomination', 'promotion', 'founding', 'foundation', 'debut', 'final',
  'match', 'game', 'race', 'tournament', 'championship', 'victory', 'win', 'defeat', 'loss', 'draw', 'transfer',
  'signing', 'injury', 'surgery', 'discovery', 'breakthrough', 'test', 'trial', 'flight', 'mission', 'voyage', 'expedition',
  'withdrawal', 'expulsion', 'deportation', 'relocation', 'escalation', 'capture', 'seizure', 'surrender', 'occupation',
  'split', 'break', 'breakup', 'reunion', 'handover', 'visit', 'call', 'phone call', 'crackdown', 'purge', 'massacre',
  'ceremony', 'celebration', 'festival', 'exhibition', 'show', 'concert', 'award', 'prize', 'outage', 'leak', 'hack',
  'breach', 'spill', 'derailment', 'sinking', 'collapse', 'shooting', 'vaccination', 'lockdown', 'quarantine', 'recession',
  'slump', 'rally', 'surge', 'plunge', 'cut', 'hike', 'increase', 'rise', 'fall', 'drop', 'return', 'arrival', 'departure',
  'approval', 'removal', 'refusal', 'dismissal', 'renewal', 'burial', 'denial', 'revival', 'betrayal', 'disposal',
  'referral', 'reversal', 'upheaval', 'rehearsal', 'survival', 'proposal', 'failure', 'disclosure', 'foreclosure',
  'rupture', 'fracture', 'round', 'aftershock',
];

/**
 * Endings of nouns made from verbs ("the acquisition", "the agreement"). Not -al, which makes as
 * many nouns of persons ("official", "rival") as of happenings, nor -ure, which makes as many
 * nouns of things ("sculpture", "structure") as of happenings ("closure"): those are listed.
 */
export const NOMINAL_ENDINGS = ['tion', 'sion', 'ment', 'ance', 'ence'];

/** Ordinals that open the name of a numbered happening ("the First Crusade", "the Second Intifada"). */
export const NAME_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** Nouns with such an ending, or usually event nouns, that name no happening ("the nation", "the government"). */
export const NOT_EVENT_NOUNS = [
  'circumstance', 'circumstances', 'nation', 'station', 'population', 'position', 'information', 'region', 'religion', 'tradition', 'condition', 'situation',
  'organisation', 'organization', 'institution', 'administration', 'generation', 'population', 'relation', 'relations',
  'section', 'portion', 'option', 'question', 'version', 'mission', 'commission', 'pension', 'tension', 'tensions',
  'dimension', 'division', 'television', 'vision', 'opinion', 'union', 'coalition', 'foundation', 'corporation',
  'federation', 'delegation', 'association', 'legislation', 'jurisdiction', 'direction', 'location', 'ambition',
  'nutrition', 'fraction', 'function', 'competition', 'opposition', 'attention', 'intention', 'emotion', 'motion',
  'government', 'department', 'parliament', 'apartment', 'environment', 'equipment', 'movement', 'element', 'moment',
  'document', 'instrument', 'investment', 'management', 'development', 'establishment', 'settlement', 'treatment',
  'argument', 'commitment', 'sentiment', 'experiment', 'payment', 'comment', 'segment', 'regiment', 'compliment',
  'instance', 'distance', 'balance', 'finance', 'alliance', 'assistance', 'importance', 'ambulance', 'insurance',
  'evidence', 'influence', 'presence', 'absence', 'existence', 'experience', 'science', 'audience', 'sentence',
  'difference', 'independence', 'intelligence', 'defence', 'defense', 'license', 'licence', 'violence', 'confidence',
  'capital', 'hospital', 'animal', 'material', 'official', 'general', 'individual', 'original', 'potential', 'signal',
  'total', 'principal', 'journal', 'festival', 'terminal', 'criminal', 'rival', 'local', 'central', 'national', 'interval',
  'portal', 'metal', 'canal', 'journal', 'tribunal', 'cardinal', 'admiral', 'liberal', 'radical', 'medal', 'pedal',
  'proposal', 'rental', 'area', 'year', 'time', 'period', 'era', 'age', 'day', 'decade', 'century',
];

/** Nouns that open onto the happening they name ("outbreak of the civil war"): the happening is the inner one. */
export const OPENING_NOUNS = ['outbreak', 'onset', 'beginning', 'start', 'origins', 'origin', 'end', 'aftermath', 'eve', 'anniversary'];

/** Prepositions that chain a happening noun to its complement ("withdrawal from the agreement"). */
export const CHAIN_PREPOSITIONS = ['of', 'from', 'on', 'against', 'in', 'by'];

/** After "began to", these make a trend, not a happening ("began to develop"). */
export const TREND_VERBS = ['develop', 'evolve', 'grow', 'emerge', 'improve', 'deteriorate', 'decline', 'shift', 'change',
  'increase', 'decrease', 'rise', 'fall', 'weaken', 'strengthen', 'expand', 'take shape'];

/** Verbs of gradual change: used without an object ("the bond evolved", "ties deteriorated") they name a trend, not a happening. */
export const GRADUAL_VERBS = ['evolve', 'develop', 'deteriorate', 'improve', 'weaken', 'strengthen', 'shift', 'change',
  'decline', 'grow', 'warm', 'cool', 'mature', 'deepen', 'widen', 'narrow', 'adapt'];

/** A state whose start, given by "since"/"from", is a happening ("control of the city since June 2007"). */
export const STATE_NOUNS = ['control', 'rule', 'occupation', 'blockade', 'presidency', 'reign', 'membership', 'leadership', 'tenure', 'ownership'];

/** Evaluative words left out of titles, which must make no claims of their own. */
export const EVALUATIVE_WORDS = ['brutal', 'heinous', 'horrific', 'barbaric', 'savage', 'cowardly', 'heroic', 'glorious',
  'so-called', 'recent', 'deadly', 'bloody', 'infamous', 'notorious', 'historic', 'landmark', 'shocking', 'tragic'];

/** Words that make a happening a count of many ("met at least four times", "numerous phone conferences"). */
export const AGGREGATE_CUES = ['times', 'numerous', 'several', 'repeatedly', 'regularly', 'multiple', 'many'];

/** Words before a date that bound a span rather than time a happening. */
export const BOUND_WORDS = ['since', 'from', 'until', 'till', 'throughout', 'through', 'by'];

/** Words that may not stand between a date and the happening noun it modifies ("the 1979 revolution" but not "1979 was the revolution"). */
export const NOUN_PHRASE_STOPWORDS = ['was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'at', 'that', 'the',
  'and', 'or', 'to', 'in', 'on', 'by', 'with', 'which', 'who', 'as', 'for', 'it', 'its', 'their', 'this', 'a', 'an'];

/**
 * Synonyms: lemmas (verbs and nouns) that name one kind of happening, so that "attacked", "the
 * invasion" and "the assault" of one day are one happening. A lemma in no group is its own kind.
 */
export const HAPPENING_SYNONYMS: Record<string, string[]> = {
  attack: ['attack', 'invade', 'bomb', 'raid', 'shell', 'fire', 'assault', 'massacre', 'invasion', 'incursion',
    'offensive', 'bombing', 'siege', 'airstrike', 'ambush'],
  war: ['war', 'uprising', 'outbreak', 'onset', 'erupt', 'break out', 'conflict', 'insurgency', 'rebellion', 'revolt'],
  revolution: ['revolution', 'coup'],
  meeting: ['meet', 'convene', 'visit', 'travel', 'arrive', 'host', 'meeting', 'summit', 'forum', 'conference', 'talks',
    'trip', 'gather', 'receive'],
  call: ['phone', 'call', 'phone call', 'speak'],
  statement: [...SAYING_VERBS, 'statement', 'address', 'speech', 'sermon', 'remarks', 'declaration', 'announcement', 'interview'],
  report: ['report', 'issue', 'publish', 'release', 'leak'],
  founding: ['found', 'form', 'establish', 'create', 'founding', 'foundation', 'establishment', 'creation', 'formation', 'set up'],
  beginning: ['begin', 'start', 'origins', 'origin', 'beginning'],
  expulsion: ['expel', 'deport', 'expulsion', 'deportation', 'exile'],
  relocation: ['relocate', 'move', 'relocation'],
  killing: ['kill', 'assassinate', 'murder', 'die', 'execute', 'assassination', 'killing', 'death', 'execution', 'murder'],
  appointment: ['appoint', 'elect', 'swear in', 'inaugurate', 'name', 'nominate', 'appointment', 'election', 'inauguration', 'nomination'],
  resignation: ['resign', 'concede', 'step down', 'quit', 'resignation', 'concession'],
  withdrawal: ['withdraw', 'pull out', 'withdrawal', 'retreat'],
  escalation: ['escalate', 'escalation'],
  takeover: ['seize', 'capture', 'take over', 'take control', 'acquire', 'buy', 'takeover', 'capture', 'seizure', 'acquisition', 'buyout', 'purchase'],
  agreement: ['sign', 'signing', 'agree', 'ceasefire', 'truce', 'treaty', 'agreement', 'accord', 'deal', 'pact'],
  merger: ['merge', 'merger', 'combine'],
  bankruptcy: ['bankruptcy', 'file for bankruptcy', 'default', 'collapse'],
  arrest: ['arrest', 'detain', 'arrest', 'detention'],
};
