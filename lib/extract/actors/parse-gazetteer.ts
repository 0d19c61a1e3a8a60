import { LineCounter, parseDocument } from 'yaml';
import { checkCycles } from './check-cycles';
import { checkDuplicates } from './check-duplicates';
import { checkReferences } from './check-references';
import { GazetteerError } from './gazetteer-error';
import type { GazetteerProblem } from './gazetteer-problem';
import { locateLine } from './locate-line';
import { gazetteerSchema } from './schema';
import { schemaProblem } from './schema-problem';
import type { Gazetteer } from './types';

/**
 * Reads and validates gazetteer YAML. Throws a GazetteerError naming `file` and the line of the
 * first problem; every problem found is listed, one per line, so one edit round fixes them all.
 */
export function parseGazetteer(yamlText: string, file: string): Gazetteer {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) throw new GazetteerError(file, lines.linePos(syntax.pos[0]).line, syntax.message);

  const value: unknown = doc.toJS();
  const parsed = gazetteerSchema.safeParse(value);
  const problems: GazetteerProblem[] = parsed.success
    ? [...checkDuplicates(parsed.data.actors), ...checkReferences(parsed.data.actors)]
    : parsed.error.issues.map((issue) => schemaProblem(issue, value));
  // A cycle is only meaningful once every affiliation names a real actor.
  if (parsed.success && problems.length === 0) problems.push(...checkCycles(parsed.data.actors));
  if (problems.length === 0 && parsed.success) return { actors: parsed.data.actors, notActors: parsed.data.notActors };

  const located = problems
    .map((problem) => ({ line: locateLine(doc, lines, problem.path, problem.key), message: problem.message }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const [first, ...rest] = located;
  const reason = [first.message, ...rest.map((p) => `${file}${p.line === null ? '' : `:${p.line}`}: ${p.message}`)].join('\n');
  throw new GazetteerError(file, first.line, reason);
}
