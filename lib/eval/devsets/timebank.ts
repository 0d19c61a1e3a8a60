// TimeBank date scoring (TempEval-3 style): how many gold calendar DATE timexes the extractor
// reproduces, matched by paragraph and overlapping span (relaxed) or identical span (strict).
// Pure: the gold and the system's mentions come in, a report goes out.

import type { Precision } from '../../extract/types';
import { ratio } from '../ratio';
import type { Ratio } from '../types';

export interface TimebankTimex {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimebankDoc {
  dct: string;
  timexes: TimebankTimex[];
}

/** A date the system found: its paragraph, offsets within that paragraph, and resolved span. */
export interface SystemDate {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  date: { start: string; end: string; precision: Precision };
}

export type ValueShape = 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' | 'season';

export interface TimebankMiss {
  slug: string;
  timex: TimebankTimex;
  /** The system's overlapping mentions with their TIMEX values (null: no calendar value). */
  found: { text: string; value: string | null }[];
}

export interface TimebankReport {
  relaxed: Ratio;
  strict: Ratio;
  byShape: Record<ValueShape, { relaxed: Ratio; strict: Ratio }>;
  misses: TimebankMiss[];
}

const SHAPES: [ValueShape, RegExp][] = [
  ['YYYY-MM-DD', /^\d{4}-\d\d-\d\d$/],
  ['YYYY-MM', /^\d{4}-\d\d$/],
  ['YYYY', /^\d{4}$/],
  ['season', /^\d{4}-(?:SP|SU|FA|WI)$/],
];

/** TimeML season codes by the first month of our meteorological seasons; a winter takes the year it starts in ("the winter of 1994" → 1994-WI). */
const SEASON_CODES: Record<string, string> = { '03': 'SP', '06': 'SU', '09': 'FA', '12': 'WI' };

export function valueShape(value: string): ValueShape | null {
  return SHAPES.find(([, shape]) => shape.test(value))?.[0] ?? null;
}

/** The TIMEX3 value of a resolved date; null for weeks and approximate spans, which no calendar value equals. */
export function timexValue(date: SystemDate['date']): string | null {
  return valueAt(date.start, date.precision);
}

/** Both ends' values: a range ("between 1994 and 1997") states two dates, each a gold timex of its own. */
export function boundValues(date: SystemDate['date']): (string | null)[] {
  return [valueAt(date.start, date.precision), valueAt(date.end, date.precision)];
}

function valueAt(start: string, precision: Precision): string | null {
  switch (precision) {
    case 'day':
      return start;
    case 'month':
      return start.slice(0, 7);
    case 'year':
      return start.slice(0, 4);
    case 'decade':
      return start.slice(0, 3);
    case 'season': {
      const code = SEASON_CODES[start.slice(5, 7)];
      return code ? `${start.slice(0, 4)}-${code}` : null;
    }
    default:
      return null;
  }
}

/** The `docs` of TimeBank's gold.json, checked for the fields scoring reads. */
export function parseTimebankGold(gold: unknown): Record<string, TimebankDoc> {
  const docs = (gold as { docs?: unknown } | null)?.docs;
  if (typeof docs !== 'object' || docs === null) throw new Error('timebank gold.json has no docs object');
  for (const [slug, doc] of Object.entries(docs as Record<string, Partial<TimebankDoc>>)) {
    if (typeof doc.dct !== 'string' || !Array.isArray(doc.timexes)) throw new Error(`timebank gold: ${slug} lacks dct or timexes`);
    for (const t of doc.timexes) {
      const ok = [t.paragraph, t.start, t.end].every(Number.isInteger) && [t.text, t.type, t.value].every((v) => typeof v === 'string');
      if (!ok) throw new Error(`timebank gold: ${slug} has a timex without paragraph, offsets, text, type or value`);
    }
  }
  return docs as Record<string, TimebankDoc>;
}

export function scoreTimebank(docs: Record<string, TimebankDoc>, system: Record<string, SystemDate[]>): TimebankReport {
  const counts = new Map<ValueShape, { total: number; relaxed: number; strict: number }>(SHAPES.map(([shape]) => [shape, { total: 0, relaxed: 0, strict: 0 }]));
  const misses: TimebankMiss[] = [];
  for (const slug of Object.keys(docs).sort()) {
    const mentions = system[slug] ?? [];
    for (const timex of docs[slug].timexes) {
      const shape = timex.type === 'DATE' ? valueShape(timex.value) : null;
      if (!shape) continue;
      const overlapping = mentions.filter((m) => m.paragraph === timex.paragraph && m.start < timex.end && timex.start < m.end);
      const same = overlapping.filter((m) => boundValues(m.date).includes(timex.value));
      const count = counts.get(shape)!;
      count.total++;
      if (same.length > 0) count.relaxed++;
      else misses.push({ slug, timex, found: overlapping.map((m) => ({ text: m.text, value: timexValue(m.date) })) });
      if (same.some((m) => m.start === timex.start && m.end === timex.end)) count.strict++;
    }
  }
  const all = [...counts.values()];
  const sum = (key: 'relaxed' | 'strict') => all.reduce((total, c) => total + c[key], 0);
  const total = all.reduce((n, c) => n + c.total, 0);
  const byShape = Object.fromEntries(
    [...counts].map(([shape, c]) => [shape, { relaxed: ratio(c.relaxed, c.total), strict: ratio(c.strict, c.total) }]),
  ) as TimebankReport['byShape'];
  return { relaxed: ratio(sum('relaxed'), total), strict: ratio(sum('strict'), total), byShape, misses };
}

function line(label: string, r: Ratio): string {
  return `  ${label.padEnd(22)}${r.hits}/${r.total}`.padEnd(40) + `${(r.share * 100).toFixed(1)}%`;
}

/** Headline figures, then each value shape. */
export function formatTimebankReport(report: TimebankReport): string {
  return [
    `TimeBank calendar DATE timexes: ${report.relaxed.total}`,
    line('value (relaxed span)', report.relaxed),
    line('value (strict span)', report.strict),
    ...Object.entries(report.byShape).flatMap(([shape, r]) => [line(`${shape} relaxed`, r.relaxed), line(`${shape} strict`, r.strict)]),
  ].join('\n');
}
