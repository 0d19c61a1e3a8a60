import type { EvalReport } from './types';

/** Minimum shares a run must reach, and the most wrong merges it may make. */
export interface Thresholds {
  precision: number;
  recall: number;
  exactDateShare: number;
  merges: number;
  maxWrongMerges: number;
  /** Actors per matched event, micro-averaged (see scoreActors). */
  actorPrecision: number;
  actorRecall: number;
}

/** The thresholds a report misses, in words; empty when it passes. */
export function missedThresholds(report: EvalReport, thresholds: Thresholds): string[] {
  const shares: [string, number, number][] = [
    ['precision', report.precision.share, thresholds.precision],
    ['recall', report.recall.share, thresholds.recall],
    ['exact-date share', report.exactDateShare.share, thresholds.exactDateShare],
    ['merges', report.merges.share, thresholds.merges],
    ['actor precision', report.actorPrecision.share, thresholds.actorPrecision],
    ['actor recall', report.actorRecall.share, thresholds.actorRecall],
  ];
  const missed = shares
    .filter(([, share, minimum]) => share < minimum)
    .map(([name, share, minimum]) => `${name} ${percent(share)} < ${percent(minimum)}`);
  if (report.wrongMerges.length > thresholds.maxWrongMerges) {
    missed.push(`wrong merges ${report.wrongMerges.length} > ${thresholds.maxWrongMerges}`);
  }
  return missed;
}

export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
