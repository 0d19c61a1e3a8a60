import type { ActorMention } from '../actors/types';
import type { Token } from '../language';
import { POSSESSIVE_PRONOUNS } from '../lexicon/en/participants';
import { SUBJECT_PRONOUNS } from '../lexicon/en/titles';
import type { Antecedent } from './antecedents';
import type { Span } from './clause-spans';
import { participantSpans } from './participant-spans';
import { timingWordsStart } from './timing-words';
import type { Happening } from './types';

const SUBJECT_PRONOUN = new Set(SUBJECT_PRONOUNS);

export interface ParticipantParts {
  tokens: Token[];
  happening: Happening;
  clause: Span;
  /** The sentence's actors, places and outlets already left out: a subject may stand before the clause. */
  mentions: ActorMention[];
  /** The clause's actors, which stand when the grammar places none. */
  clauseMentions: ActorMention[];
  antecedent: (pronoun: string) => Antecedent | null;
}

/**
 * The actors who took part in the happening: those named in its subject, object, complements or
 * modifiers (see participantSpans), and the ones a pronoun there stands for ("its leadership relocated").
 * When the grammar places none of the clause's actors, the clause's actors stand: a happening the
 * tagger misread keeps the actors its clause names rather than losing them all.
 */
export function selectParticipants({ tokens, happening, clause, mentions, clauseMentions, antecedent }: ParticipantParts): string[] {
  const { spans, subject } = participantSpans(tokens, happening, clause);
  const inside = (start: number, end: number, span: Span) => start >= span.start && end <= span.end;
  // A title names its owner too ("Ruritania’s foreign minister" → the minister and Ruritania).
  const named = mentions.filter((mention) => spans.some((span) => inside(mention.start, mention.end, span))).flatMap((mention) => [mention.slug, ...(mention.owner ? [mention.owner] : [])]);
  const referred = tokens
    .filter((token) => spans.some((span) => inside(token.start, token.end, span)) && !mentions.some((m) => token.start >= m.start && token.end <= m.end))
    .filter((token) => !boundBySubject(token, subject, tokens, mentions))
    .map((token) => pronounOf(token, subject))
    .map((pronoun) => (pronoun ? antecedent(pronoun) : null))
    // "Nigeria's Labour Minister X … he announced": the title he was named with comes along.
    .flatMap((found) => (found ? [found.slug, found.owner ?? null] : []))
    .filter((slug): slug is string => slug !== null);
  const participants = [...new Set([...named, ...referred])];
  // A happening noun that only times another clause takes none of that clause's actors.
  return participants.length || timingWordsStart(tokens, happening, { throughDates: false }) !== null ? participants : clauseMentions.map((mention) => mention.slug);
}

/**
 * "The jury took nine hours to return its verdict": a possessive after a subject that names no actor
 * (and is no pronoun) is that subject's own, not an actor named earlier.
 */
function boundBySubject(token: Token, subject: Span | null, tokens: Token[], mentions: ActorMention[]): boolean {
  if (!subject || token.start < subject.end || !Object.hasOwn(POSSESSIVE_PRONOUNS, token.text.toLowerCase())) return false;
  const words = tokens.filter((word) => word.start >= subject.start && word.end <= subject.end);
  return words.length > 0 && !words.some((word) => word.pos === 'PRON') && !mentions.some((m) => m.start >= subject.start && m.end <= subject.end);
}

/** The pronoun a token stands for: a possessive anywhere ("its", "their"), a personal pronoun as the subject. */
function pronounOf(token: Token, subject: Span | null): string | null {
  const word = token.text.toLowerCase();
  if (token.pos !== 'PRON') return null;
  if (Object.hasOwn(POSSESSIVE_PRONOUNS, word)) return POSSESSIVE_PRONOUNS[word];
  return subject && token.start >= subject.start && token.end <= subject.end && SUBJECT_PRONOUN.has(word) ? word : null;
}
