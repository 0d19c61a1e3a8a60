import type { ActorMention } from '../actors/types';
import type { Token } from '../language';
import { citationKey } from '../merge/citation-key';
import type { ExtractedEvent } from '../types';
import { readStance } from '../stance/read-stance';
import { buildSummary } from './build-summary';
import type { Antecedent } from './antecedents';
import { buildTitle } from './build-title';
import { citationRole } from './citation-role';
import type { Span } from './clause-spans';
import { contentTerms } from './content-terms';
import { happeningWord } from './happening-word';
import { placesOf } from './places-of';
import { selectParticipants } from './select-participants';
import type { DatedHappening } from './types';

export interface EventParts {
  source: string;
  paragraph: number;
  /** Offset of the sentence in its paragraph. */
  offset: number;
  sentence: string;
  clause: Span;
  item: DatedHappening;
  /** The sentence's tokens, its dates marked, for the title. */
  tokens: Token[];
  actors: ActorMention[];
  /** The sentence's actors (places and outlets left out), where a participant outside the clause is found. */
  sentenceActors: ActorMention[];
  places: Map<string, string>;
  /** The happening a date counted from the previous event ("days before the attack") was counted from. */
  countedFrom: ExtractedEvent | null;
  /** The actor a pronoun subject refers to, for the title and the actors. */
  antecedent: (pronoun: string) => Antecedent | null;
}

/** One dated happening as an event with a single citation; figures are filled in by a later stage. */
export function toEvent(parts: EventParts): ExtractedEvent {
  const { source, paragraph, offset, sentence, clause, item, tokens, actors, sentenceActors, places, countedFrom, antecedent } = parts;
  const quote = sentence.slice(clause.start, clause.end);
  const { mention, happening } = item;
  const built = happening ? buildTitle({ sentence, tokens, clause, happening, actors, antecedent }) : { text: mention.text, subjectActor: null };
  const title = built.text;
  // Stance is read from the frames that reach the happening's own words (its date's, for a bare reference).
  const { stance, claimant, cue } = readStance({ sentence, tokens, happening: happening ? { start: happening.index, end: happening.end } : { start: mention.index, end: mention.end }, antecedent });
  const event: ExtractedEvent = {
    id: '',
    title,
    summary: buildSummary(quote),
    date: mention.date,
    actors: sortedSlugs(happening ? selectParticipants({ tokens, happening, clause, mentions: sentenceActors, clauseMentions: actors, antecedent }) : actors.map((actor) => actor.slug), built.subjectActor),
    clauseActors: sortedSlugs(actors.map((actor) => actor.slug), built.subjectActor),
    citations: [{
      source, paragraph, quote, start: offset + clause.start, end: offset + clause.end,
      stance, claimant, stanceCue: cue, ...citationRole(sentence, tokens, clause, item), dateText: mention.text, figures: [],
    }],
    discrepancies: [],
    rules: [...mention.rules.map((rule) => `date:${rule}`), `attach:${item.attachment}`],
    signature: {
      family: happening?.family ?? 'reference',
      ...(happening ? { word: happeningWord(tokens, happening) } : {}),
      terms: contentTerms(title),
      places: placesOf(quote, places),
    },
  };
  if (mention.counted && countedFrom) {
    const { start, end, precision } = countedFrom.date;
    event.anchoring = { citation: citationKey(countedFrom.citations[0]), from: { start, end, precision }, offset: mention.counted };
  }
  return event;
}

function sortedSlugs(slugs: string[], subjectActor: string | null): string[] {
  return [...new Set([...slugs, ...(subjectActor ? [subjectActor] : [])])].sort();
}
