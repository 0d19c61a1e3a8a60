import {
  AGGREGATE_CUES, BOUND_WORDS, CHAIN_PREPOSITIONS, HAPPENING_FAMILIES, NOUN_PHRASE_STOPWORDS, OPENING_NOUNS,
  STATE_NOUNS, TREND_VERBS,
} from './happening-words';
import { wholeWords, wordAlternation } from './word-pattern';

const familyGroups = HAPPENING_FAMILIES.flatMap(({ nouns, verbs }, i) => [
  ...(nouns.length ? [{ family: HAPPENING_FAMILIES[i].family, kind: 'noun' as const, source: `(?<n${i}>${wordAlternation(nouns)})` }] : []),
  ...(verbs.length ? [{ family: HAPPENING_FAMILIES[i].family, kind: 'verb' as const, source: `(?<v${i}>${wordAlternation(verbs)})` }] : []),
]);

/** Every happening word; the named group (`n3`, `v3`) tells the family index and whether noun or verb. */
export const HAPPENING_WORD = new RegExp(String.raw`(?<![\p{L}’'-])(?:${familyGroups.map((g) => g.source).join('|')})(?![\p{L}-])`, 'giu');

/** Family and kind of HAPPENING_WORD's capture groups in order: group N is `HAPPENING_GROUPS[N - 1]`, read without building `match.groups`. */
export const HAPPENING_GROUPS: { family: string; kind: 'noun' | 'verb' }[] = familyGroups.map(({ family, kind }) => ({ family, kind }));

export const STATE_NOUN = wholeWords(STATE_NOUNS);

/** "began to develop": a beginning that only opens a trend. */
export const TREND_AFTER = new RegExp(String.raw`^\s+to\s+(?:${wordAlternation(TREND_VERBS)})\b`, 'iu');

/** A verb taking an event noun as object: "issued a report", "launched its attack", "paid visits". */
export const VERB_OBJECT_GAP = /^\s+(?:(?:a|an|the|its|their|his|her|several|two|three)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
export const LIGHT_VERBS = /^(?:launched|held|paid|made|carried out|conducted|staged|issued|gave|delivered)$/i;

/** "withdrawal from the agreement", "outbreak of the civil war": one noun opening onto another. */
export const CHAIN_GAP = new RegExp(String.raw`^\s+(?:${wordAlternation(CHAIN_PREPOSITIONS)})\s+(?:the\s+)?(?:(?!(?:and|or|but|the)\s)[\p{L}-]+\s+){0,3}$`, 'iu');
export const OPENING_NOUN = new RegExp(String.raw`^(?:${wordAlternation(OPENING_NOUNS)})$`, 'iu');

export const AGGREGATE_CUE = wholeWords(AGGREGATE_CUES, 'iu');

/** "… in Beirut for meetings with …", "went to Tehran for talks": a noun naming what another happening was for. */
export const PURPOSE_BEFORE = /(?<![\p{L}])for\s+(?:(?:a|an|the|further|more|several|two|three)\s+)?$/iu;

/** The words right before a date that make it a bound ("since October 7"), allowing an article. */
export const BOUND_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(BOUND_WORDS)})\s+(?:the\s+|its\s+)?$`, 'iu');

/** Only noun-phrase words between a date and the noun it modifies ("1979 Islamic Revolution"). */
const STOPWORD = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(NOUN_PHRASE_STOPWORDS)})(?![\p{L}])|[,;:()“”"—–]`, 'iu');
export const isNounPhraseGap = (gap: string) => gap.length <= 40 && !STOPWORD.test(gap);
