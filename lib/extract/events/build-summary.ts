import { LEADING_CONNECTOR } from '../lexicon/en/titles';

/** The quote as a summary: opening connectors trimmed, a capital first letter and a final stop. */
export function buildSummary(quote: string): string {
  const trimmed = quote.replace(LEADING_CONNECTOR, '').trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]["'”’)]*$/u.test(capitalised) ? capitalised : `${capitalised}.`;
}
