// What the linguistic layer reports about a text: tokens with offsets, parts of speech and lemmas.
// Plain data, so the rest of the extractor never sees the NLP library behind it.

/** Universal Dependencies part-of-speech tags, as the English model assigns them. */
export type PartOfSpeech =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN'
  | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token {
  /** As written: `text.slice(start, end) === token.text`. */
  text: string;
  start: number;
  end: number;
  pos: PartOfSpeech;
  /** Dictionary form, lower case except for names the model keeps ("Jobs"). */
  lemma: string;
}

export interface TextAnalysis {
  text: string;
  tokens: Token[];
}
