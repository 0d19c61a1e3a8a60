/** A command line the actors command refuses; the message names the offending argument. */
export class UsageError extends Error {}

export interface ActorListArguments {
  /** Only the actors found in the text, as gazetteer entries; else every actor with its count. */
  discovered: boolean;
}

const FLAGS = ['--discovered'];

/** `npm run actors -- [--discovered]`. */
export function parseActorListArguments(argv: readonly string[]): ActorListArguments {
  const seen = new Set<string>();
  for (const arg of argv) {
    if (!FLAGS.includes(arg)) {
      const what = arg.startsWith('-') ? `unknown flag "${arg}"` : `unexpected argument "${arg}"`;
      throw new UsageError(`${what}; this command takes ${FLAGS.join(', ')}`);
    }
    if (seen.has(arg)) throw new UsageError(`flag "${arg}" given twice`);
    seen.add(arg);
  }
  return { discovered: seen.has('--discovered') };
}
