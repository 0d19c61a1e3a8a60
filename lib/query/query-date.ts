// Dates a person types into a URL: a year, a month or a day. `from` takes its first day, `to` its last.
import { ParameterError } from './parameter-error';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const QUERY_DATE = /^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?$/;

export interface QueryDateSpan {
  first: string;
  last: string;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into the ISO days it spans; throws naming `parameter`. */
export function parseQueryDate(parameter: string, value: string): QueryDateSpan {
  const match = QUERY_DATE.exec(value);
  if (!match?.groups) throw new ParameterError(parameter, `expected YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(clip(value))}`);
  const { year, month, day } = match.groups;
  const y = Number(year);
  if (month === undefined) return { first: `${year}-01-01`, last: `${year}-12-31` };
  const m = Number(month);
  if (m < 1 || m > 12) throw new ParameterError(parameter, `month ${month} does not exist`);
  const lastDay = daysInMonth(y, m);
  if (day === undefined) return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(lastDay).padStart(2, '0')}` };
  const d = Number(day);
  if (d < 1 || d > lastDay) throw new ParameterError(parameter, `${value} is not a calendar date`);
  return { first: value, last: value };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Error messages echo what was sent, but never a whole hostile payload. */
export function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
