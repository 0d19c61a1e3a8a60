import type { Candidate } from './candidate';
import { compileIndex } from './compile-index';
import { DiscourseMemory } from './discourse-memory';
import { longer } from './longer';
import { matchDefinitePhrase } from './match-definite-phrase';
import { matchMetonymy } from './match-metonymy';
import { matchPossessorPhrase } from './match-possessor-phrase';
import type { DateSpan } from './tenure-overlaps';
import { tokenize } from './tokenize';
import type { ActorMention, Gazetteer } from './types';

export interface RecognitionContext {
  /** The event's date span, to tell which holder of a role is meant; null when unknown. */
  date: DateSpan | null;
}

export interface ActorRecognizer {
  /** Mentions in the sentence, sorted by offset and never overlapping. Feed an article's sentences in order. */
  recognize(sentence: string, context: RecognitionContext): ActorMention[];
  /** Forgets the discourse ("the delegation" …); call between articles. */
  reset(): void;
}

/**
 * A recogniser that remembers, across the sentences of one article, what "the delegation" or
 * "the organization" refers to. Use one per article or call `reset()` between articles; the
 * gazetteer's index is compiled once and shared either way.
 */
export function createActorRecognizer(gazetteer: Gazetteer): ActorRecognizer {
  const index = compileIndex(gazetteer);
  const memory = new DiscourseMemory();

  const remember = (candidate: Candidate) => {
    if (candidate.introduces) memory.rememberNoun(candidate.introduces.noun, candidate.slug);
    const kind = index.bySlug.get(candidate.slug)?.kind;
    if (kind) memory.rememberKind(kind, candidate.slug);
  };

  return {
    recognize(sentence, context) {
      const tokens = tokenize(sentence);
      const mentions: ActorMention[] = [];
      // Left to right, taking the longest phrase at each word, so mentions never overlap.
      for (let at = 0; at < tokens.length; ) {
        // Most words start no phrase at all: skip them without walking the tries.
        if (!index.openers.starts(tokens[at])) {
          at++;
          continue;
        }
        const candidate = longer(
          longer(matchPossessorPhrase(index, tokens, at, context.date), matchDefinitePhrase(index, tokens, at, context.date, memory)),
          matchMetonymy(index, tokens, at),
        );
        const notActor = index.notActors.longest(tokens, at);
        if (notActor && (!candidate || notActor.end >= candidate.end)) {
          at = notActor.end;
          continue;
        }
        if (!candidate) {
          at++;
          continue;
        }
        const start = tokens[candidate.start].start;
        const end = tokens[candidate.end - 1].end;
        mentions.push({ slug: candidate.slug, start, end, text: sentence.slice(start, end), rule: candidate.rule });
        remember(candidate);
        at = candidate.end;
      }
      return mentions;
    },
    reset() {
      memory.clear();
    },
  };
}
