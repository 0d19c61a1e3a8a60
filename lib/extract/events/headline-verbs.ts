// Headline forms of happening verbs: titles use the present tense ("Jordan expels …"), and the
// past participle when the text is passive or has no subject ("Hamas founded", "Rockets fired …").

export const HEADLINE_VERBS: Record<string, { present: string; participle: string }> = {
  met: { present: 'meets', participle: 'met' }, meet: { present: 'meets', participle: 'met' },
  meets: { present: 'meets', participle: 'met' }, convened: { present: 'convenes', participle: 'convened' },
  visited: { present: 'visits', participle: 'visited' }, went: { present: 'goes', participle: 'gone' },
  arrived: { present: 'arrives', participle: 'arrived' }, travelled: { present: 'travels', participle: 'travelled' },
  traveled: { present: 'travels', participle: 'traveled' }, hosted: { present: 'hosts', participle: 'hosted' },
  spoke: { present: 'speaks', participle: 'spoken' }, phoned: { present: 'phones', participle: 'phoned' },
  said: { present: 'says', participle: 'said' }, stated: { present: 'states', participle: 'stated' },
  told: { present: 'tells', participle: 'told' }, warned: { present: 'warns', participle: 'warned' },
  declared: { present: 'declares', participle: 'declared' }, announced: { present: 'announces', participle: 'announced' },
  characterized: { present: 'characterizes', participle: 'characterized' },
  characterised: { present: 'characterises', participle: 'characterised' },
  referred: { present: 'refers', participle: 'referred' }, asserted: { present: 'asserts', participle: 'asserted' },
  emphasized: { present: 'emphasizes', participle: 'emphasized' }, emphasised: { present: 'emphasises', participle: 'emphasised' },
  cautioned: { present: 'cautions', participle: 'cautioned' }, praised: { present: 'praises', participle: 'praised' },
  congratulated: { present: 'congratulates', participle: 'congratulated' }, denied: { present: 'denies', participle: 'denied' },
  threatened: { present: 'threatens', participle: 'threatened' }, reported: { present: 'reports', participle: 'reported' },
  issued: { present: 'issues', participle: 'issued' }, published: { present: 'publishes', participle: 'published' },
  revealed: { present: 'reveals', participle: 'revealed' }, founded: { present: 'founds', participle: 'founded' },
  formed: { present: 'forms', participle: 'formed' }, expelled: { present: 'expels', participle: 'expelled' },
  deported: { present: 'deports', participle: 'deported' }, relocated: { present: 'relocates', participle: 'relocated' },
  relocating: { present: 'relocates', participle: 'relocated' }, moved: { present: 'moves', participle: 'moved' },
  killed: { present: 'kills', participle: 'killed' }, assassinated: { present: 'assassinates', participle: 'assassinated' },
  murdered: { present: 'murders', participle: 'murdered' }, died: { present: 'dies', participle: 'died' },
  executed: { present: 'executes', participle: 'executed' }, appointed: { present: 'appoints', participle: 'appointed' },
  elected: { present: 'elects', participle: 'elected' }, withdrew: { present: 'withdraws', participle: 'withdrawn' },
  escalated: { present: 'escalates', participle: 'escalated' }, seized: { present: 'seizes', participle: 'seized' },
  captured: { present: 'captures', participle: 'captured' }, signed: { present: 'signs', participle: 'signed' },
  resigned: { present: 'resigns', participle: 'resigned' }, conceded: { present: 'concedes', participle: 'conceded' },
  inaugurated: { present: 'inaugurates', participle: 'inaugurated' },
  began: { present: 'begins', participle: 'begun' }, started: { present: 'starts', participle: 'started' },
  attacked: { present: 'attacks', participle: 'attacked' }, invaded: { present: 'invades', participle: 'invaded' },
  bombed: { present: 'bombs', participle: 'bombed' }, raided: { present: 'raids', participle: 'raided' },
  shelled: { present: 'shells', participle: 'shelled' }, fired: { present: 'fires', participle: 'fired' },
  fire: { present: 'fires', participle: 'fired' }, struck: { present: 'strikes', participle: 'struck' },
  launched: { present: 'launches', participle: 'launched' }, held: { present: 'holds', participle: 'held' },
  paid: { present: 'pays', participle: 'paid' }, made: { present: 'makes', participle: 'made' },
  conducted: { present: 'conducts', participle: 'conducted' }, staged: { present: 'stages', participle: 'staged' },
  gave: { present: 'gives', participle: 'given' }, delivered: { present: 'delivers', participle: 'delivered' },
};

/** Words trimmed from the start of a title's object: articles carry nothing in a headline. */
export const LEADING_ARTICLE = /^(?:the|a|an)\s+/iu;

/**
 * Where an object phrase stops: a clause boundary, a new clause's opening word, a first-person word
 * of quoted speech ("from our borders"), or a time phrase ("just around two months ago").
 */
export const OBJECT_STOP = /,\s|[;:—–(“"]|\s(?:which|who|that|while|as|because|after|before|following|since|when|where|saying|leading|regarding|to\s+(?:participate|discuss))\b|\s(?=(?:our|my|we|us|your)\b)|\s(?:(?:just|only|around|about|some)\s+)*[\p{L}\d-]+\s+(?:days?|weeks?|months?|years?|decades?)\s+ago\b/iu;

/** Words an object phrase may hold when cut short; one that ends at its clause boundary within OBJECT_WHOLE_WORDS is kept whole. */
export const OBJECT_WORDS = 8;
export const OBJECT_WHOLE_WORDS = 10;

/** Connectors trimmed from the start of a summary. */
export const LEADING_CONNECTOR = /^(?:(?:however|moreover|furthermore|in addition|additionally|next|then|finally|meanwhile|ultimately|further|also|and|but|that|saying that|leading into|leading to|following|after|especially|in parallel|for instance|first)\b,?\s*)+/iu;
