// "that year", "later that year", "earlier that year": the year the text is talking about. Parsed
// without a year, so the sentence or narrative year completes it as it does "in June".

import { cue, pattern } from '../patterns';
import { piece, type Parser } from '../parsing';

export const thatYear: Parser = {
  name: 'that-year',
  pattern: pattern('(?:(?:[Ee]arlier|[Ll]ater)\\s+)?[Tt]hat\\s+year(?![A-Za-z])'),
  cues: [cue.thatYear],
  extract: () => piece({}),
};
