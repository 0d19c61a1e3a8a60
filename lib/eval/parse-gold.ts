import { LineCounter, parseDocument, type Document } from 'yaml';
import { GoldError } from './gold-error';
import { goldSchema } from './gold-schema';
import { paragraphKey } from './paragraph-key';
import { spanShapeProblem } from './span-fits-precision';
import type { GoldEvent } from './types';

/** Parses and validates the gold annotation; every error names the file and the line to fix. */
export function parseGold(yamlText: string, file: string): GoldEvent[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new GoldError(file, error.linePos?.[0]?.line ?? null, `not valid YAML: ${error.message.split('\n')[0]}`);
  }
  const lineAt = (path: readonly PropertyKey[]) => lineOfPath(doc, lineCounter, path);

  const parsed = goldSchema.safeParse(doc.toJS() ?? []);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new GoldError(file, lineAt(issue.path), `${where}${issue.message}`);
  }

  const seenIds = new Map<string, number>();
  parsed.data.forEach((event, index) => {
    const earlier = seenIds.get(event.id);
    if (earlier !== undefined) {
      throw new GoldError(file, lineAt([index, 'id']), `id "${event.id}" is already used at line ${earlier}`);
    }
    seenIds.set(event.id, lineAt([index, 'id']) ?? 0);

    const shape = spanShapeProblem(event.start, event.end, event.precision);
    if (shape) throw new GoldError(file, lineAt([index, 'start']), `${event.id}: ${shape}`);

    const cited = new Set<string>();
    event.citations.forEach((citation, at) => {
      const key = paragraphKey(citation);
      if (cited.has(key)) throw new GoldError(file, lineAt([index, 'citations', at]), `${event.id}: ${key} is cited twice`);
      cited.add(key);
    });
  });
  return parsed.data;
}

/** Line of the deepest node on `path` that exists (a missing field points at its event). */
function lineOfPath(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | null {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    const offset = (node as { range?: [number, number, number] } | undefined)?.range?.[0];
    if (offset !== undefined) return lineCounter.linePos(offset).line;
  }
  return null;
}
