// Scores actor recognition on the wikinews-apple development set (MEANTIME named entities).
// Pure: gold and system mentions in, figures out.

import type { ActorMentionInArticle } from '../../extract/actors/read-actor-mentions';
import { ratio } from '../ratio';
import type { Ratio } from '../types';

export interface WikinewsEntity {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  type: string;
  instance: string;
}

/** The extractor's actor mentions, as `readActorMentions` gives them. */
export type SystemActorMention = ActorMentionInArticle;

export interface WikinewsActorScore {
  /** Gold PERSON and ORGANIZATION mentions overlapped by a system mention in the same paragraph. */
  recall: Ratio;
  /** System mentions overlapping a gold PERSON or ORGANIZATION; those overlapping only a LOCATION are left out. */
  precision: Ratio;
  /** Pairs of found gold mentions of one instance in one article that got one slug. */
  grouping: Ratio;
  /** The same over pairs across articles too. */
  groupingAcross: Ratio;
  missed: string[];
  wrong: string[];
}

/** Gold types that are actors; PRODUCT, FINANCIAL, MIXED and LOCATION (as a place) are not. */
const ACTOR_TYPES = new Set(['PERSON', 'ORGANIZATION']);

/**
 * Matching is by overlapping span in the same paragraph. The gold annotates named mentions only, so
 * system references ("the company", rule `reference`) are not scored. A system mention that overlaps
 * only a LOCATION gold (a state or city, which may or may not act there) counts neither way.
 */
export function scoreWikinewsActors(
  gold: Readonly<Record<string, readonly WikinewsEntity[]>>,
  system: Readonly<Record<string, readonly SystemActorMention[]>>,
): WikinewsActorScore {
  let found = 0;
  let goldTotal = 0;
  let correct = 0;
  let systemTotal = 0;
  const missed: string[] = [];
  const wrong: string[] = [];
  /** Found gold actor mentions with their article, instance and the slug they got. */
  const slugs: { article: string; instance: string; slug: string }[] = [];
  for (const article of Object.keys(gold).sort()) {
    const entities = gold[article];
    const mentions = (system[article] ?? []).filter((mention) => mention.rule !== 'reference');
    for (const entity of entities.filter((e) => ACTOR_TYPES.has(e.type))) {
      goldTotal++;
      const match = mentions.find((mention) => overlaps(mention, entity));
      if (match) {
        found++;
        slugs.push({ article, instance: entity.instance, slug: match.slug });
      } else missed.push(`${article} ¶${entity.paragraph} ${entity.type} “${entity.text}”`);
    }
    for (const mention of mentions) {
      const hits = entities.filter((entity) => overlaps(mention, entity));
      if (hits.some((entity) => ACTOR_TYPES.has(entity.type))) {
        correct++;
        systemTotal++;
      } else if (hits.length === 0 || !hits.every((entity) => entity.type === 'LOCATION')) {
        systemTotal++;
        wrong.push(`${article} ¶${mention.paragraph} ${mention.kind} “${mention.text}” → ${mention.slug}${hits.length ? ` (gold ${hits.map((h) => h.type).join('/')})` : ''}`);
      }
    }
  }
  return {
    recall: ratio(found, goldTotal),
    precision: ratio(correct, systemTotal),
    grouping: pairAgreement(slugs, true),
    groupingAcross: pairAgreement(slugs, false),
    missed,
    wrong,
  };
}

function overlaps(mention: SystemActorMention, entity: WikinewsEntity): boolean {
  return mention.paragraph === entity.paragraph && mention.start < entity.end && entity.start < mention.end;
}

function pairAgreement(slugs: readonly { article: string; instance: string; slug: string }[], sameArticle: boolean): Ratio {
  let same = 0;
  let pairs = 0;
  for (let i = 0; i < slugs.length; i++) {
    for (let j = i + 1; j < slugs.length; j++) {
      if (slugs[i].instance !== slugs[j].instance || (sameArticle && slugs[i].article !== slugs[j].article)) continue;
      pairs++;
      if (slugs[i].slug === slugs[j].slug) same++;
    }
  }
  return ratio(same, pairs);
}
