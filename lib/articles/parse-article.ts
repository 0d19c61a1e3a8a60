import { parseDocument } from 'yaml';
import { ArticleError } from './article-error';
import { frontMatterSchema, type FrontMatter } from './front-matter';

export interface ArticleParagraph {
  /** 1-based: the Nth non-empty line after the front matter. */
  number: number;
  /** 1-based line in the file, for error messages and editors. */
  line: number;
  /** The line verbatim, without its line ending. */
  text: string;
}

export interface ParsedArticle {
  slug: string;
  file: string;
  frontMatter: FrontMatter;
  paragraphs: ArticleParagraph[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FENCE = '---';

/**
 * Parses one article file: optional YAML front matter between `---` lines, then one paragraph per
 * non-empty line. A byte-order mark and Windows line endings are accepted.
 */
export function parseArticle(file: string, content: string): ParsedArticle {
  const slug = slugOf(file);
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const { frontMatter, bodyStart } = readFrontMatter(file, lines);
  const paragraphs: ArticleParagraph[] = [];
  for (let i = bodyStart; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    paragraphs.push({ number: paragraphs.length + 1, line: i + 1, text: lines[i] });
  }
  return { slug, file, frontMatter, paragraphs };
}

/** `iran-and-hamas.md` → `iran-and-hamas`; anything else is refused so URLs stay clean. */
export function slugOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const slug = base.replace(/\.md$/, '');
  if (!base.endsWith('.md') || !SLUG.test(slug)) {
    throw new ArticleError(file, null, 'file name must be a lower-case slug ending in .md, e.g. iran-and-hamas.md');
  }
  return slug;
}

function readFrontMatter(file: string, lines: string[]): { frontMatter: FrontMatter; bodyStart: number } {
  if (lines[0]?.trimEnd() !== FENCE) return { frontMatter: {}, bodyStart: 0 };
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === FENCE);
  if (close === -1) throw new ArticleError(file, 1, 'front matter opened with --- is never closed');

  const yamlText = lines.slice(1, close).join('\n');
  // Offsets in the YAML text are shifted by the opening fence line.
  const lineOf = (yamlLine: number) => yamlLine + 1;
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const at = error.linePos?.[0]?.line;
    throw new ArticleError(file, at ? lineOf(at) : 1, `front matter is not valid YAML: ${error.message.split('\n')[0]}`);
  }
  const data: unknown = doc.toJS() ?? {};
  const parsed = frontMatterSchema.safeParse(normaliseDates(data));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const unknown = issue.code === 'unrecognized_keys';
    const field = unknown ? issue.keys[0] : String(issue.path[0] ?? '');
    const reason = unknown
      ? `unknown front matter field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (allowed: title, publisher, author, published, url, origin)`
      : `front matter field "${field}" ${issue.message}`;
    const fieldLine = lines.slice(1, close).findIndex((line) => line.startsWith(`${field}:`));
    throw new ArticleError(file, fieldLine === -1 ? 1 : lineOf(fieldLine + 1), reason);
  }
  return { frontMatter: parsed.data, bodyStart: close + 1 };
}

/** YAML reads an unquoted `published: 2023-10-07` as a timestamp; keep it as the text it was. */
function normaliseDates(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [
      key,
      value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value,
    ]),
  );
}
