// "just days before the Hamas operation", "a few days after the outbreak of the war": the phrase
// names the happening its offset counts from. This finds that happening's family, so the offset is
// counted from the latest happening of that family, not from whatever the text reported last.

import { HAPPENING_FAMILIES, OPENING_NOUNS } from './happening-words';

/** Nouns naming a happening an offset may count from, beyond the families' own ("the Hamas operation"). */
const EXTRA_ANCHOR_NOUNS: Record<string, string> = { operation: 'attack', operations: 'attack', outbreak: 'war' };
/** "<offset> before/after/following the <up to four words>", stopping at punctuation. */
const ANCHOR_PHRASE = /\b(?:before|after|following)\s+(?:the\s+)?((?:[\p{L}’'-]+\s*){1,6})/giu;
/** What every ANCHOR_PHRASE match holds, tested first: without the Unicode flag it is far cheaper, and most sentences fail it. */
const ANCHOR_CUE = /(?:before|after|following)\s/i;

const NOUN_FAMILY = new Map<string, string>([
  ...HAPPENING_FAMILIES.flatMap((f) => f.nouns.filter((noun) => !noun.includes(' ')).map((noun): [string, string] => [noun, f.family])),
  ...Object.entries(EXTRA_ANCHOR_NOUNS),
]);

/** Families whose happenings an offset may count from: not statements, meetings or reports. */
const ANCHOR_FAMILIES = new Set(['attack', 'war', 'escalation', 'revolution', 'killing', 'takeover', 'withdrawal', 'agreement']);

/** Families whose happenings also anchor another's: a war's outbreak is often the attack that began it. */
export const ANCHORED_BY: Record<string, string[]> = { war: ['war', 'attack'] };

export interface AnchorPhrase {
  family: string;
  /** The offset phrase's start in the sentence. */
  index: number;
}

/**
 * The family of the happening "before/after/following the <noun phrase>" names, when its head noun
 * is a happening noun of an anchoring family; "the outbreak of the war" is the war's. Null otherwise.
 */
export function anchorFamily(sentence: string): AnchorPhrase | null {
  if (!ANCHOR_CUE.test(sentence)) return null;
  for (const match of sentence.matchAll(ANCHOR_PHRASE)) {
    const words = match[1].trim().split(/\s+/u).map((word) => word.toLowerCase());
    const head = words.findIndex((word) => NOUN_FAMILY.has(word));
    if (head < 0) continue;
    let family = NOUN_FAMILY.get(words[head])!;
    if (OPENING_NOUNS.includes(words[head]) && words[head + 1] === 'of') {
      const inner = words.slice(head + 2).find((word) => NOUN_FAMILY.has(word));
      if (inner) family = NOUN_FAMILY.get(inner)!;
    }
    if (ANCHOR_FAMILIES.has(family)) return { family, index: match.index };
  }
  return null;
}
