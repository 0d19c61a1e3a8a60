// npm run export -- --format json [--out FILE]: the stored corpus (DATABASE_URL) as JSON.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { getSources, getTimelineEvents } from '../lib/db/queries';
import { prisma } from '../lib/db/client';
import { toJsonExport } from '../lib/export/to-json';

const FORMATS = ['json'] as const;

async function main() {
  const { values } = parseArgs({
    options: { format: { type: 'string', default: 'json' }, out: { type: 'string' } },
  });
  if (!FORMATS.includes(values.format as (typeof FORMATS)[number])) {
    throw new Error(`--format must be one of ${FORMATS.join(', ')}; got "${values.format}"`);
  }
  const [sources, events] = await Promise.all([getSources(), getTimelineEvents()]);
  const text = `${JSON.stringify(toJsonExport(sources, events), null, 2)}\n`;
  if (values.out) fs.writeFileSync(values.out, text);
  else process.stdout.write(text);
}

main()
  .catch((error: unknown) => {
    console.error(`export failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
