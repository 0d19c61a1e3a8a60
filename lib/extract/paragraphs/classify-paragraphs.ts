import type { ExtractedParagraph, ParagraphKind } from '../types';
import { isCaptionLine } from './is-caption-line';
import { isFurnitureLine } from './is-furniture-line';
import { looksLikeHeading } from './looks-like-heading';
import { CONTENTS_TITLE, CREDIT_ONLY, LIST_ITEM } from './paragraph-patterns';
import { repeatsCaption } from './repeats-caption';

/**
 * Labels each paragraph. Context matters for three kinds: a caption repeated without its credit,
 * the list lines under "Table of Contents", and headline-like lines after the last body paragraph
 * (related-article lists), which head no section and so are furniture.
 */
export function classifyParagraphs(paragraphs: string[]): ExtractedParagraph[] {
  const kinds: ParagraphKind[] = [];
  let inContents = false;
  let lastCaption: string | null = null;
  for (const text of paragraphs) {
    const kind = lineKind(text, inContents, lastCaption);
    if (CONTENTS_TITLE.test(text)) inContents = true;
    else if (!LIST_ITEM.test(text)) inContents = false;
    // Only the caption right before a line can be repeated by it; a bare credit line keeps it open.
    if (kind !== 'caption') lastCaption = null;
    else if (!CREDIT_ONLY.test(text)) lastCaption = text;
    kinds.push(kind);
  }
  demoteTrailingHeadings(kinds);
  return paragraphs.map((text, i) => ({ number: i + 1, text, kind: kinds[i] }));
}

function lineKind(text: string, inContents: boolean, lastCaption: string | null): ParagraphKind {
  if (isFurnitureLine(text) || (inContents && LIST_ITEM.test(text))) return 'furniture';
  if (isCaptionLine(text) || (lastCaption !== null && repeatsCaption(text, lastCaption))) return 'caption';
  return looksLikeHeading(text) ? 'heading' : 'body';
}

/** Headings after the last body paragraph head nothing: they are related-headline lists. */
function demoteTrailingHeadings(kinds: ParagraphKind[]): void {
  for (let i = kinds.length - 1; i >= 0 && kinds[i] !== 'body'; i--) {
    if (kinds[i] === 'heading') kinds[i] = 'furniture';
  }
}
