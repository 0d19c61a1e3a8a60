// Every date of an article as the pipeline reads it: body paragraphs only, sentence by sentence,
// against the article's reference date, with the narrative year and the previous happening threaded
// exactly as readEvents threads them (so a scorer sees what the extractor really resolves).

import { ANCHORED_BY, anchorFamily } from '../events/anchor-happening';
import { attachDates } from '../events/attach-dates';
import { findHappenings } from '../events/find-happenings';
import { referenceDate } from '../events/reference-date';
import { classifyParagraphs } from '../paragraphs/classify-paragraphs';
import { splitSentences } from '../sentences/split-sentences';
import type { ArticleInput, ExtractOptions, ResolvedDate } from '../types';
import { readDateline } from './dateline';
import { findDates } from './find-dates';
import { advanceNarrative } from './narrative';
import type { DateContext, DateMention, Narrative } from './types';

/** One date of an article; offsets are within its paragraph's text. */
export interface ArticleDateMention {
  /** 1-based paragraph number. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
  date: ResolvedDate;
  rules: string[];
}

/** Vague spans ("in recent years") date a mood, not a happening: readEvents drops them too. */
const VAGUE_PARSERS = new Set(['recent-period']);

interface Happened {
  date: ResolvedDate;
  label: string;
}

export function readArticleDates(article: ArticleInput, options: Partial<ExtractOptions> = {}): ArticleDateMention[] {
  const reference = referenceDate(article, options.gazetteer);
  const found: ArticleDateMention[] = [];
  let narrative: Narrative | null = null;
  let previous: Happened | null = null;
  /** The latest happening of each family, for offsets that name what they count from. */
  const latestOf = new Map<string, Happened>();
  for (const paragraph of classifyParagraphs(article.paragraphs)) {
    if (paragraph.kind !== 'body') {
      found.push(...datelineDates(paragraph.text, paragraph.number, reference));
      continue;
    }
    for (const sentence of splitSentences(paragraph.text)) {
      const anchor = anchorFamily(sentence.text);
      const from = anchor ? (latestAmong(latestOf, ANCHORED_BY[anchor.family] ?? [anchor.family]) ?? previous) : previous;
      const context: DateContext = {
        referenceDate: reference.date,
        referenceLabel: reference.label,
        referencePrecision: reference.precision,
        narrative,
        previousEvent: from,
        paragraph: paragraph.number,
      };
      const mentions = findDates(sentence.text, context).filter((m) => !m.rules.some((rule) => VAGUE_PARSERS.has(rule)));
      narrative = advanceNarrative(narrative, mentions, paragraph.number);
      for (const mention of mentions) found.push(toArticleMention(mention, paragraph.number, sentence.start));
      if (mentions.length === 0) continue;
      for (const item of attachDates(sentence.text, mentions, findHappenings(sentence.text))) {
        if (!item.happening) continue;
        previous = { date: item.mention.date, label: `${item.mention.text} (¶${paragraph.number})` };
        latestOf.delete(item.happening.family);
        latestOf.set(item.happening.family, previous);
      }
    }
  }
  return found;
}

/**
 * The date of a dateline standing as its own line ("WASHINGTON, August 8 (Xinhua) --"), which the
 * paragraph classes call a heading: the date of writing, read against the reference date alone.
 * A dateline opening a body paragraph is read with its sentence.
 */
function datelineDates(text: string, paragraph: number, reference: { date: string; label: string; precision: DateContext['referencePrecision'] }): ArticleDateMention[] {
  const span = readDateline(text)?.date;
  if (!span) return [];
  const context: DateContext = { referenceDate: reference.date, referenceLabel: reference.label, referencePrecision: reference.precision, narrative: null, previousEvent: null, paragraph };
  return findDates(text.slice(span.start, span.end), context).map((mention) => toArticleMention(mention, paragraph, span.start));
}

function toArticleMention(mention: DateMention, paragraph: number, offset: number): ArticleDateMention {
  return { paragraph, start: offset + mention.index, end: offset + mention.end, text: mention.text, date: mention.date, rules: mention.rules };
}

/** The happening read last among the given families' latest ones. */
function latestAmong(latestOf: Map<string, Happened>, families: string[]): Happened | null {
  const order = [...latestOf.values()];
  return families.map((f) => latestOf.get(f)).filter((e): e is Happened => !!e).sort((a, b) => order.indexOf(b) - order.indexOf(a))[0] ?? null;
}
