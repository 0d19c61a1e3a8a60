import type { Stance } from '../types';
import { STANCE_CUES } from './stance-words';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern per stance, in precedence order; cue words must stand as whole words. */
export const STANCE_PATTERNS: { stance: Stance; pattern: RegExp }[] = STANCE_CUES.map(({ stance, cues }) => ({
  stance,
  pattern: new RegExp(String.raw`(?<![\p{L}])(?<cue>${cues.map(escape).join('|')})(?![\p{L}])`, 'iu'),
}));
