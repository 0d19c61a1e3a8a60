import type { ActorEntry } from '../../lib/extract/actors';
import { daysInMonth, type Day } from './calendar';
import { Random } from './random';
import { ACTIONS, PLACES, type ActionFamily } from './vocabulary';

/** Something that happened once and is reported, in different words, by several articles. */
export interface Happening {
  index: number;
  start: Day;
  /** The same day as `start` except for two-day happenings ("13–14 April 2024"). */
  end: Day;
  subject: ActorEntry;
  object: ActorEntry;
  action: ActionFamily;
  place: string;
}

/** Stream id for happenings, so they never share random numbers with articles. */
const HAPPENING_STREAM = 1;

/** Happening `index` of the pool for `seed`: derived, not stored, so the pool costs no memory. */
export function happeningAt(seed: number, index: number, actors: readonly ActorEntry[]): Happening {
  const rng = new Random(seed, HAPPENING_STREAM, index);
  const year = rng.int(2016, 2025);
  const month = rng.int(1, 12);
  const day = rng.int(1, daysInMonth(year, month) - 1);
  const twoDays = rng.chance(0.1);
  const subject = rng.pick(actors);
  const others = actors.filter((actor) => actor.slug !== subject.slug);
  return {
    index,
    start: { year, month, day },
    end: { year, month, day: twoDays ? day + 1 : day },
    subject,
    object: rng.pick(others),
    action: rng.pick(ACTIONS),
    place: rng.pick(PLACES),
  };
}
