import type { ExtractedEvent, Precision } from '../../../lib/extract/types';

/** A one-citation event for merge tests. */
export function event(parts: {
  source: string; paragraph?: number; start: string; end?: string; precision?: Precision; text?: string;
  family: string; word?: string; actors?: string[]; terms?: string[]; places?: string[]; figures?: { measure: string; value: number; text: string }[];
}): ExtractedEvent {
  const date = { start: parts.start, end: parts.end ?? parts.start, precision: parts.precision ?? 'day', text: parts.text ?? parts.start, inferred: null };
  return {
    id: '', title: `${parts.family} ${parts.source}`, summary: '', date, actors: parts.actors ?? [],
    citations: [{ source: parts.source, paragraph: parts.paragraph ?? 1, quote: 'q', start: 0, end: 1, stance: 'stated', claimant: null, stanceCue: null, role: 'report', roleBasis: null, dateText: date.text, figures: parts.figures ?? [] }],
    discrepancies: [], rules: [], signature: { family: parts.family, ...(parts.word ? { word: parts.word } : {}), terms: parts.terms ?? [], places: parts.places ?? [] },
  };
}
