// English words around names that say who a name is: titles before it, what it does after it.
// Lower case; multi-word entries are matched word by word.

/** Titles and roles written before a person's name ("CEO Steve Jobs", "Defence Minister Jane Doe"). */
export const PERSON_TITLES: readonly string[] = [
  'ceo', 'cfo', 'coo', 'chief executive', 'chief executive officer', 'chief operating officer', 'chief financial officer',
  'chief', 'executive', 'officer', 'president', 'vice president', 'vice-president', 'prime minister', 'minister',
  'secretary', 'judge', 'presiding judge', 'justice', 'senator', 'sen', 'governor', 'gov', 'mayor', 'chairman',
  'chairwoman', 'chair', 'spokesman', 'spokeswoman', 'spokesperson', 'founder', 'co-founder', 'cofounder',
  'director', 'ambassador', 'general', 'gen', 'colonel', 'col', 'commander', 'chancellor', 'king', 'queen',
  'prince', 'princess', 'pope', 'sheikh', 'ayatollah', 'rabbi', 'bishop', 'cardinal', 'professor', 'prof',
  'coach', 'captain', 'capt', 'lieutenant', 'lt', 'sergeant', 'sgt', 'admiral', 'adm', 'leader', 'head',
  'representative', 'rep', 'congressman', 'congresswoman', 'lawmaker', 'lawyer', 'attorney', 'attorney general',
  'analyst', 'economist', 'manager', 'editor', 'reporter', 'correspondent', 'producer', 'singer', 'actor',
  'actress', 'premier', 'emir', 'sultan', 'deputy', 'superintendent', 'inspector', 'detective',
  'commissioner', 'envoy', 'diplomat', 'activist', 'chef', 'engineer', 'designer', 'author', 'writer', 'cto', 'owner',
  'president-elect', 'secretary of state', 'secretary-general', 'secretary general', 'speaker', 'whip', 'dean', 'provost', 'principal', 'imam', 'cleric', 'striker', 'midfielder',
  'sculptor', 'painter', 'artist', 'architect', 'curator', 'poet', 'novelist', 'composer', 'photographer', 'musician',
  'scientist', 'physicist', 'astronomer', 'astronaut', 'historian', 'philosopher', 'surgeon', 'physician', 'nurse',
  'goalkeeper', 'defender', 'forward', 'winger', 'athlete', 'entrepreneur', 'investor', 'banker', 'journalist',
  'mp', 'mep', 'msp', 'councillor', 'councilor', 'alderman', 'assemblyman', 'assemblywoman',
  'auditor', 'accountant', 'prosecutor', 'investigator', 'researcher', 'teacher', 'doctor', 'pilot', 'farmer',
];

/** Courtesy titles: a person, and no part of the name ("Ms Lopez" is Lopez). */
export const HONORIFICS: readonly string[] = ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'madam', 'mme', 'messrs'];

/**
 * Verbs (base forms) whose subject is someone who acts or speaks ("Apple announced", "Paris refused",
 * "Cisco to file"): after a name, they make it an actor. Regular forms are derived; irregular ones listed.
 */
export const AGENT_VERBS: readonly string[] = [
  'say', 'announce', 'report', 'claim', 'confirm', 'deny', 'state', 'tell', 'reveal', 'release', 'unveil',
  'introduce', 'launch', 'sue', 'file', 'sign', 'refuse', 'reject', 'agree', 'accuse', 'warn', 'threaten',
  'demand', 'urge', 'plan', 'decide', 'vote', 'approve', 'acquire', 'buy', 'sell', 'hire', 'fire', 'settle',
  'win', 'lose', 'argue', 'ask', 'order', 'pledge', 'promise', 'propose', 'respond', 'reply', 'insist', 'admit',
  'criticise', 'criticize', 'condemn', 'welcome', 'invade', 'attack', 'meet', 'visit', 'host', 'lower', 'raise',
  'expect', 'believe', 'think', 'want', 'seek', 'testify', 'appeal', 'resign', 'join', 'found', 'establish',
  'invest', 'pay', 'spend', 'receive', 'send', 'deploy', 'arrest', 'kill', 'lead', 'write', 'tweet', 'comment',
  'decline', 'explain', 'add', 'note', 'estimate', 'predict', 'recommend', 'fight', 'negotiate', 'sponsor',
  'acknowledge', 'allege', 'apologise', 'apologize', 'declare', 'describe', 'dismiss', 'oppose',
  'support', 'back', 'endorse', 'recall', 'cancel', 'suspend', 'ban', 'block', 'charge', 'convict', 'sentence',
  'rule', 'hold', 'give', 'take', 'complain', 'demonstrate', 'promote', 'succeed', 'die', 'retire',
];

/** Past tenses and participles of the verbs above that add no -ed. */
export const IRREGULAR_VERB_FORMS: Readonly<Record<string, readonly string[]>> = {
  say: ['said'], tell: ['told'], buy: ['bought'], sell: ['sold'], win: ['won'], lose: ['lost'], meet: ['met'],
  think: ['thought'], seek: ['sought'], pay: ['paid'], spend: ['spent'], send: ['sent'], lead: ['led'],
  write: ['wrote', 'written'], admit: ['admitted'], fight: ['fought'], hold: ['held'], give: ['gave', 'given'], take: ['took', 'taken'],
};

/**
 * Words that may stand between a subject and its verb ("Apple has also claimed", "Cisco to file").
 * No form of "be": "the Shuffle was introduced" makes it what was acted on.
 */
export const VERB_LEAD_INS: readonly string[] = [
  'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'does', 'do',
  'also', 'not', 'never', 'today', 'yesterday', 'now', 'then', 'already', 'recently',
  'reportedly', 'allegedly', 'officially', 'later', 'earlier', 'first', 'finally', 'still', 'just', 'to',
  'been', 'quickly', 'publicly', 'formally', 'jointly', 'repeatedly', 'once', 'again', 'since', 'subsequently',
];

/** At most this many lead-in words between a subject and its verb. */
export const MAX_VERB_LEAD_INS = 3;

/** Words after a possessive name that make it a body with people in it ("Apple's board", "France's foreign minister"). */
export const POSSESSED_ROLE_NOUNS: readonly string[] = [
  'board', 'ceo', 'chief', 'chief executive', 'founder', 'co-founder', 'executives', 'executive', 'employees',
  'staff', 'shareholders', 'spokesman', 'spokeswoman', 'spokesperson', 'lawyers', 'lawyer', 'leader', 'leaders',
  'president', 'chairman', 'director', 'management', 'officials', 'minister', 'foreign minister', 'prime minister',
  'government', 'army', 'military', 'forces', 'decision', 'statement', 'announcement', 'refusal', 'lawsuit',
  'website', 'headquarters', 'shares', 'share price', 'stock', 'profits', 'revenue', 'customers', 'subsidiary',
  'offices', 'retail stores', 'stores', 'label', 'members', 'engineers', 'workers', 'chief executive officer',
];

/** Titles of the head of a body: the capitalised words before them name that body ("Apple CEO Steve Jobs"). */
export const HEAD_TITLES: readonly string[] = [
  'ceo', 'cfo', 'coo', 'cto', 'chief executive', 'chief executive officer', 'chief operating officer',
  'chief financial officer', 'chairman', 'chairwoman', 'founder', 'co-founder', 'cofounder', 'executive',
  'spokesman', 'spokeswoman', 'spokesperson', 'director', 'head', 'coach', 'manager', 'owner',
];

/** Words after a name that make it an amount of money ("US dollars"); "US$2" is caught by its "$". */
export const CURRENCY_WORDS: readonly string[] = ['dollar', 'dollars', 'cent', 'cents'];

/** Words before a name that make it the one who acted, in a passive or a dispute ("held by Apple", "lawsuit against Cisco"). */
export const AGENT_MARKERS: readonly string[] = ['by', 'against'];

/** Words written in capitals in headlines and banners, never names ("BREAKING", "UPDATE"). */
export const BANNER_WORDS: readonly string[] = [
  'breaking', 'update', 'updated', 'updates', 'exclusive', 'watch', 'live', 'new', 'urgent', 'alert', 'opinion',
  'analysis', 'editorial', 'correction', 'video', 'photos', 'read', 'more', 'developing', 'special', 'report',
  'news', 'latest', 'flash', 'comment', 'feature', 'review', 'interview', 'podcast', 'listen', 'note', 'editor',
];

/** Capitalised words naming times, never actors ("Christmas", "New Year"); months and weekdays come from the date lexicon. */
export const TIME_NAMES: readonly string[] = [
  'christmas', 'easter', 'ramadan', 'eid', 'passover', 'hanukkah', 'thanksgiving', 'new', 'year', 'halloween',
  'today', 'tonight', 'yesterday', 'tomorrow', 'am', 'pm', 'bc', 'ad', 'gmt', 'utc', 'est', 'pst', 'edt', 'pdt',
];

/** Words that, after a comma following a name, show it is a person's ("Papermaster, 49,", "Jobs, born in …"). */
export const PERSON_APPOSITION: readonly string[] = ['aged', 'born', 'who'];

/** Words that open a relative clause after a name, not an apposition describing it ("the Tunnel Act, which creates …"). */
export const RELATIVE_OPENERS: readonly string[] = ['which', 'that', 'where', 'when', 'whose'];
