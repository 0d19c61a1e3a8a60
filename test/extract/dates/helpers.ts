// Shared test fixtures: a context with sensible defaults and compact views of findDates output.

import assert from 'node:assert/strict';
import { findDates } from '../../../lib/extract/dates';
import type { DateContext, DateMention, Narrative } from '../../../lib/extract/dates/types';

export function context(overrides: Partial<DateContext> = {}): DateContext {
  return { referenceDate: '2023-10-22', referenceLabel: 'publication date', narrative: null, previousEvent: null, paragraph: 1, ...overrides };
}

export function narrative(year: number, text = String(year), paragraph = 1, month: number | null = null): Narrative {
  return { year, month, text, paragraph };
}

/** [text, start, end, precision] per mention. */
export function spans(text: string, overrides: Partial<DateContext> = {}): [string, string, string, string][] {
  return findDates(text, context(overrides)).map((m) => [m.text, m.date.start, m.date.end, m.date.precision]);
}

/** The single mention in `text`, failing if there is not exactly one. */
export function only(text: string, overrides: Partial<DateContext> = {}): DateMention {
  const mentions = findDates(text, context(overrides));
  assert.equal(mentions.length, 1, `expected one date in “${text}”, got ${JSON.stringify(mentions.map((m) => m.text))}`);
  return mentions[0];
}

/** Asserts the single mention's text, bounds and precision. */
export function assertDate(text: string, expected: [string, string, string, string], overrides: Partial<DateContext> = {}): DateMention {
  const mention = only(text, overrides);
  assert.deepEqual([mention.text, mention.date.start, mention.date.end, mention.date.precision], expected);
  return mention;
}
