// A wire dateline opening an article's text: "PARIS, May 3 (Reuters) –", "WASHINGTON (AP) —",
// "JOHANNESBURG, August 7 (Xinhua) --". It names where and when the story was filed, not a
// happening: its date is the date of writing.

/** Place in capitals (a region may follow in title case), an optional date, the agency in brackets, a dash or the line end. */
const DATELINE = /^[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+)*(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)*)?(?:,\s+(?<date>[^(),]{3,30}?))?\s*\([A-Za-z][A-Za-z .&-]*\)\s*(?:[-–—_]+|$)/;

export interface Dateline {
  /** Offsets of the whole dateline in the paragraph. */
  end: number;
  /** Offsets of the date it carries, if any. */
  date: { start: number; end: number } | null;
}

export function readDateline(paragraph: string): Dateline | null {
  const match = DATELINE.exec(paragraph);
  if (!match) return null;
  const date = match.groups?.date;
  if (!date) return { end: match[0].length, date: null };
  const start = match[0].indexOf(date);
  return { end: match[0].length, date: { start, end: start + date.length } };
}
