import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { ArticleError } from './article-error';
import { frontMatterSchema, type FrontMatter } from './front-matter';

const FENCE = '---';
const FIELDS = Object.keys(frontMatterSchema.shape).join(', ');

/**
 * The optional YAML block between `---` lines at the top of an article. Anything wrong in it stops
 * the seed (README "Bad articles"): the error names the file and the line of the offending field.
 */
export function readFrontMatter(file: string, lines: string[]): { frontMatter: FrontMatter; bodyStart: number } {
  if (lines[0]?.trimEnd() !== FENCE) return { frontMatter: {}, bodyStart: 0 };
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === FENCE);
  if (close === -1) throw new ArticleError(file, 1, 'front matter opened with --- is never closed');

  const lineCounter = new LineCounter();
  const doc = parseDocument(lines.slice(1, close).join('\n'), { prettyErrors: true, uniqueKeys: true, lineCounter });
  // Lines in the YAML text are shifted by the opening fence line.
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    // The yaml library's own "at line N" counts from the fence, not the file: keep only ours.
    const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new ArticleError(file, fileLine(error.pos[0]), `front matter is not valid YAML: ${message}`);
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new ArticleError(file, 2, `front matter must be "field: value" lines (fields: ${FIELDS})`);
  }
  let data: unknown;
  try {
    data = doc.toJS() ?? {};
  } catch (error) {
    // e.g. aliases expanding into millions of nodes: the yaml library refuses, we name the file.
    throw new ArticleError(file, 2, `front matter cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = frontMatterSchema.safeParse(normaliseScalars(data));
  if (parsed.success) return { frontMatter: parsed.data, bodyStart: close + 1 };

  const issue = parsed.error.issues[0];
  const unknown = issue.code === 'unrecognized_keys';
  const field = unknown ? issue.keys[0] : String(issue.path[0]);
  const reason = unknown
    ? `unknown front matter field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (allowed: ${FIELDS})`
    : `front matter field "${field}" ${issue.message}`;
  const key = isMap(doc.contents) ? doc.contents.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === field)?.key : undefined;
  const offset = isScalar(key) ? key.range?.[0] : undefined;
  throw new ArticleError(file, offset === undefined ? 2 : fileLine(offset), reason);
}

/** A YAML number (`published: 2023`) is kept as the text it was; a string field never needs a number. */
function normaliseScalars(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, typeof value === 'number' ? String(value) : value]));
}
