import Link from 'next/link';
import type { DiscrepancyView } from '@/lib/db/queries';
import { disagreementGroups } from './disagreement-groups';

/**
 * The figures on which an event's sources differ, first thing in its details: per measure, each
 * figure as written with the sources and paragraphs that give it, linked.
 */
export function SourcesDisagree({ discrepancies }: { discrepancies: DiscrepancyView[] }) {
  if (discrepancies.length === 0) return null;
  return (
    <div className="disagreement" role="note" aria-label="Sources disagree">
      {discrepancies.map((discrepancy) => (
        <p key={discrepancy.measure}>
          <strong>Sources disagree:</strong> {discrepancy.measure} —{' '}
          {disagreementGroups(discrepancy).map((group, index) => (
            <span key={group.text}>
              {index > 0 && ' · '}
              {group.text} (
              {group.places.map((place, at) => (
                <span key={`${place.source}-${place.paragraph}-${at}`}>
                  {at > 0 && '; '}
                  <Link href={`/sources/${place.source}#p-${place.paragraph}`}>{place.sourceTitle}, ¶{place.paragraph}</Link>
                </span>
              ))}
              )
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}
