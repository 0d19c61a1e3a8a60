import { BEGINNING_AFTER_NOUN } from './happening-words';
import {
  CHAIN_GAP, HAPPENING_GROUPS, HAPPENING_WORD, LIGHT_VERBS, OPENING_NOUN, PURPOSE_BEFORE, STATE_NOUN, TREND_AFTER, VERB_OBJECT_GAP,
} from './happening-patterns';
import type { Happening } from './types';

/** The words right before an event noun, nearest last, to look for a light verb among them. */
const WORDS_BEFORE = /[\p{L}’'-]+/gu;
const LIGHT_VERB_REACH = 4;

/**
 * Happening words of a sentence in reading order. A light verb and its event noun form one happening
 * ("issued a report"), as does a noun chained to another ("outbreak of the civil war"); state nouns
 * ("control") are kept for "since" dates, which make their start a happening.
 */
export function findHappenings(sentence: string): Happening[] {
  const words = [...sentence.matchAll(HAPPENING_WORD)].map((match) => toHappening(match)).filter((h) => !isTrend(h, sentence));
  const states = [...sentence.matchAll(STATE_NOUN)].map(
    (match): Happening => ({ index: match.index, end: match.index + match[0].length, text: match[0], family: 'takeover', kind: 'state' }),
  );
  const happenings = dropPurposes(dropBeginningsOfNouns(joinChains(joinLightVerbs(words, sentence), sentence), sentence), sentence);
  return [...happenings, ...states].sort((a, b) => a.index - b.index);
}

function toHappening(match: RegExpMatchArray): Happening {
  let group = 1;
  while (match[group] === undefined) group++;
  const { family, kind } = HAPPENING_GROUPS[group - 1];
  const index = match.index!;
  return { index, end: index + match[0].length, text: match[0], family, kind };
}

function isTrend(happening: Happening, sentence: string): boolean {
  return happening.family === 'beginning' && happening.kind === 'verb' && TREND_AFTER.test(sentence.slice(happening.end));
}

function joinLightVerbs(words: Happening[], sentence: string): Happening[] {
  const joined: Happening[] = [];
  for (const word of words) {
    const index = word.kind === 'noun' ? lightVerbStart(sentence, word.index) : -1;
    if (index < 0) {
      joined.push(word);
      continue;
    }
    // The light verb may itself be a happening word ("issued"): the noun names the happening.
    while (joined.length && joined.at(-1)!.index >= index) joined.pop();
    joined.push({ ...word, index, kind: 'verb' });
  }
  return joined;
}

function joinChains(words: Happening[], sentence: string): Happening[] {
  const joined: Happening[] = [];
  for (const word of words) {
    const previous = joined.at(-1);
    const chained = previous?.kind === 'noun' && word.kind === 'noun' && CHAIN_GAP.test(sentence.slice(previous.end, word.index));
    if (!previous || !chained) {
      joined.push(word);
      continue;
    }
    const family = OPENING_NOUN.test(previous.text) ? word.family : previous.family;
    joined[joined.length - 1] = { ...previous, end: word.end, family };
  }
  return joined;
}

/** Where a light verb governing the noun at `nounIndex` starts, or -1. */
function lightVerbStart(sentence: string, nounIndex: number): number {
  const before = sentence.slice(Math.max(0, nounIndex - 40), nounIndex);
  const offset = nounIndex - before.length;
  const words = [...before.matchAll(WORDS_BEFORE)].slice(-LIGHT_VERB_REACH).reverse();
  const verb = words.find((word) => LIGHT_VERBS.test(word[0]) && VERB_OBJECT_GAP.test(before.slice(word.index! + word[0].length)));
  return verb ? offset + verb.index! : -1;
}

/** "the civil war, which began in 2011": the war is the happening the date times, not its beginning. */
function dropBeginningsOfNouns(words: Happening[], sentence: string): Happening[] {
  return words.filter((word, i) => {
    const previous = words[i - 1];
    const opensNoun = word.family === 'beginning' && word.kind === 'verb' && previous?.kind === 'noun';
    return !(opensNoun && BEGINNING_AFTER_NOUN.test(sentence.slice(previous.end, word.index)));
  });
}

/**
 * "the visits by X in Beirut for meetings with Y": the meetings are what the visits were for, one
 * happening with them, when an earlier happening of the same family is what they serve.
 */
function dropPurposes(words: Happening[], sentence: string): Happening[] {
  return words.filter((word, i) => {
    const purpose = word.kind === 'noun' && PURPOSE_BEFORE.test(sentence.slice(Math.max(0, word.index - 30), word.index));
    return !(purpose && words.slice(0, i).some((earlier) => earlier.family === word.family));
  });
}
