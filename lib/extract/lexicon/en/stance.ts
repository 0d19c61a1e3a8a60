// Words that say how a sentence presents what it reports, and who it attributes it to. Lemmas, lower case.

import type { Stance } from '../../types';

type Attributed = Exclude<Stance, 'stated'>;

/**
 * Verbs that attribute what follows to their subject ("officials said …", "the army confirmed …").
 * Reporting verbs report all of their content; a denial, allegation or confirmation takes that stance
 * only toward its own object (see read-stance.ts).
 */
export const STANCE_VERBS: Record<string, Attributed> = {
  deny: 'denied', reject: 'denied', dismiss: 'denied', refute: 'denied', rebut: 'denied',
  allege: 'alleged', claim: 'alleged', accuse: 'alleged',
  confirm: 'confirmed', acknowledge: 'confirmed', verify: 'confirmed', corroborate: 'confirmed', admit: 'confirmed',
  say: 'reported', tell: 'reported', report: 'reported', state: 'reported', reveal: 'reported', announce: 'reported',
  write: 'reported', add: 'reported', note: 'reported', explain: 'reported', disclose: 'reported', assert: 'reported',
  insist: 'reported', declare: 'reported', testify: 'reported', recount: 'reported', recall: 'reported', describe: 'reported',
};

/** Words set right on the happening ("the alleged raid", "reportedly attacked"): a stance with no claimant named. */
export const STANCE_MODIFIERS: Record<string, Attributed> = {
  alleged: 'alleged', allegedly: 'alleged', suspected: 'alleged', purported: 'alleged', purportedly: 'alleged',
  supposed: 'alleged', supposedly: 'alleged',
  reported: 'reported', reportedly: 'reported',
  confirmed: 'confirmed', unconfirmed: 'reported',
};

/** Prepositions that attribute the whole sentence to the phrase after them ("according to the ministry"). */
export const ATTRIBUTING_PREPOSITIONS: { words: string[]; stance: Attributed }[] = [
  { words: ['according', 'to'], stance: 'reported' },
];

/** Words that open what a verb reports ("said that …", "said: …"). */
export const CONTENT_OPENERS = new Set(['that', ':']);

/** The preposition naming who did a passive verb ("confirmed by the army"). */
export const AGENT_PREPOSITION = 'by';

/** Prepositions that may sit inside a claimant's name ("the Supreme Leader of Ruritania", "a spokesman for Acme"). */
export const NAME_PREPOSITIONS = new Set(['of', 'for', 'at']);
