// Small hand-made wikinews gold and system events: only what the scorer reads is meaningful.
import type { ActorEntry } from '../../../lib/extract/actors/types';
import type { ExtractedEvent, Precision } from '../../../lib/extract/types';
import type { GoldTimelineRow, WikinewsGold } from '../../../lib/eval/devsets/wikinews-gold';

export type Span = [start: string, end: string, precision: Precision];
/** [source, paragraph, quote, start offset in the paragraph] */
export type Cite = [source: string, paragraph: number, quote?: string, start?: number];

export const JUNE_9: Span = ['2008-06-09', '2008-06-09', 'day'];
export const JUNE: Span = ['2008-06-01', '2008-06-30', 'month'];
export const YEAR_2008: Span = ['2008-01-01', '2008-12-31', 'year'];

export function event(id: string, [start, end, precision]: Span, cites: Cite[], actors: string[] = []): ExtractedEvent {
  return {
    id,
    title: id,
    summary: '',
    date: { start, end, precision, text: start, inferred: null },
    actors,
    citations: cites.map(([source, paragraph, quote = '', offset = 0]) => ({
      source,
      paragraph,
      quote,
      start: offset,
      end: offset + quote.length,
      stance: 'stated', claimant: null, stanceCue: null,
      role: 'report',
      roleBasis: null,
      dateText: start,
      figures: [],
    })),
    discrepancies: [],
    rules: [],
  };
}

export function actor(slug: string, name: string, aliases: string[] = [], discovered = false): ActorEntry {
  return { slug, name, kind: 'organization', aliases, affiliation: null, roles: [], demonyms: [], ...(discovered ? { discovered } : {}) };
}

/** A gold set of the given articles with nothing annotated; tests add what they need. */
export function emptyGold(...sources: string[]): WikinewsGold {
  const perSource = <T>() => Object.fromEntries(sources.map((source) => [source, [] as T[]]));
  return {
    docs: Object.fromEntries(sources.map((source) => [source, { dct: '2008-06-09' }])),
    timelines: {},
    timexes: perSource(),
    events: perSource(),
    entities: perSource(),
  };
}

export function dateTimex(paragraph: number, start: number, text: string, value: string) {
  return { paragraph, start, end: start + text.length, text, type: 'DATE', value };
}

export function word(paragraph: number, start: number, text: string) {
  return { paragraph, start, end: start + text.length, text };
}

export function row(date: string, ...mentions: [slug: string, paragraph: number][]): GoldTimelineRow {
  return { order: 1, date, mentions: mentions.map(([slug, paragraph]) => ({ slug, paragraph, start: 0, end: 4, text: 'said' })) };
}
