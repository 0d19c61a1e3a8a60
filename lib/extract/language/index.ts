// The linguistic layer: tokens, parts of speech and lemmas for the rest of the extractor.

export { analyseText } from './analyse-text';
export { repairVerbless } from './repair-verbless';
export type { PartOfSpeech, TextAnalysis, Token } from './types';
