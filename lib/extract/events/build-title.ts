import type { ActorMention } from '../actors/types';
import type { DateMention } from '../dates/types';
import { EVALUATIVE_WORDS, NOUN_PHRASE_STOPWORDS } from '../lexicon/en/happenings';
import { GROUP_PRONOUNS, LEADING_ARTICLE, LEADING_CONNECTOR, PERSON_PRONOUNS } from '../lexicon/en/titles';
import { likeCase, pastParticiple, presentSingular } from './inflect';
import { objectAfter } from './object-after';
import { subjectOf } from './subject-of';
import type { Happening } from './types';

export interface TitleParts {
  sentence: string;
  clause: { start: number; end: number };
  happening: Happening;
  mention: DateMention;
  actors: ActorMention[];
  /** The name a pronoun subject refers to ("he" → the person named last before), or null when unknown. */
  antecedent: (pronoun: string) => string | null;
}

const PERSON_PRONOUN = new Set(PERSON_PRONOUNS);
const GROUP_PRONOUN = new Set(GROUP_PRONOUNS);

/** Up to three words right before an event noun ("Hamas-led", "Syrian civil"): its modifiers. */
const NOUN_MODIFIERS = /(?:(?:[\p{L}][\p{L}.’'-]*|\d+(?:st|nd|rd|th)?)\s+){1,3}$/u;
const NOT_A_MODIFIER = new RegExp(String.raw`^(?:${[...NOUN_PHRASE_STOPWORDS, ...EVALUATIVE_WORDS, 'of', 'during', 'after', 'before', 'following', 'witnessed', 'since'].join('|')})$`, 'iu');
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be)\s+$/iu;
/** "the decision to fire rockets": an infinitive has no subject of its own in the clause. */
const INFINITIVE_BEFORE = /(?<![\p{L}])to\s+$/iu;
const MEETING_WITH = /^with\s+/iu;
/**
 * A subject ending in a plural: a lower-case noun in -s ("officials", not "-ss"/"-us"), or a
 * capitalised demonym in -ans/-is ("Iranians", "Iraqis"); not a name ending in s ("Hamas", "Abbas").
 */
const PLURAL = /(?:(?<![\p{L}’'-])\p{Ll}[\p{L}’'-]*(?<![su])s|(?<![\p{L}’'-])\p{Lu}[\p{L}’'-]*(?:an|i)s)$/u;

/** A short neutral headline built from the clause's own words: subject + verb + object, or the event noun phrase. */
export function buildTitle(parts: TitleParts): string {
  const { sentence, clause, happening, mention } = parts;
  const objectEnd = mention.index > happening.end && mention.index < clause.end ? mention.index : clause.end;
  const full = objectAfter(sentence, happening.end, objectEnd);
  // "met with X" reads "meets X" in a headline; "signed an accord with X" keeps its "with".
  const object = happening.family === 'meeting' && happening.kind === 'verb' && happening.text === happening.verb?.text ? full.replace(MEETING_WITH, '') : full;
  const title = happening.kind === 'verb' ? verbTitle(parts, object) : nounTitle(parts, object);
  return capitalise(title.replace(/\s+/g, ' ').trim());
}

function verbTitle({ sentence, clause, happening, mention, actors, antecedent }: TitleParts, object: string): string {
  const span = sentence.slice(happening.index, happening.end);
  const verb = happening.verb ?? { text: span.split(/\s+/)[0], lemma: span.split(/\s+/)[0].toLowerCase() };
  const rest = span.slice(verb.text.length).trim();
  // A date opening the clause ("In July 2022, X met …") is not part of the subject.
  const from = mention.end <= happening.index ? Math.max(clause.start, mention.end) : clause.start;
  const infinitive = INFINITIVE_BEFORE.test(sentence.slice(Math.max(clause.start, happening.index - 4), happening.index));
  const found = infinitive ? null : subjectOf(sentence, from, happening.index, actors);
  const subject = found && resolvePronoun(found.text.replace(LEADING_CONNECTOR, '').replace(LEADING_ARTICLE, ''), antecedent);
  const complement = [rest.replace(LEADING_ARTICLE, ''), object].filter(Boolean).join(' ');
  const participle = likeCase(pastParticiple(verb.lemma), verb.text);
  if (!subject) return participleAfterHead(complement, participle);
  const passive = PASSIVE_BEFORE.test(sentence.slice(clause.start, happening.index));
  const present = PLURAL.test(subject) ? verb.lemma : presentSingular(verb.lemma);
  return `${subject} ${passive ? participle : present} ${complement}`;
}

/** A pronoun subject is replaced by the name it refers to; with none known, the title has no subject. */
function resolvePronoun(subject: string, antecedent: (pronoun: string) => string | null): string | null {
  if (!subject) return null;
  const word = subject.toLowerCase();
  if (!PERSON_PRONOUN.has(word) && !GROUP_PRONOUN.has(word)) return subject;
  return antecedent(word);
}

/** "Dozens of rockets fired from southern Lebanon": with no subject, the verb follows the object's head. */
function participleAfterHead(complement: string, participle: string): string {
  const split = /\s(?:from|into|at|on|in|against|to)\s/iu.exec(complement);
  return split ? `${complement.slice(0, split.index)} ${participle}${complement.slice(split.index)}` : `${complement} ${participle}`;
}

function nounTitle({ sentence, clause, happening, mention }: TitleParts, object: string): string {
  const before = sentence.slice(clause.start, happening.index);
  const withoutDate = mention.end <= happening.index && mention.index >= clause.start ? before.slice(0, mention.index - clause.start) + before.slice(mention.end - clause.start) : before;
  const candidates = (NOUN_MODIFIERS.exec(withoutDate.replace(/\s+/g, ' '))?.[0] ?? '').split(' ').filter(Boolean);
  const kept = candidates.slice(candidates.findLastIndex((word) => NOT_A_MODIFIER.test(word)) + 1);
  const modifiers = kept.length ? `${kept.join(' ')} ` : '';
  const noun = sentence.slice(happening.index, happening.end).replace(/\s+(?:of|from|on|in)\s+the\s+/iu, (m) => m.replace(/the\s+$/iu, ''));
  const complement = /^(?:of|on|against|in|from|by|to)\s/iu.test(object) ? ` ${object.replace(/\s+the\s+/iu, ' ')}` : '';
  return `${modifiers}${noun}${complement}`;
}

/** A capital first letter, except on a word written with an inner capital ("iTunes", "eBay"). */
function capitalise(text: string): string {
  if (/^\p{Ll}+\p{Lu}/u.test(text)) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
