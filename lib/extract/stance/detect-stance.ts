import type { Stance } from '../types';
import { STANCE_PATTERNS } from './stance-patterns';

/** How the quote presents its happening; `stated` when it carries no cue. */
export function detectStance(quote: string): Stance {
  return STANCE_PATTERNS.find(({ pattern }) => pattern.test(quote))?.stance ?? 'stated';
}
