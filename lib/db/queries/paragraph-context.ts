// The paragraphs citations quote from, so a quote can be shown inside its paragraph.
import { prisma } from '../client';

/** The key of a paragraph in `getParagraphTexts`' answer. */
export function paragraphKey(source: string, paragraph: number): string {
  return `${source}#${paragraph}`;
}

/** The text of each cited paragraph, by `paragraphKey(source slug, paragraph number)`. */
export async function getParagraphTexts(citations: { source: string; paragraph: number }[]): Promise<Record<string, string>> {
  if (citations.length === 0) return {};
  const rows = await prisma.paragraph.findMany({
    where: { OR: citations.map((citation) => ({ number: citation.paragraph, source: { slug: citation.source } })) },
    select: { number: true, text: true, source: { select: { slug: true } } },
  });
  return Object.fromEntries(rows.map((row) => [paragraphKey(row.source.slug, row.number), row.text]));
}
