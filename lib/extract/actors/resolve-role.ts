import type { RoleHolder } from './role-holder';
import { tenureOverlaps, type DateSpan } from './tenure-overlaps';

/**
 * Who "Ruritania’s foreign minister" is: the one holder in office during the event. Without a date, a sole
 * holder still in office ("the Prime Minister") is meant; otherwise, or when no holder or several
 * holders fit, the phrase names the role's owner (`of`).
 */
export function resolveRole(holders: readonly RoleHolder[], of: string, date: DateSpan | null): string {
  const candidates = date
    ? holders.filter((entry) => tenureOverlaps(entry.role, date))
    : holders.filter((entry) => entry.role.to === null);
  const distinct = new Set(candidates.map((entry) => entry.holder));
  const everyone = new Set(holders.map((entry) => entry.holder));
  const sole = date ? distinct.size === 1 : distinct.size === 1 && everyone.size === 1;
  return sole ? [...distinct][0] : of;
}
