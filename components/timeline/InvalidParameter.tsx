import Link from 'next/link';
import type { ParameterError } from '@/lib/query/parameter-error';

/** A page address we cannot read: say which parameter and why, and offer the default view. */
export function InvalidParameter({ error }: { error: ParameterError }) {
  return (
    <main className="reader">
      <h1>This view’s address has a problem</h1>
      <p role="alert">
        The parameter <code>{error.parameter}</code> {error.reason}.
      </p>
      <p>
        <Link href="/">Open the timeline without filters</Link>
      </p>
    </main>
  );
}
