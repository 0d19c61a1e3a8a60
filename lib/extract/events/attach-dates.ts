import type { DateMention } from '../dates/types';
import {
  ANCHORED_OPENING_CLOSE, ATTRIBUTIVE_BEFORE, ATTRIBUTIVE_NOUN_GAP, ATTRIBUTIVE_OPENING_AFTER, ATTRIBUTIVE_OPENING_BEFORE, BARE_CLAUSE_OPENING, BARE_YEAR, WORD_AFTER, BARE_OPENING_REACH, DATE_COORDINATION, EXISTENTIAL, GENITIVE_AFTER, GENITIVE_END, WHEN_CLAUSE_AFTER, LABEL_CLOSING, LABEL_OPENING,
  SENTENCE_OPENING, VERB_RIGHT_AFTER, AS_WELL_AS, CLAUSE_OPENING, COUNTS_FROM_HAPPENING, OPENING_CLOSE, CO_DATED_AFTER, COMMA_COST, OPENING_REACH, STATE_TO_BOUND, THAT_CLAUSE, VERB_REACH,
} from '../lexicon/en/attachment';
import { AGGREGATE_CUE, BEGINNING_AFTER_NOUN, BOUND_BEFORE, BOUND_REACH, isNounPhraseGap } from './happening-patterns';
import type { DatedHappening, Happening } from './types';

interface Link {
  mention: DateMention;
  happening: Happening;
  attachment: string;
  cost: number;
}

const PRECISION_RANK = ['day', 'week', 'month', 'season', 'year', 'decade', 'approximate'];
/** Families that frame what someone said or reported; the framed happening is the event. */
const FRAMING = new Set(['statement', 'report']);
/** A date right before a verb times it only when no happening right before the date claims it ("the attack on May 3 shocked …"). */
const BEFORE_VERB_COST = 30;
/** A passive reporting verb ("it was reported", "was announced"): nobody is named as saying it. */
const IMPERSONAL_BEFORE = /\b(?:was|were|is|are|been|being)\s+(?:\p{L}+ly\s+)?$/iu;

/**
 * Ties each date of a sentence to the happening it times: a noun it modifies ("the 1979 Islamic
 * Revolution"), the verb before it ("met … in July 2023"), or the main verb after a clause-opening
 * date ("In July 2022, X met …"). A date bounding a span ("since June 2007") times only a noun or
 * the start of a state; left alone, it stays a bare reference to whatever happened then.
 */
export function attachDates(sentence: string, allMentions: DateMention[], allHappenings: Happening[], verbs: number[] = [], unrealised: number[] = []): DatedHappening[] {
  const labels = allMentions.filter((mention) => isLabel(sentence, mention)).map((mention) => labelSpan(sentence, mention));
  const mentions = allMentions.filter((mention) => !isLabel(sentence, mention));
  const happenings = allHappenings.filter((h) => !labels.some((label) => h.index >= label.start && h.end <= label.end));
  const links = mentions.flatMap((mention) => candidateLinks(sentence, mention, mentions, happenings, verbs, unrealised));
  links.sort((a, b) => a.cost - b.cost || rank(a.mention) - rank(b.mention) || a.mention.index - b.mention.index);
  const usedMentions = new Set<DateMention>();
  const usedHappenings = new Set<Happening>();
  const dated: DatedHappening[] = [];
  for (const link of links) {
    if (usedMentions.has(link.mention) || usedHappenings.has(link.happening)) continue;
    usedMentions.add(link.mention);
    usedHappenings.add(link.happening);
    dated.push({ mention: link.mention, happening: link.happening, attachment: link.attachment });
  }
  dated.push(...coordinatedDates(sentence, dated, mentions, usedMentions));
  const framed = dated.map((item) => unframe(sentence, item, happenings, usedHappenings));
  const coDated = framed.flatMap((item) => coDatedHappenings(sentence, item, happenings, usedHappenings));
  const references = mentions.filter((m) => !usedMentions.has(m) && isReference(sentence, m)).map(
    (mention): DatedHappening => ({ mention, happening: null, attachment: 'date-reference' }),
  );
  return [...framed, ...coDated, ...references]
    .filter((item) => !isAggregate(sentence, item))
    .sort((a, b) => a.mention.index - b.mention.index || (a.happening?.index ?? -1) - (b.happening?.index ?? -1));
}

/** "since 1973", "until 2020": a date bounding a span, which times no verb and blocks no other date ("won their first title since 1973 on Saturday"). */
function isBound(sentence: string, mention: DateMention): boolean {
  return BOUND_BEFORE.test(sentence.slice(Math.max(0, mention.index - BOUND_REACH), mention.index));
}

/** "this year's conference": a date between a date and its happening that blocks neither. */
function isGenitive(sentence: string, mention: DateMention): boolean {
  return GENITIVE_END.test(mention.text) || GENITIVE_AFTER.test(sentence.slice(mention.end));
}

/** "approved the 2024 budget on Monday": a year naming a thing times no verb (only a happening noun it modifies), and blocks no other date. */
function isAttributive(sentence: string, mention: DateMention): boolean {
  return BARE_YEAR.test(mention.text) && ATTRIBUTIVE_BEFORE.test(sentence.slice(0, mention.index)) && WORD_AFTER.test(sentence.slice(mention.end));
}

/** "made an appearance in March and June": a date coordinated with a dated one times the same happening again. */
function coordinatedDates(sentence: string, dated: DatedHappening[], mentions: DateMention[], used: Set<DateMention>): DatedHappening[] {
  return mentions.flatMap((mention) => {
    if (used.has(mention)) return [];
    const first = dated.find((item) => item.mention.end <= mention.index && DATE_COORDINATION.test(sentence.slice(item.mention.end, mention.index)));
    if (!first) return [];
    used.add(mention);
    return [{ mention, happening: first.happening, attachment: 'coordinated-date' }];
  });
}

function rank(mention: DateMention): number {
  return PRECISION_RANK.indexOf(mention.date.precision);
}

function candidateLinks(sentence: string, mention: DateMention, mentions: DateMention[], happenings: Happening[], verbs: number[], unrealised: number[]): Link[] {
  const before = sentence.slice(0, mention.index);
  const bound = isBound(sentence, mention);
  const after = sentence.slice(mention.end);
  const anchored = COUNTS_FROM_HAPPENING.test(mention.text) ? ANCHORED_OPENING_CLOSE.exec(after) : null;
  const attributiveOpening = ATTRIBUTIVE_OPENING_BEFORE.test(before) && ATTRIBUTIVE_OPENING_AFTER.test(after);
  const opening = !bound && ((CLAUSE_OPENING.test(before) && (OPENING_CLOSE.test(after) || anchored !== null)) || SENTENCE_OPENING.test(before) || attributiveOpening);
  const bareOpening = !bound && !opening && BARE_CLAUSE_OPENING.test(before);
  // "since June 2019, when a walkout paralysed the ports": the when-clause tells what happened then, bound or not.
  const whenClause = WHEN_CLAUSE_AFTER.test(after);
  // The happening a relative date counts from ("after the outbreak of the war") is its anchor, not its event.
  const anchorEnd = anchored ? mention.end + anchored[0].length : mention.end;
  const links: Link[] = [];
  const attributive = isAttributive(sentence, mention);
  let firstVerbAfter = true;
  for (const happening of happenings) {
    const between = happening.index >= mention.end ? sentence.slice(mention.end, happening.index) : sentence.slice(happening.end, mention.index);
    if (mentions.some((other) => other !== mention && !isGenitive(sentence, other) && !isAttributive(sentence, other) && !isBound(sentence, other) && other.index >= Math.min(happening.end, mention.end) && other.end <= Math.max(happening.index, mention.index))) continue;
    if (happening.index >= mention.end && happening.index < anchorEnd) continue;
    if (happening.index >= mention.end) {
      if (happening.kind === 'noun' && isNounPhraseGap(between)) links.push({ mention, happening, attachment: 'noun-modifier', cost: between.length });
      else if (attributive) {
        // "the 1991 settlement reached between the parties": the participle after the year's noun is that noun's happening.
        if (happening.kind === 'verb' && ATTRIBUTIVE_NOUN_GAP.test(between)) links.push({ mention, happening, attachment: 'noun-modifier', cost: between.length });
        continue;
      }
      else if (happening.kind === 'verb' && !happening.nonfinite && !bound && VERB_RIGHT_AFTER.test(between)) links.push({ mention, happening, attachment: 'before-verb', cost: between.length + BEFORE_VERB_COST });
      else if ((opening || bareOpening || whenClause) && firstVerbAfter && between.length <= (opening || whenClause ? OPENING_REACH : BARE_OPENING_REACH) && opensOnto(happening, between)) {
        links.push({ mention, happening, attachment: 'clause-opening', cost: 5 });
      }
      if (happening.kind === 'verb' && !happening.nonfinite) firstVerbAfter = false;
    } else if (happening.end <= mention.index && !attributive) {
      if (happening.kind === 'state') {
        if (bound && STATE_TO_BOUND.test(between)) links.push({ mention, happening, attachment: 'state-start', cost: 0 });
      } else if (!bound && between.length <= VERB_REACH && !(happening.kind === 'noun' && (happening.governed || verbBetween(sentence, verbs, happening.end, mention.index))) && !unrealisedVerbBetween(unrealised, happening, mention)) {
        links.push({ mention, happening, attachment: 'after-happening', cost: between.length + COMMA_COST * commas(between) });
      }
    }
  }
  return links;
}

/**
 * The happening a clause-opening date times: the clause's main verb, or the noun that "there was"
 * introduces ("In April 2023, there was an escalation"); not a gerund ("In 2019, after winning …").
 */
function opensOnto(happening: Happening, between: string): boolean {
  if (happening.kind === 'verb') return !happening.nonfinite;
  return happening.kind === 'noun' && EXISTENTIAL.test(between);
}

/**
 * "said it would raise prices in the autumn", "said it did not attend in May": the date times the
 * verb it follows, which a modal or a denial made no happening, not the verb before it.
 */
function unrealisedVerbBetween(unrealised: number[], happening: Happening, mention: DateMention): boolean {
  return happening.kind === 'verb' && unrealised.some((verb) => verb >= happening.end && verb < mention.index);
}

/**
 * A noun before a date is timed by it only when no other clause's verb stands between: that verb's
 * clause owns the date. The noun's own predicate ("the war, which began in 2011") is no such verb.
 */
function verbBetween(sentence: string, verbs: number[], from: number, to: number): boolean {
  return verbs.some((verb) => verb >= from && verb < to && !BEGINNING_AFTER_NOUN.test(sentence.slice(from, verb)));
}

/** "(1881–1973)" after a name labels it; it times nothing the sentence reports. */
function isLabel(sentence: string, mention: DateMention): boolean {
  return LABEL_OPENING.test(sentence.slice(Math.max(0, mention.index - 12), mention.index)) && LABEL_CLOSING.test(sentence.slice(mention.end));
}

/** The parentheses around a label date, "born" and all. */
function labelSpan(sentence: string, mention: DateMention): { start: number; end: number } {
  return { start: sentence.lastIndexOf('(', mention.index), end: sentence.indexOf(')', mention.end) + 1 };
}

function commas(text: string): number {
  return (text.match(/,/g) ?? []).length;
}

/**
 * "it was reported in April that X met Y": with no one named as saying it, the meeting is the
 * event, dated by the report. A statement someone made ("X warned on May 6 that …") is an event itself.
 */
function unframe(sentence: string, item: DatedHappening, happenings: Happening[], used: Set<Happening>): DatedHappening {
  const framing = item.happening!;
  if (!FRAMING.has(framing.family) || framing.kind !== 'verb' || !IMPERSONAL_BEFORE.test(sentence.slice(0, framing.index))) return item;
  const after = Math.max(framing.end, item.mention.end);
  if (!THAT_CLAUSE.test(sentence.slice(after))) return item;
  const inner = happenings.find((h) => h.index >= after && !used.has(h) && h.kind !== 'state' && !FRAMING.has(h.family));
  if (!inner) return item;
  used.add(inner);
  return { ...item, happening: inner, attachment: `${item.attachment}+framed` };
}

/**
 * Happenings the same date also times: "founded in 1987 at the onset of …" (`co-dated`, sharing the
 * clause), or a noun coordinated with "as well as" before the dated one (`coordinated`, a clause of its own).
 */
function coDatedHappenings(sentence: string, item: DatedHappening, happenings: Happening[], used: Set<Happening>): DatedHappening[] {
  const timed = item.happening!;
  const attachment = (h: Happening): string | null => {
    if (h.kind !== 'noun' || used.has(h)) return null;
    if (h.index >= item.mention.end && CO_DATED_AFTER.test(sentence.slice(item.mention.end, h.index))) return 'co-dated';
    const coordination = h.end <= timed.index ? AS_WELL_AS.exec(sentence.slice(h.end, timed.index)) : null;
    // Only the conjunct right before "as well as" shares the date, not every noun earlier in the sentence.
    if (coordination && !happenings.some((other) => other !== h && other.index >= h.end && other.end <= h.end + coordination.index)) return 'coordinated';
    return null;
  };
  return happenings.flatMap((happening) => {
    const how = attachment(happening);
    if (!how) return [];
    used.add(happening);
    return [{ mention: item.mention, happening, attachment: how }];
  });
}

/** A date no happening claims still cites one when it is a bound or names a single day. */
function isReference(sentence: string, mention: DateMention): boolean {
  return mention.date.precision === 'day' || isBound(sentence, mention);
}

/** "met at least four times in 2023": a tally of happenings, none of them dated on its own. */
function isAggregate(sentence: string, item: DatedHappening): boolean {
  if (!item.happening) return false;
  const from = Math.max(0, Math.min(item.happening.index, item.mention.index) - 20);
  const to = Math.max(item.happening.end, item.mention.end);
  return AGGREGATE_CUE.test(sentence.slice(from, to));
}
