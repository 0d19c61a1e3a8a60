import type { ArticleInput } from '../extract/types';
import type { ParsedArticle } from './parse-article';

/** What the extractor needs of a parsed article file. */
export function toArticleInput(article: ParsedArticle): ArticleInput {
  return {
    slug: article.slug,
    title: article.frontMatter.title ?? null,
    published: article.frontMatter.published ?? null,
    paragraphs: article.paragraphs.map((paragraph) => paragraph.text),
  };
}
