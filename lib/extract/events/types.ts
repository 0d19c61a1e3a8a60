// Working types of the event stage, internal to the pipeline.

import type { ActorMention } from '../actors/types';
import type { DateMention } from '../dates/types';

export interface Happening {
  /** Offsets in the sentence. */
  index: number;
  end: number;
  /** The happening's words as written: the verb (with its particle, or its event-noun object) or the noun. */
  text: string;
  /** Kind of happening, for merging: the synonym group of the head lemma, else the lemma (see happening-kind.ts). */
  family: string;
  kind: 'verb' | 'noun' | 'state';
  /** The predicate verb as written and its lemma, for a verb happening; titles inflect it. */
  verb?: { text: string; lemma: string };
  /** A noun in a happening verb's object or complement ("conceded the race", "killed in strikes"): the verb's clause owns its date. */
  governed?: boolean;
  /** A verb with no tense of its own ("after winning", "to fire", "leading to"): it heads no main clause. */
  nonfinite?: boolean;
}

/** A date mention tied to the happening it times, or to none (a bare reference such as "since October 7"). */
export interface DatedHappening {
  mention: DateMention;
  happening: Happening | null;
  /** How the date was tied: `after-verb`, `noun-modifier`, `adverbial`, `co-dated`, `coordinated`, `bound-reference`… */
  attachment: string;
}

export interface SentenceReading {
  paragraph: number;
  /** Offset of the sentence in its paragraph. */
  offset: number;
  text: string;
  mentions: DateMention[];
  actors: ActorMention[];
}
