import type { ActorEntry, ActorMention } from '../actors/types';
import { PREPOSITIONAL_OBJECT_BEFORE } from '../lexicon/en/participants';
import { PERSON_PRONOUNS } from '../lexicon/en/titles';

const PERSON_PRONOUN = new Set(PERSON_PRONOUNS);
/** Only a possessive ending between an owner and the titled name after it. */
const POSSESSIVE_GAP = /^['’]s\s+$/u;

/** The actor a pronoun stands for: its name for the title, its slug for the event's actors. */
export interface Antecedent {
  name: string;
  slug: string;
  /** The body or state the title it was named with belongs to ("Nigeria's Labour Minister X" → nigeria). */
  owner?: string;
}

/**
 * What a pronoun subject refers to, for titles: the actor of the fitting kind (a person for "he" and
 * "she", anything else for "it" and "they") named last before it, in this sentence or an earlier one
 * of the article. Its name is the actor's own, not the pronoun's sentence's words. A person named
 * inside a prepositional phrase ("studied under the sculptor X") is passed over: "she" after it is
 * still the one the text is about.
 */
export class Antecedents {
  private lastPerson: Antecedent | null = null;
  private lastOther: Antecedent | null = null;
  /** The body the previous sentence opened on as its subject ("The company … bought Solvik"), which an "it" opening the next one continues. */
  private subjectOther: Antecedent | null = null;

  constructor(private readonly bySlug: Map<string, ActorEntry>, private readonly discovered: Map<string, ActorEntry>) {}

  /** The resolver for a pronoun at `index` of `sentence`, whose mentions these are. */
  before(sentence: string, mentions: ActorMention[], index: number): (pronoun: string) => Antecedent | null {
    let person = this.lastPerson;
    let other = opensSentence(sentence, index) ? (this.subjectOther ?? this.lastOther) : this.lastOther;
    for (const [i, mention] of mentions.entries()) {
      if (mention.end > index) break;
      if (!this.isPerson(mention)) other = this.nameOf(mention);
      else if (!inPrepositionalPhrase(sentence, mention)) person = this.nameOf(mention, this.ownerBefore(sentence, mentions[i - 1], mention));
    }
    return (pronoun) => (PERSON_PRONOUN.has(pronoun) ? person : other);
  }

  /** Called after each sentence with all its mentions, in order. */
  remember(sentence: string, mentions: ActorMention[]): void {
    const subject = mentions.find((mention) => !this.isPerson(mention) && opensSentence(sentence, mention.start));
    this.subjectOther = subject ? this.nameOf(subject) : null;
    for (const [i, mention] of mentions.entries()) {
      if (!this.isPerson(mention)) this.lastOther = this.nameOf(mention);
      else if (!inPrepositionalPhrase(sentence, mention)) this.lastPerson = this.nameOf(mention, this.ownerBefore(sentence, mentions[i - 1], mention));
    }
  }

  private entry(mention: ActorMention): ActorEntry | undefined {
    return this.bySlug.get(mention.slug) ?? this.discovered.get(mention.slug);
  }

  private isPerson(mention: ActorMention): boolean {
    return this.entry(mention)?.kind === 'person';
  }

  /** "Nigeria's Labour Minister X": the body or state whose possessive stands right before the person's titled name (no person: "Roe's lawyer"). */
  private ownerBefore(sentence: string, previous: ActorMention | undefined, mention: ActorMention): string | null {
    return previous && !this.isPerson(previous) && POSSESSIVE_GAP.test(sentence.slice(previous.end, mention.start)) ? previous.slug : null;
  }

  private nameOf(mention: ActorMention, possessor: string | null = null): Antecedent {
    const owner = mention.owner ?? possessor;
    return { name: this.entry(mention)?.name ?? mention.text, slug: mention.slug, ...(owner ? { owner } : {}) };
  }
}

/** At most this many words before a sentence's subject ("The", "In 2021 the"). */
const SUBJECT_OPENING_WORDS = 2;

/** Whether only a word or two stand before `index`: where a sentence's subject stands. */
function opensSentence(sentence: string, index: number): boolean {
  return sentence.slice(0, index).split(/\s+/u).filter(Boolean).length <= SUBJECT_OPENING_WORDS;
}

/** How far back a preposition and its article and title words ("under the sculptor ") are looked for. */
const PHRASE_REACH = 40;

function inPrepositionalPhrase(sentence: string, mention: ActorMention): boolean {
  return PREPOSITIONAL_OBJECT_BEFORE.test(sentence.slice(Math.max(0, mention.start - PHRASE_REACH), mention.start));
}
