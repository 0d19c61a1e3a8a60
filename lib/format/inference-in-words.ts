// The one place where the extractor's rule names (`Inference.rule`, e.g. `relative-to-speech-date`)
// become words for readers: panels, tooltips and exported files say how a date was worked out and
// from what, never the rule's name.
import type { Inference } from '../extract/types';
import { dayInWords, monthInWords } from './format-date';

/** What each rule did, as the start of a sentence ending in its anchor. */
const RULE_WORDS: Record<string, string> = {
  'earlier-full-date': 'year taken from an earlier full date in the article',
  'narrative-year': 'year taken from the year the article is telling of',
  'sentence-year': 'year taken from the same sentence',
  'reference-year': 'year taken from the article’s date',
  'relative-to-reference': 'counted from the article’s date',
  'named-period-from-reference': 'period placed by the article’s date',
  'weekday-from-reference': 'day of the week placed by the article’s date',
  'relative-to-previous-event': 'counted from the report of',
  'relative-to-sentence-date': 'counted from the date in the same sentence',
  'relative-to-speech-date': 'counted from the date of the speech quoted',
  'known-happening': 'date taken from another report of the same happening',
  'narrative-day': 'day taken from the day the report tells of',
  'same-episode': 'date taken from the episode the sentence goes on with',
  'caption-date': 'day taken from a photo caption',
};

/** For a rule this table does not know yet: still plain words, never the name. */
const UNKNOWN_RULE = 'worked out from';

/** How the date was worked out, without what from: `counted from the date of the speech quoted`. */
export function ruleInWords(rule: string): string {
  return Object.hasOwn(RULE_WORDS, rule) ? RULE_WORDS[rule] : UNKNOWN_RULE;
}

/**
 * How the date was worked out and from what, in words: `counted from the report of “Talks in
 * Vell” (¶14)`, `day taken from a photo caption dated 8 February 2025 (¶3)`. ISO dates in the
 * anchor read as words.
 */
export function inferenceInWords(inferred: Inference): string {
  const how = ruleInWords(inferred.rule);
  const from = anchorInWords(inferred.anchor);
  // The caption anchor already says what it is ("photo caption dated …").
  if (inferred.rule === 'caption-date') return `${how}: ${from.replace(/^photo caption /, '')}`;
  if (inferred.rule === 'relative-to-previous-event') return `${how} ${quoteTitle(from)}`;
  return `${how}: ${from}`;
}

/** `publication date 2023-10-22` → `publication date 22 October 2023`; `… 2023-10 …` → `October 2023`. */
export function anchorInWords(anchor: string): string {
  return anchor
    .replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (iso) => dayInWords(iso))
    .replace(/\b(\d{4})-(\d{2})\b/g, (_, year: string, month: string) => monthInWords(`${year}-${month}-01`));
}

/** `Talks in Vell (¶14)` → `“Talks in Vell” (¶14)`: the anchor names an event by its title. */
function quoteTitle(label: string): string {
  const match = /^(.*?)\s*(\(¶\d+\))$/.exec(label);
  return match === null ? `“${label}”` : `“${match[1]}” ${match[2]}`;
}
