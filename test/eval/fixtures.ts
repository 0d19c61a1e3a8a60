// Small hand-made events for scorer tests: only what the scorer reads is meaningful.

import type { ExtractedEvent, Precision } from '../../lib/extract/types';
import type { GoldEvent } from '../../lib/eval/types';

export type Span = [start: string, end: string, precision: Precision];
export type Refs = [source: string, paragraph: number][];

export const OCT7: Span = ['2023-10-07', '2023-10-07', 'day'];
export const JUNE_2023: Span = ['2023-06-01', '2023-06-30', 'month'];

export function gold(id: string, [start, end, precision]: Span, refs: Refs, actors: string[] = []): GoldEvent {
  return { id, what: `gold ${id}`, start, end, precision, actors, citations: refs.map(([source, paragraph]) => ({ source, paragraph })) };
}

export function extracted(id: string, [start, end, precision]: Span, refs: Refs, actors: string[] = []): ExtractedEvent {
  return {
    id,
    title: `extracted ${id}`,
    summary: '',
    date: { start, end, precision, text: start, inferred: null },
    actors,
    citations: refs.map(([source, paragraph]) => ({
      source,
      paragraph,
      quote: '',
      start: 0,
      end: 0,
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
