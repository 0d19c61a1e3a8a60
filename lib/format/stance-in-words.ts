import type { Stance } from '../extract/types';

const VERBS: Record<Exclude<Stance, 'stated'>, string> = {
  reported: 'Reported',
  alleged: 'Alleged',
  denied: 'Denied',
  confirmed: 'Confirmed',
};

/**
 * How a citation presents its happening and who it attributes it to, in the source's terms: the
 * claimant as the text names it ("Reported by Multiple Ruritanian officials"), never our judgement.
 */
export function stanceInWords(stance: Stance, claimant: string | null): string {
  if (stance === 'stated') return 'Stated by the source';
  if (claimant !== null) return `${VERBS[stance]} by ${claimant}`;
  return stance === 'reported' ? 'Reported (the source names no one)' : VERBS[stance];
}
