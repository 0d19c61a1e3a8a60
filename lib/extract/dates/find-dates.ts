// Runs a configuration over one sentence: every parser's matches, then each refiner in turn.

import { defaultConfiguration, type Configuration } from './configuration';
import type { ParsedResult, Piece } from './parsing';
import { toMention } from './resolve';
import type { DateContext, DateMention } from './types';
import { globalMatches } from '../text/global-matches';

function isRange(extracted: Piece | { start: Piece; end: Piece }): extracted is { start: Piece; end: Piece } {
  return 'end' in extracted;
}

function parse(configuration: Configuration, text: string): ParsedResult[] {
  const results: ParsedResult[] = [];
  // Parsers share cues (a digit, a month word): test each once per text.
  const tested = new Map<RegExp, boolean>();
  configuration.parsers.forEach((parser, priority) => {
    if (!passesCues(parser.cues, text, tested)) return;
    for (const match of globalMatches(parser.pattern, text)) {
      const extracted = parser.extract(match.groups ?? {});
      if (!extracted) continue;
      const [start, end] = isRange(extracted) ? [extracted.start, extracted.end] : [extracted, null];
      results.push({ index: match.index, text: match[0], start, end, inferred: null, rules: [parser.name], priority });
    }
  });
  return results.sort((a, b) => a.index - b.index || a.priority - b.priority);
}

function passesCues(cues: RegExp[], text: string, tested: Map<RegExp, boolean>): boolean {
  for (const cue of cues) {
    let passed = tested.get(cue);
    if (passed === undefined) tested.set(cue, (passed = cue.test(text)));
    if (!passed) return false;
  }
  return true;
}

/** Parsed and refined results, before widening into mentions: for callers that need the parts. */
export function refineDates(text: string, context: DateContext, configuration: Configuration): ParsedResult[] {
  const parsed = parse(configuration, text);
  // Refiners only refine or drop what the parsers found: with nothing found there is nothing to do,
  // which is the case for most sentences.
  if (parsed.length === 0) return parsed;
  return configuration.refiners.reduce((results, refiner) => refiner.refine(results, text, context), parsed);
}

export function findDates(text: string, context: DateContext, configuration: Configuration = defaultConfiguration): DateMention[] {
  return refineDates(text, context, configuration).map(toMention).filter((mention): mention is DateMention => mention !== null);
}
