import type { ActorEntry, ActorMention } from '../actors/types';
import { PREPOSITIONAL_OBJECT_BEFORE } from '../lexicon/en/participants';
import { PERSON_PRONOUNS } from '../lexicon/en/titles';

const PERSON_PRONOUN = new Set(PERSON_PRONOUNS);

/** The actor a pronoun stands for: its name for the title, its slug for the event's actors. */
export interface Antecedent {
  name: string;
  slug: string;
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

  constructor(private readonly bySlug: Map<string, ActorEntry>, private readonly discovered: Map<string, ActorEntry>) {}

  /** The resolver for a pronoun at `index` of `sentence`, whose mentions these are. */
  before(sentence: string, mentions: ActorMention[], index: number): (pronoun: string) => Antecedent | null {
    let person = this.lastPerson;
    let other = this.lastOther;
    for (const mention of mentions) {
      if (mention.end > index) break;
      if (!this.isPerson(mention)) other = this.nameOf(mention);
      else if (!inPrepositionalPhrase(sentence, mention)) person = this.nameOf(mention);
    }
    return (pronoun) => (PERSON_PRONOUN.has(pronoun) ? person : other);
  }

  /** Called after each sentence with all its mentions, in order. */
  remember(sentence: string, mentions: ActorMention[]): void {
    for (const mention of mentions) {
      if (!this.isPerson(mention)) this.lastOther = this.nameOf(mention);
      else if (!inPrepositionalPhrase(sentence, mention)) this.lastPerson = this.nameOf(mention);
    }
  }

  private entry(mention: ActorMention): ActorEntry | undefined {
    return this.bySlug.get(mention.slug) ?? this.discovered.get(mention.slug);
  }

  private isPerson(mention: ActorMention): boolean {
    return this.entry(mention)?.kind === 'person';
  }

  private nameOf(mention: ActorMention): Antecedent {
    return { name: this.entry(mention)?.name ?? mention.text, slug: mention.slug };
  }
}

/** How far back a preposition and its article and title words ("under the sculptor ") are looked for. */
const PHRASE_REACH = 40;

function inPrepositionalPhrase(sentence: string, mention: ActorMention): boolean {
  return PREPOSITIONAL_OBJECT_BEFORE.test(sentence.slice(Math.max(0, mention.start - PHRASE_REACH), mention.start));
}
