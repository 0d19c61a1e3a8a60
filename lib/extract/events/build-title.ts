import type { ActorMention } from '../actors/types';
import type { DateMention } from '../dates/types';
import { EVALUATIVE_WORDS, NOUN_PHRASE_STOPWORDS } from './happening-words';
import { HEADLINE_VERBS, LEADING_ARTICLE } from './headline-verbs';
import { objectAfter } from './object-after';
import { subjectOf } from './subject-of';
import type { Happening } from './types';

export interface TitleParts {
  sentence: string;
  clause: { start: number; end: number };
  happening: Happening;
  mention: DateMention;
  actors: ActorMention[];
}

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
  const object = objectAfter(sentence, happening.end, objectEnd).replace(MEETING_WITH, '');
  const title = happening.kind === 'verb' ? verbTitle(parts, object) : nounTitle(parts, object);
  return capitalise(title.replace(/\s+/g, ' ').trim());
}

function verbTitle({ sentence, clause, happening, mention, actors }: TitleParts, object: string): string {
  const span = sentence.slice(happening.index, happening.end);
  const [verb, ...rest] = span.split(/\s+/);
  const forms = HEADLINE_VERBS[verb.toLowerCase()];
  // A date opening the clause ("In July 2022, X met …") is not part of the subject.
  const from = mention.end <= happening.index ? Math.max(clause.start, mention.end) : clause.start;
  const infinitive = INFINITIVE_BEFORE.test(sentence.slice(Math.max(clause.start, happening.index - 4), happening.index));
  const subject = infinitive ? null : subjectOf(sentence, from, happening.index, actors);
  const complement = [rest.join(' ').replace(LEADING_ARTICLE, ''), object].filter(Boolean).join(' ');
  const participle = forms?.participle ?? verb;
  if (!subject) return participleAfterHead(complement, participle);
  const passive = PASSIVE_BEFORE.test(sentence.slice(clause.start, happening.index));
  const present = PLURAL.test(subject.text) ? plural(forms?.present ?? verb) : (forms?.present ?? verb);
  return `${subject.text.replace(LEADING_ARTICLE, '')} ${passive ? participle : present} ${complement}`;
}

/** "Dozens of rockets fired from southern Lebanon": with no subject, the verb follows the object's head. */
function participleAfterHead(complement: string, participle: string): string {
  const split = /\s(?:from|into|at|on|in|against|to)\s/iu.exec(complement);
  return split ? `${complement.slice(0, split.index)} ${participle}${complement.slice(split.index)}` : `${complement} ${participle}`;
}

/** "officials meet", "Iranians speak": the plural form drops the -s (and "goes" becomes "go"). */
function plural(present: string): string {
  return present === 'goes' ? 'go' : present.replace(/(?<=(?:[sxz]|ch|sh))es$|s$/u, '');
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

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
