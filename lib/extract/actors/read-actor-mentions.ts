import { classifyParagraphs } from '../paragraphs/classify-paragraphs';
import { splitSentences } from '../sentences/split-sentences';
import type { ArticleInput } from '../types';
import { createActorRecognizer } from './recognizer';
import type { ActorKind, Gazetteer } from './types';

export interface ActorMentionInArticle {
  /** 1-based paragraph number; start and end are offsets in that paragraph. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
  slug: string;
  kind: ActorKind;
  /** Which rule matched (see MentionRule). */
  rule: string;
}

export interface ReadActorMentionsOptions {
  gazetteer: Gazetteer;
  /** Read body paragraphs up to this number only (an annotation may cover the first few). */
  lastParagraph?: number;
}

/**
 * Every actor mention the recogniser finds in an article's body paragraphs, in reading order, with
 * the kind of the actor (gazetteer or discovered). Pure; for scoring recognition apart from events.
 */
export function readActorMentions(article: ArticleInput, options: ReadActorMentionsOptions): ActorMentionInArticle[] {
  const recognizer = createActorRecognizer(options.gazetteer, article);
  const kinds = new Map(options.gazetteer.actors.map((actor) => [actor.slug, actor.kind]));
  const mentions: ActorMentionInArticle[] = [];
  for (const paragraph of classifyParagraphs(article.paragraphs)) {
    if (paragraph.kind !== 'body' || paragraph.number > (options.lastParagraph ?? Infinity)) continue;
    for (const sentence of splitSentences(paragraph.text)) {
      for (const mention of recognizer.recognize(sentence.text, { date: null })) {
        const kind = kinds.get(mention.slug) ?? recognizer.discovered(mention.slug)?.kind;
        if (!kind) continue;
        const start = sentence.start + mention.start;
        mentions.push({ paragraph: paragraph.number, start, end: start + (mention.end - mention.start), text: mention.text, slug: mention.slug, kind, rule: mention.rule });
      }
    }
  }
  return mentions;
}
