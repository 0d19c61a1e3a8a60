import { foldWord } from './fold-word';
import { scanWords } from './scan-words';
import { APOSTROPHES, HYPHENS } from './words';

export interface Token {
  /** Offsets of the word itself, without a possessive ending; an initial keeps its full stop ("J."). */
  start: number;
  end: number;
  raw: string;
  key: string;
  /** Written with a possessive ending ("Acme’s", "Jones’"). */
  possessive: boolean;
  /** Begins with a capital letter (titles and names). */
  capitalized: boolean;
  /** Only spaces or hyphens separate it from the previous token, so both can belong to one name. */
  joined: boolean;
}

const APOSTROPHE = `[${APOSTROPHES}]`;
const POSSESSIVE_S = new RegExp(`${APOSTROPHE}[sS]$`, 'u');
const NAME_GAP = new RegExp(`^[\\s${HYPHENS.replace('-', '\\-')}]+$`, 'u');
/** "al-‘Ula": an ʿayn after the hyphen still joins the words. */
const HYPHEN_AYN = new RegExp(`^[${HYPHENS.replace('-', '\\-')}][${APOSTROPHES}]$`, 'u');
/** "J. Smith": a full stop after a single letter is an initial, not the end of a clause. */
const INITIAL_GAP = /^\.\s*$/u;
const UPPER = /^\p{Lu}/u;

/** Splits a sentence into words, linear in its length. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let previous: Token | null = null;
  for (const { start, word: whole, trailing } of scanWords(text)) {
    // Fast paths first: most words end in no "s", most gaps are one space, most letters are ASCII.
    const possessiveS = (whole.endsWith('s') || whole.endsWith('S')) && POSSESSIVE_S.test(whole);
    // "Jones’" is possessive only after an s; elsewhere a trailing apostrophe closes a quote.
    const possessive = possessiveS || (trailing && /s$/i.test(whole));
    const word = possessiveS ? whole.slice(0, -2) : whole;
    const joined = previous !== null && (isOneSpace(text, previousEnd, start) || isNameGap(text.slice(previousEnd, start), previous));
    const end = start + word.length + (word.length === 1 && text[start + 1] === '.' ? 1 : 0);
    const { raw, key } = foldWord(word);
    const token: Token = { start, end, raw, key, possessive, capitalized: isCapitalized(word), joined };
    tokens.push(token);
    previous = token;
    previousEnd = start + whole.length + (trailing ? 1 : 0);
  }
  return tokens;
}

function isCapitalized(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : UPPER.test(word);
}

function isOneSpace(text: string, from: number, to: number): boolean {
  return to - from === 1 && text.charCodeAt(from) === 32;
}

function isNameGap(gap: string, previous: Token): boolean {
  return NAME_GAP.test(gap) || HYPHEN_AYN.test(gap) || (previous.raw.length === 1 && INITIAL_GAP.test(gap));
}
