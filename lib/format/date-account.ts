import type { Inference, Precision } from '../extract/types';
import { dateWithPrecision } from './format-date';
import { inferenceInWords } from './inference-in-words';

export interface DatedEvent {
  start: string;
  end: string;
  precision: Precision;
  /** The date as the text wrote it. */
  dateText: string;
  inferred: Inference | null;
}

/**
 * An event's date told in full, for exports and screen readers: `January 2023 (month); as written:
 * “January”; year taken from an earlier full date in the article: “January 2023” (¶25)`.
 */
export function dateAccount(event: DatedEvent): string {
  const told = `${dateWithPrecision(event)}; as written: “${event.dateText}”`;
  return event.inferred === null ? told : `${told}; ${inferenceInWords(event.inferred)}`;
}
