import { COUNTED_NOUN, MEASURES, QUALIFIERS } from '../lexicon/en/figures';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const anyOf = (words: string[]) => words.map(escape).join('|');

const QUALIFIER = String.raw`(?:(?<qualifier>${anyOf(QUALIFIERS)})\s+)?`;
const DIGITS = String.raw`(?<digits>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)`;
const SCALE = String.raw`(?:\s+(?<scale>thousand|million))?`;

/** "over 1,200", "more than 240", "1.5 million". */
export const COUNT = new RegExp(String.raw`(?<![\p{L}\d,.])${QUALIFIER}${DIGITS}${SCALE}(?![\d,]*\d)`, 'giu');

/** Per measure: the words before the count ("killed over 1,200") and after it ("240 hostages"). */
export const MEASURE_PATTERNS = MEASURES.map(({ measure, before, after }) => ({
  measure,
  before: new RegExp(String.raw`(?<![\p{L}])(?:${anyOf(before)})\s+$`, 'iu'),
  after: new RegExp(String.raw`^\s+${COUNTED_NOUN}(?:${anyOf(after)})(?![\p{L}])`, 'iu'),
}));
