import { ArticleError } from './article-error';
import type { FrontMatter } from './front-matter';
import { readFrontMatter } from './read-front-matter';

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
/** Both common Markdown extensions; `a.md` next to `a.markdown` is a duplicated slug (listArticleFiles). */
export const ARTICLE_EXTENSION = /\.(?:md|markdown)$/;
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
  const slug = base.replace(ARTICLE_EXTENSION, '');
  if (!ARTICLE_EXTENSION.test(base) || !SLUG.test(slug)) {
    throw new ArticleError(file, null, 'file name must be a lower-case slug ending in .md or .markdown, e.g. iran-and-hamas.md');
  }
  return slug;
}
