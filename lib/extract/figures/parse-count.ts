const SCALES: Record<string, number> = { thousand: 1_000, million: 1_000_000 };

/** "1,200" → 1200; "1.5" with scale "million" → 1500000. */
export function parseCount(digits: string, scale: string | undefined): number {
  const value = Number(digits.replace(/,/g, ''));
  return scale ? Math.round(value * SCALES[scale.toLowerCase()]) : value;
}
