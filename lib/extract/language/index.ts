// The linguistic layer: tokens, parts of speech and lemmas for the rest of the extractor.

export { analyseText } from './analyse-text';
export { isCommonPlural } from './common-plural';
export { repairTags } from './repair-tags';
export type { PartOfSpeech, TextAnalysis, Token } from './types';
