// "just days before the operation", "a few days after the outbreak of the war": the phrase names
// the happening its offset counts from. This finds that happening's kind, so the offset is counted
// from the latest happening of that kind, not from whatever the text reported last.

import { OPENING_NOUNS } from '../lexicon/en/happenings';
import { happeningKind, isEventNoun } from './happening-kind';
import { globalMatches } from '../text/global-matches';

/** Nouns that name a happening an offset counts from without naming its kind ("the operation"). */
const UNSPECIFIC_NOUNS: Record<string, string> = { operation: 'attack', operations: 'attack' };
/** "<offset> before/after/following the <up to six words>", stopping at punctuation. */
const ANCHOR_PHRASE = /\b(?:before|after|following)\s+(?:the\s+)?((?:[\p{L}’'-]+\s*){1,6})/giu;
/** What every ANCHOR_PHRASE match holds, tested first: without the Unicode flag it is far cheaper, and most sentences fail it. */
const ANCHOR_CUE = /(?:before|after|following)\s/i;

/** Kinds whose happenings an offset may count from: not statements, meetings or reports, which recur. */
const ANCHOR_KINDS = new Set(['attack', 'war', 'escalation', 'revolution', 'killing', 'takeover', 'withdrawal', 'agreement']);

/** Kinds whose happenings also anchor another's: a war's outbreak is often the attack that began it. */
export const ANCHORED_BY: Record<string, string[]> = { war: ['war', 'attack'] };

export interface AnchorPhrase {
  family: string;
  /** The offset phrase's start in the sentence. */
  index: number;
}

/** A plural's singular, enough to look an event noun up ("attacks" → "attack"). */
const singular = (word: string) => (word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);

function kindOfNoun(word: string): string | null {
  if (UNSPECIFIC_NOUNS[word]) return UNSPECIFIC_NOUNS[word];
  const lemma = [word, singular(word)].find(isEventNoun);
  return lemma ? happeningKind(lemma) : null;
}

/**
 * The kind of the happening "before/after/following the <noun phrase>" names, when its head noun is
 * an event noun of an anchoring kind; "the outbreak of the war" is the war's. Null otherwise.
 */
export function anchorFamily(sentence: string): AnchorPhrase | null {
  if (!ANCHOR_CUE.test(sentence)) return null;
  for (const match of globalMatches(ANCHOR_PHRASE, sentence)) {
    const words = match[1].trim().split(/\s+/u).map((word) => word.toLowerCase());
    const head = words.findIndex((word) => kindOfNoun(word) !== null);
    if (head < 0) continue;
    let family = kindOfNoun(words[head])!;
    if (OPENING_NOUNS.includes(words[head]) && words[head + 1] === 'of') {
      const inner = words.slice(head + 2).map(kindOfNoun).find((kind) => kind !== null);
      if (inner) family = inner;
    }
    if (ANCHOR_KINDS.has(family)) return { family, index: match.index };
  }
  return null;
}
