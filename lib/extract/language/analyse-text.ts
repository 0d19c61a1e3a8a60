// The one module that talks to the NLP library (wink-nlp with its English lite model, which ships
// its weights inside the npm package). Everything else reads the plain TextAnalysis, so the library
// can be replaced here alone.

import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { PartOfSpeech, TextAnalysis, Token } from './types';

// Sentences come from our own splitter, so only the tagger runs (sentence detection, negation and
// sentiment are off).
const nlp = winkNLP(model, ['pos']);
const its = nlp.its;
// The library's own typings reject `its.lemma` in `out()` although it works there.
const lemma = its.lemma as unknown as ItsFunction<string>;

/**
 * Tokens of one text (a sentence, usually) with their offsets in it, parts of speech and lemmas.
 * The model tokenises without offsets, so each token is located after the previous one.
 */
export function analyseText(text: string): TextAnalysis {
  const doc = nlp.readDoc(text);
  const words = doc.tokens().out();
  const tags = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(lemma) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const start = text.indexOf(words[i], cursor);
    // A token the model rewrote (none known in English) is skipped rather than given wrong offsets.
    if (start < 0) continue;
    const end = start + words[i].length;
    tokens.push({ text: words[i], start, end, pos: tags[i] as PartOfSpeech, lemma: lemmas[i].toLowerCase() });
    cursor = end;
  }
  return { text, tokens };
}
