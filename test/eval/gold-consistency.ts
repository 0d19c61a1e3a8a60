// Checks that a gold annotation fits the articles it annotates; shared by the tests of each shipped gold set.

import type { GoldEvent } from '../../lib/eval/types';

/** A Markdown heading ("## 2019") is furniture: it may date the entries under it but is never cited. */
const HEADING = /^\s*#{1,6}\s/;

/** Every way the gold's citations do not fit the articles (slug → paragraph texts); empty when all fit. */
export function citationProblems(gold: readonly GoldEvent[], paragraphsBySlug: ReadonlyMap<string, readonly string[]>): string[] {
  const problems: string[] = [];
  for (const event of gold) {
    for (const { source, paragraph } of event.citations) {
      const paragraphs = paragraphsBySlug.get(source);
      if (paragraphs === undefined) problems.push(`${event.id}: unknown source ${source}`);
      else if (paragraph > paragraphs.length) problems.push(`${event.id}: ${source} has ${paragraphs.length} paragraphs, not ${paragraph}`);
      else if (HEADING.test(paragraphs[paragraph - 1])) problems.push(`${event.id}: ${source} ¶${paragraph} is a heading`);
    }
  }
  return problems;
}

/** Articles no gold event cites: every article of a gold set is annotated, so these are forgotten ones. */
export function uncitedArticles(gold: readonly GoldEvent[], slugs: Iterable<string>): string[] {
  const cited = new Set(gold.flatMap((event) => event.citations.map((citation) => citation.source)));
  return [...slugs].filter((slug) => !cited.has(slug));
}
