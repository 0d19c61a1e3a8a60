import type { Stance } from '../types';
import { ASIDE_ABOUT_NOUN, STANCE_PATTERNS } from './stance-patterns';

/** Where the cited happening (and its date) sit in the quote, and its family. */
export interface Focus {
  start: number;
  end: number;
  family: string;
}

/** Stances a family's own words carry: "The Telegraph reported …" states a report, it does not report one. */
const OWN_STANCE: Record<string, Stance> = { report: 'reported' };

/**
 * How the quote presents its happening; `stated` when it carries no cue. With a focus, cues in an
 * aside about another noun ("The visit, confirmed by state media, comes … after the October 7
 * massacre") are left out: they present that noun, not the cited happening; and a report is not
 * "reported" by its own reporting words.
 */
export function detectStance(quote: string, focus?: Focus): Stance {
  const scope = focus ? withoutAsidesElsewhere(quote, focus) : quote;
  const own = focus ? OWN_STANCE[focus.family] : undefined;
  return STANCE_PATTERNS.find(({ stance, pattern }) => stance !== own && pattern.test(scope))?.stance ?? 'stated';
}

function withoutAsidesElsewhere(quote: string, focus: Focus): string {
  return quote.replace(ASIDE_ABOUT_NOUN, (aside, offset: number) => {
    const end = offset + aside.length;
    const holdsFocus = offset < focus.end && focus.start < end;
    // "The attack, confirmed by the army, …": an aside right after the happening's own word is about it.
    const followsFocus = offset >= focus.end && quote.slice(focus.end, offset).trim() === '';
    return holdsFocus || followsFocus ? aside : ' '.repeat(aside.length);
  });
}
