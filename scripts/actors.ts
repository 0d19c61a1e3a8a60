// npm run actors -- [--discovered]: the stored actors (DATABASE_URL). Without flags, every actor with
// how many events name it; with --discovered, the actors found in the text as data/actors.yaml
// entries to check and paste. Exits 2 on a bad command line, 1 when the database cannot be read.
import { actorTable } from '../lib/actor-list/actor-table';
import { parseActorListArguments, UsageError } from '../lib/actor-list/actor-list-arguments';
import { discoveredYaml } from '../lib/actor-list/discovered-yaml';
import { prisma } from '../lib/db/client';
import { getActors } from '../lib/db/queries';

async function main() {
  const args = parseActorListArguments(process.argv.slice(2));
  const actors = await getActors();
  process.stdout.write(args.discovered ? discoveredYaml(actors) : actorTable(actors));
}

main()
  .catch((error: unknown) => {
    const usage = error instanceof UsageError;
    console.error(`actors ${usage ? 'usage' : 'failed'}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = usage ? 2 : 1;
  })
  .finally(() => prisma.$disconnect());
