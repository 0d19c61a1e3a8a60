import fs from 'node:fs';
import { ArticleError } from './article-error';
import { ARTICLE_EXTENSION, slugOf } from './parse-article';

/**
 * The article files in `dir` (`*.md`, `*.markdown`), sorted; other files are not articles and are
 * left alone. A file name that is not a slug, or two files with the same slug (`a.md` and
 * `a.markdown`), stops the seed before it writes anything: a slug is a source's public URL, and
 * silently dropping either file would publish the wrong one.
 */
export function listArticleFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) throw new Error(`articles folder not found: ${dir}`);
  const files = fs
    .readdirSync(dir)
    .filter((name) => ARTICLE_EXTENSION.test(name))
    .sort();
  const bySlug = new Map<string, string>();
  for (const file of files) {
    const slug = slugOf(file);
    const first = bySlug.get(slug);
    if (first !== undefined) {
      throw new ArticleError(file, null, `duplicated slug "${slug}": ${first} has it too; rename or remove one of them`);
    }
    bySlug.set(slug, file);
  }
  return files;
}
