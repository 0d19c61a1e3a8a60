// The one place where the extractor's rule names (`Inference.rule`, e.g. `relative-to-speech-date`)
// become words for readers: panels, tooltips and exported files say how a date was worked out and
// from what, never the rule's name.
import type { Inference } from '../extract/types';
import { isoDatesInWords } from './format-date';

interface RuleWords {
  /** What the rule did, on its own (tooltips): `counted from the article’s date`. */
  how: string;
  /** The same, leading into the rule's anchor: `counted from the article’s` + `publication date …`. */
  lead: string;
}

const RULE_WORDS: Record<string, RuleWords> = {
  'earlier-full-date': { how: 'year taken from an earlier full date in the article', lead: 'year taken from an earlier full date in the article,' },
  'narrative-year': { how: 'year taken from the year the article is telling of', lead: 'year taken from the year the article is telling of,' },
  'sentence-year': { how: 'year taken from the same sentence', lead: 'year taken from the same sentence,' },
  'reference-year': { how: 'year taken from the article’s date', lead: 'year taken from the article’s' },
  'relative-to-reference': { how: 'counted from the article’s date', lead: 'counted from the article’s' },
  'named-period-from-reference': { how: 'period placed by the article’s date', lead: 'period placed by the article’s' },
  'weekday-from-reference': { how: 'day of the week placed by the article’s date', lead: 'day of the week placed by the article’s' },
  'relative-to-previous-event': { how: 'counted from an earlier report in the article', lead: 'counted from the report of' },
  'relative-to-sentence-date': { how: 'counted from the date in the same sentence', lead: 'counted from the date in the same sentence,' },
  'relative-to-speech-date': { how: 'counted from the date of the speech quoted', lead: 'counted from the date of the speech quoted,' },
  'known-happening': { how: 'date taken from another report of the same happening', lead: 'date taken from another report of the same happening,' },
  'narrative-day': { how: 'day taken from the day the report tells of', lead: 'day taken from the day the report tells of,' },
  'same-episode': { how: 'date taken from the episode the sentence goes on with', lead: 'date taken from the episode the sentence goes on with,' },
  'caption-date': { how: 'day taken from a photo caption', lead: 'day taken from a' },
};

/** For a rule this table does not know yet: still plain words, never the name. */
const UNKNOWN_RULE: RuleWords = { how: 'worked out from the text', lead: 'worked out from' };

function wordsFor(rule: string): RuleWords {
  return Object.hasOwn(RULE_WORDS, rule) ? RULE_WORDS[rule] : UNKNOWN_RULE;
}

/** How the date was worked out, without what from: `counted from the date of the speech quoted`. */
export function ruleInWords(rule: string): string {
  return wordsFor(rule).how;
}

/**
 * How the date was worked out and from what, in words: `counted from the report of “Talks in
 * Vell” (¶14)`, `day taken from a photo caption dated 8 February 2025 (¶3)`. ISO dates in the
 * anchor read as words.
 */
export function inferenceInWords(inferred: Inference): string {
  const from = isoDatesInWords(inferred.anchor);
  return `${wordsFor(inferred.rule).lead} ${inferred.rule === 'relative-to-previous-event' ? quoteTitle(from) : from}`;
}

/** `Talks in Vell (¶14)` → `“Talks in Vell” (¶14)`: the anchor names an event by its title. */
function quoteTitle(label: string): string {
  const match = /^(.*?)\s*(\(¶\d+\))$/.exec(label);
  return match === null ? `“${label}”` : `“${match[1]}” ${match[2]}`;
}
