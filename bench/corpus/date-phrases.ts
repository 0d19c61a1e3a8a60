import { MONTHS, MONTH_ABBREVIATIONS, addDays, daysBetween, daysInMonth, weekdayOf, type Day } from './calendar';
import type { Happening } from './happenings';
import type { Random } from './random';

const COUNT_WORDS = ['two', 'three', 'four', 'five', 'six'];
const SEASONS = ['spring', 'summer', 'autumn', 'winter'];
const DECADE_PREFIXES = ['early ', 'mid-', 'late '];

/**
 * How an article dates a shared happening. Every form pins the same day(s), so articles that word
 * it differently still describe one event. `anchor` is the publication day when the front matter
 * states it in full; forms that need it ("Oct. 7", "on Saturday") are only used then.
 */
export function happeningDatePhrase(rng: Random, happening: Happening, anchor: Day | null): string {
  const { start, end } = happening;
  const month = MONTHS[start.month - 1];
  if (end.day !== start.day) {
    return rng.pick([
      `on ${start.day}–${end.day} ${month} ${start.year}`,
      `on ${month} ${start.day}-${end.day}, ${start.year}`,
      `between ${month} ${start.day} and ${end.day}, ${start.year}`,
    ]);
  }
  const forms = [
    `on ${month} ${start.day}, ${start.year}`,
    `on ${start.day} ${month} ${start.year}`,
    `on ${MONTH_ABBREVIATIONS[start.month - 1]} ${start.day}, ${start.year}`,
  ];
  if (anchor) {
    const daysBefore = daysBetween(start, anchor);
    if (daysBefore > 0 && start.year === anchor.year) {
      forms.push(`on ${MONTH_ABBREVIATIONS[start.month - 1]} ${start.day}`, `on ${month} ${start.day}`);
    }
    if (daysBefore >= 1 && daysBefore <= 6) forms.push(`on ${weekdayOf(start)}`, `on ${weekdayOf(start)}`);
  }
  return rng.pick(forms);
}

/** Share of background dates that name a day: articles recount earlier dated events more than eras. */
const BACKGROUND_DAY_SHARE = 0.6;

/**
 * A date for background that only one article mentions: mostly a day of an earlier year, otherwise
 * a looser form (months, years, decades, seasons, relative phrases).
 */
export function backgroundDatePhrase(rng: Random, published: Day, anchor: Day | null): string {
  const year = rng.int(1979, published.year - 1);
  const month = rng.int(1, 12);
  if (rng.chance(BACKGROUND_DAY_SHARE)) {
    const day = rng.int(1, daysInMonth(year, month));
    return rng.pick([
      `on ${MONTHS[month - 1]} ${day}, ${year}`,
      `on ${day} ${MONTHS[month - 1]} ${year}`,
      `on ${MONTH_ABBREVIATIONS[month - 1]} ${day}, ${year}`,
    ]);
  }
  const forms = [
    () => `in ${MONTHS[month - 1]} ${year}`,
    () => `in ${MONTH_ABBREVIATIONS[month - 1]} ${year}`,
    () => `in ${year}`,
    () => `in the ${rng.pick(DECADE_PREFIXES)}${year - (year % 10)}s`,
    () => `in the ${rng.pick(SEASONS)} of ${year}`,
    () => firstWeekPhrase(published),
    () => rangePhrase(year, month),
  ];
  if (anchor) {
    forms.push(
      () => `${rng.pick(COUNT_WORDS)} months ago`,
      () => `${rng.pick(COUNT_WORDS)} years ago`,
      () => `on ${weekdayOf(addDays(anchor, -rng.int(1, 6)))}`,
      () => sameYearPhrase(rng, anchor),
    );
  }
  return rng.pick(forms)();
}

/** "during the first week of April": the year is left to the reader when it is the publication year. */
function firstWeekPhrase(published: Day): string {
  if (published.month > 1) return `during the first week of ${MONTHS[published.month - 2]}`;
  return `during the first week of December ${published.year - 1}`;
}

function rangePhrase(year: number, month: number): string {
  const day = 1 + (year % (daysInMonth(year, month) - 1));
  return `on ${day}–${day + 1} ${MONTHS[month - 1]} ${year}`;
}

/** "on Oct. 7": a day earlier in the publication year, year implied. */
function sameYearPhrase(rng: Random, anchor: Day): string {
  const earlier = addDays(anchor, -rng.int(7, 120));
  if (earlier.year !== anchor.year) return `on ${MONTHS[earlier.month - 1]} ${earlier.day}, ${earlier.year}`;
  return `on ${MONTH_ABBREVIATIONS[earlier.month - 1]} ${earlier.day}`;
}
