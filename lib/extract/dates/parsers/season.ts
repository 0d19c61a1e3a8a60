// "summer of 2006", "summer 2006", and "in the summer", "over the summer" (year left to the narrative).

import { cue, pattern, season, year } from '../patterns';
import { piece, type Parser } from '../parsing';
import { SEASON_FIRST_MONTHS } from '../../lexicon/en/dates';

export const seasonOfYear: Parser = {
  name: 'season',
  pattern: pattern(
    `(?:${season('season')}(?:\\s+of)?\\s+${year('year')}|(?<=(?:[Ii]n|[Dd]uring|[Bb]y|[Tt]hat|[Ii]nto|[Oo]ver|[Tt]hrough|[Tt]hroughout|[Ss]ince|[Uu]ntil)\\s+the\\s+)${season('bareSeason')})`,
  ),
  cues: [cue.season],
  extract(groups) {
    const firstMonth = SEASON_FIRST_MONTHS[(groups.season ?? groups.bareSeason)!.toLowerCase()];
    return piece(groups.year === undefined ? {} : { year: Number(groups.year) }, { kind: 'season', firstMonth });
  },
};
