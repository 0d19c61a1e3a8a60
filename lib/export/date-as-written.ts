import type { TimelineEvent } from '../db/queries';

/** The date as the text wrote it and, when it was completed by a rule, which rule and from what. */
export function dateAsWritten(event: Pick<TimelineEvent, 'dateText' | 'inferred'>): string {
  const written = `Date as written: “${event.dateText}”`;
  return event.inferred === null ? written : `${written}; completed by ${event.inferred.rule} from ${event.inferred.anchor}`;
}
