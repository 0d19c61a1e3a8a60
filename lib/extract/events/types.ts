// Working types of the event stage, internal to the pipeline.

import type { ActorMention } from '../actors/types';
import type { DateMention } from '../dates/types';

export interface Happening {
  /** Offsets in the sentence. */
  index: number;
  end: number;
  /** The head word as written. */
  text: string;
  family: string;
  kind: 'verb' | 'noun' | 'state';
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
