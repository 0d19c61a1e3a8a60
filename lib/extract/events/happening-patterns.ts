import {
  AGGREGATE_CUES, BOUND_WORDS, CHAIN_PREPOSITIONS, NOUN_PHRASE_STOPWORDS, OPENING_NOUNS, TEMPORAL_PHRASES, TEMPORAL_PREPOSITIONS, TREND_VERBS,
} from '../lexicon/en/happenings';
import { wholeWords, wordAlternation } from './word-pattern';

/** "began to develop": a beginning that only opens a trend. */
export const TREND_AFTER = new RegExp(String.raw`^\s+to\s+(?:${wordAlternation(TREND_VERBS)})\b`, 'iu');
/** The trend verb itself, after its beginning ("began to develop"): no happening either. */
export const TREND_BEFORE = /(?<![\p{L}])(?:began|begun|begins|begin|started|starts|start|continued|continues)\s+to\s+$/iu;

/** "withdrawal from the agreement", "outbreak of the civil war": one noun opening onto another. */
export const CHAIN_GAP = new RegExp(String.raw`^\s+(?:${wordAlternation(CHAIN_PREPOSITIONS)})\s+(?:the\s+)?(?:(?!(?:and|or|but|the)\s)[\p{L}-]+\s+){0,3}$`, 'iu');
export const OPENING_NOUN = new RegExp(String.raw`^(?:${wordAlternation(OPENING_NOUNS)})$`, 'iu');

/** Beginning verbs whose subject is an event noun ("the civil war, which began in 2011"): the noun is the happening. */
export const BEGINNING_AFTER_NOUN = /^(?:,\s*which|\s+that|\s+which)?\s+$/iu;

export const AGGREGATE_CUE = wholeWords(AGGREGATE_CUES, 'iu');

/** "… in a city for meetings with …", "went to the capital for talks": a noun naming what another happening was for. */
export const PURPOSE_BEFORE = /(?<![\p{L}])for\s+(?:(?:a|an|the|further|more|several|two|three)\s+)?$/iu;

/** The words right before a date that make it a bound ("since October 7"), allowing an article. */
/** How far before a date its bound word may stand ("since the", "until its"). */
export const BOUND_REACH = 14;
export const BOUND_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(BOUND_WORDS)})\s+(?:the\s+|its\s+)?$`, 'iu');

/** The words right before a noun phrase that make it a time for another happening ("since the", "in the wake of its"). */
export const TIMING_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation([...TEMPORAL_PREPOSITIONS, ...TEMPORAL_PHRASES])})\s+$`, 'iu');

/** Only noun-phrase words between a date and the noun it modifies ("1979 revolution"). */
const STOPWORD = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(NOUN_PHRASE_STOPWORDS)})(?![\p{L}])|[,;:()“”"—–]`, 'iu');
export const isNounPhraseGap = (gap: string) => gap.length <= 40 && !STOPWORD.test(gap);
