import type { DateMention } from '../dates/types';
import { analyseText, type TextAnalysis, type Token } from '../language';
import { DEFINITE_ARTICLES, INDEFINITE_ARTICLES } from '../lexicon/en/function-words';
import { compareCitations } from '../merge/compare-citations';
import { mergeActors } from '../merge/merge-actors';
import type { ExtractedEvent } from '../types';
import { findHappenings } from './find-happenings';
import { isPastHappening } from './past-happening';
import type { Happening } from './types';
import { sortedUnion as union } from '../merge/sorted-union';

/** How many paragraphs after a happening's report a definite description may still take it up. */
const EPISODE_REACH = 1;

/** "The" and the words after it that may hold the subject's head noun. */
const DEFINITE_OPENING = new RegExp(String.raw`^(?:${DEFINITE_ARTICLES.join('|')})\s+((?:[\p{L}\p{N}’'-]+\s+){0,3}[\p{L}\p{N}’'-]+)`, 'iu');
const INDEFINITE = INDEFINITE_ARTICLES.join('|');

/** Words of a subject before its head noun ("the two-day Acme delegation"). */
const SUBJECT_WORDS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

export interface EpisodeContinuation {
  happening: Happening;
  analysis: TextAnalysis;
}

/**
 * A sentence with no date of its own whose subject takes up the noun of the happening just told
 * ("A delegation headed by X went to Vell in June." → "The delegation, which also included Y, met
 * with Z.") goes on telling that happening: the annotation guidelines count the participants of such
 * continuation sentences as the happening's (§5). Its past-tense verb is what it tells; a present,
 * future or pluperfect is no part of the episode.
 */
export function continueEpisode(sentence: string, episode: ExtractedEvent, source: string, paragraph: number): EpisodeContinuation | null {
  const opening = DEFINITE_OPENING.exec(sentence);
  if (!opening) return null;
  const reports = episode.citations.filter((c) => c.source === source && c.paragraph <= paragraph && paragraph - c.paragraph <= EPISODE_REACH);
  // The tagger runs only when one of the first words was brought in by the report: most sentences never get that far.
  if (!opening[1].split(/\s+/u).some((word) => reports.some((c) => introduces(c.quote, [word])))) return null;
  const analysis = analyseText(sentence);
  const { tokens } = analysis;
  const subject = definiteSubject(tokens);
  const head = subject && tokens[subject.head];
  if (!subject || !head || !reports.some((c) => introduces(c.quote, [head.text, head.lemma]))) return null;
  const verb = subjectVerb(tokens, subject.end);
  const happening = verb === null ? undefined : findHappenings(sentence, analysis).find((h) => h.index === tokens[verb].start);
  return happening && happening.kind === 'verb' && !happening.nonfinite && isPastHappening(tokens, happening) ? { happening, analysis } : null;
}

/** The definite subject opening the sentence ("The Acme delegation"): its head noun, and the token after it. */
function definiteSubject(tokens: Token[]): { head: number; end: number } | null {
  let end = 1;
  while (end < tokens.length && SUBJECT_WORDS.has(tokens[end].pos)) end++;
  return end > 1 && tokens[end - 1].pos === 'NOUN' ? { head: end - 1, end } : null;
}

/** The verb whose subject ends at `from`, past an aside between commas (", which also included X,"). */
function subjectVerb(tokens: Token[], from: number): number | null {
  let at = from;
  if (tokens[at]?.text === ',') {
    at = tokens.findIndex((token, i) => i > from && token.text === ',') + 1;
    if (at === 0) return null;
  }
  while (tokens[at]?.pos === 'AUX' || tokens[at]?.pos === 'ADV' || tokens[at]?.pos === 'PART') at++;
  return tokens[at]?.pos === 'VERB' ? at : null;
}

/** Whether a report brings the noun in as something new ("an Acme delegation", "an inquiry"), which "the" then takes up. */
function introduces(quote: string, noun: string[]): boolean {
  // Most words are not in the quote at all: a plain search spares building the pattern.
  const lower = quote.toLowerCase();
  if (!noun.some((form) => lower.includes(form.toLowerCase()))) return false;
  const forms = [...new Set(noun)].map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const indefinite = String.raw`(?<![\p{L}\p{N}])(?:${INDEFINITE})\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}`;
  return new RegExp(`${indefinite}(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'iu').test(quote);
}

/**
 * The episode told on by a continuation sentence: its citation (which states no date of its own)
 * and the actors it names join the episode; the title, date and happening stay the episode's.
 */
export function takeUp(episode: ExtractedEvent, report: ExtractedEvent, named: string[]): ExtractedEvent {
  const citations = [...episode.citations, ...report.citations.map((citation) => ({ ...citation, dateText: '' }))].sort(compareCitations);
  return {
    ...episode,
    actors: union(episode.actors, report.actors, named),
    clauseActors: union(mergeActors(episode), report.actors, named),
    citations,
    rules: union(episode.rules, ['attach:same-episode']),
  };
}


/** A continuation sentence's date: the episode's, inferred from the report that stated it. */
export function episodeMention(episode: ExtractedEvent, happening: Happening): DateMention {
  const cited = episode.citations.find((citation) => citation.dateText) ?? episode.citations[0];
  const date = { ...episode.date, inferred: { rule: 'same-episode', anchor: `“${cited.dateText}” (¶${cited.paragraph})` } };
  return { index: happening.index, end: happening.index, text: episode.date.text, date, rules: ['same-episode'] };
}
