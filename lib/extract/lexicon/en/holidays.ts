// Named days English news dates things by. Fixed ones by month and day; moving ones as the first
// given weekday on or after a day of the month (Thanksgiving: the fourth Thursday of November is the
// first Thursday from the 22nd). Moving ones follow United States usage, as English news does when
// it names them without a country.

export interface Holiday {
  month: number;
  day: number;
  /** For a moving holiday: the weekday (0 = Sunday) it falls on, the first on or after `day`. */
  weekday: number | null;
}

/** Names that are dates wherever they stand. */
export const HOLIDAYS: Record<string, Holiday> = {
  'Thanksgiving Day': { month: 11, day: 22, weekday: 4 },
  'Election Day': { month: 11, day: 2, weekday: 2 },
  'Labor Day': { month: 9, day: 1, weekday: 1 },
  'Memorial Day': { month: 5, day: 25, weekday: 1 },
  'Independence Day': { month: 7, day: 4, weekday: null },
  'Christmas Day': { month: 12, day: 25, weekday: null },
  'Christmas Eve': { month: 12, day: 24, weekday: null },
  'Boxing Day': { month: 12, day: 26, weekday: null },
  "New Year's Day": { month: 1, day: 1, weekday: null },
  "New Year's Eve": { month: 12, day: 31, weekday: null },
  "Valentine's Day": { month: 2, day: 14, weekday: null },
  Halloween: { month: 10, day: 31, weekday: null },
};

/** Names that are dates only after a cue ("on Thanksgiving", "since Christmas"), not in "Christmas shopping". */
export const CUED_HOLIDAYS: Record<string, Holiday> = {
  Thanksgiving: HOLIDAYS['Thanksgiving Day'],
  Christmas: HOLIDAYS['Christmas Day'],
};

/** The cues that make a cued holiday name a date. */
export const HOLIDAY_CUES = ['on', 'at', 'by', 'before', 'after', 'since', 'until', 'over', 'last', 'this', 'next'];
