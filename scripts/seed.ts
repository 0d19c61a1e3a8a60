// npm run seed -- [--articles DIR] [--actors FILE]: replaces the stored corpus (DATABASE_URL).
// Exits 0 when the corpus was replaced, even with skipped files (each reported on stderr); exits 1
// when an article stops the seed, and then the database is exactly as it was.
import { parseArgs } from 'node:util';
import { databaseFile } from '../lib/db/database-url';
import { seedCorpus } from '../lib/seed/seed-corpus';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: 'data/articles' },
    actors: { type: 'string', default: 'data/actors.yaml' },
  },
});

try {
  const started = performance.now();
  const summary = seedCorpus({
    articlesDir: values.articles,
    actorsFile: values.actors,
    databaseFile: databaseFile(),
    log: (line) => console.log(line),
    warn: (line) => console.warn(line),
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(`seed: ${(summary.bytes / 1e6).toFixed(2)} MB of articles in ${seconds.toFixed(2)} s`);
} catch (error) {
  console.error(`seed failed, database unchanged: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
