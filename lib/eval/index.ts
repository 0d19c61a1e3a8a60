export { scoreExtraction } from './score-extraction';
export { parseGold } from './parse-gold';
export { formatReport } from './format-report';
export { missedThresholds, type Thresholds } from './thresholds';
export { GoldError } from './gold-error';
export type * from './types';
