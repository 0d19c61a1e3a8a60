// npm run export -- --format json|csv|ics|timelinejs [--out FILE] [--site-url URL] [filter flags]:
// the stored events (DATABASE_URL) matching the same filters as the API, in one of the export formats.
import fs from 'node:fs';
import { prisma } from '../lib/db/client';
import { parseExportArguments } from '../lib/export/export-arguments';
import { EXPORT_FORMATS } from '../lib/export/formats';
import { loadExportInput } from '../lib/export/load-export';

async function main() {
  const args = parseExportArguments(process.argv.slice(2));
  const input = await loadExportInput(args.filter, args.siteUrl);
  const text = EXPORT_FORMATS[args.format].render(input);
  if (args.out === null) process.stdout.write(text);
  else {
    fs.writeFileSync(args.out, text);
    console.error(`export: ${input.events.length} events as ${args.format} to ${args.out}`);
  }
}

main()
  .catch((error: unknown) => {
    console.error(`export failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
