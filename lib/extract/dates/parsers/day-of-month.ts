// Shared by the day parsers: builds a day piece, rejecting impossible days ("February 30").

import { isValidDay } from '../calendar';
import { piece, type Piece } from '../parsing';
import { monthNumber } from '../words';

/** A leap year, so "February 29" without a year is not rejected before its year is known. */
const ANY_LEAP_YEAR = 2000;

export function dayPiece(dayText: string, monthText: string, yearText: string | undefined): Piece | null {
  const day = Number(dayText);
  const month = monthNumber(monthText);
  const year = yearText === undefined ? undefined : Number(yearText);
  if (!isValidDay(year ?? ANY_LEAP_YEAR, month, day)) return null;
  return piece(year === undefined ? { month, day } : { year, month, day });
}
