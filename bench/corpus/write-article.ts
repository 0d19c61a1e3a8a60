import type { ActorEntry } from '../../lib/extract/actors';
import { MONTHS, addDays, isoOf, type Day } from './calendar';
import { backgroundDatePhrase, happeningDatePhrase } from './date-phrases';
import { happeningAt, type Happening } from './happenings';
import { Random } from './random';
import {
  ACTIONS, ATTRIBUTIONS, AUTHORS, COMMENTARY, NEWSLETTER_PROMPTS, NUMBER_FACTS, PHOTO_AGENCIES, PLACES,
  PUBLISHERS, SECTION_HEADINGS, TOPICS,
} from './vocabulary';

export interface GeneratedArticle {
  /** `<slug>.md`. */
  file: string;
  content: string;
}

export interface ArticleSpec {
  seed: number;
  /** 0-based position in the corpus. */
  index: number;
  actors: readonly ActorEntry[];
  /** Number of shared happenings the corpus draws from. */
  poolSize: number;
}

/** Stream id for articles, distinct from the happenings' stream. */
const ARTICLE_STREAM = 2;
const MIN_WORDS = 40;
const MAX_WORDS = 120;
/**
 * Share of body sentences that recount an earlier event. With about 0.1 shared happening per article
 * it sets the events per article after merging: about 10.
 */
const BACKGROUND_SHARE = 0.38;

/** What every sentence builder of one article needs. */
interface ArticleContext {
  rng: Random;
  actors: readonly ActorEntry[];
  published: Day;
  /** The publication day when the front matter gives it in full, else null. */
  anchor: Day | null;
}

/** One article: front matter, headline, body paragraphs and the furniture a news site wraps around them. */
export function writeArticle(spec: ArticleSpec): GeneratedArticle {
  const rng = new Random(spec.seed, ARTICLE_STREAM, spec.index);
  // Round-robin lead happenings so every happening in the pool is reported, by about ten articles each.
  const lead = happeningAt(spec.seed, spec.index % spec.poolSize, spec.actors);
  const extra = Array.from({ length: rng.int(0, 2) }, () =>
    happeningAt(spec.seed, rng.int(0, spec.poolSize - 1), spec.actors),
  );
  // Often published within the week, so "on Saturday" can name the lead happening's day.
  const published = addDays(lead.end, rng.chance(0.4) ? rng.int(1, 6) : rng.int(7, 60));
  const precision = rng.next();
  const publishedText = precision < 0.85 ? isoOf(published) : precision < 0.95 ? isoOf(published).slice(0, 7) : null;
  const ctx: ArticleContext = { rng, actors: spec.actors, published, anchor: precision < 0.85 ? published : null };

  const title = `${capitalise(mention(rng, lead.subject))} ${rng.pick(lead.action.headlines)} ${mention(rng, lead.object)} in ${lead.place}`;
  const slug = [String(spec.index + 1).padStart(5, '0'), slugify(title)].filter(Boolean).join('-');
  const frontMatter = [
    `title: ${JSON.stringify(title)}`,
    `publisher: ${JSON.stringify(rng.pick(PUBLISHERS))}`,
    ...(rng.chance(0.5) ? [`author: ${JSON.stringify(rng.pick(AUTHORS))}`] : []),
    ...(publishedText ? [`published: ${publishedText}`] : []),
    ...(rng.chance(0.3) ? [`url: https://example.org/news/${slug}`] : []),
  ];
  const body = [title, ...bodyLines(ctx, [lead, ...extra])];
  return { file: `${slug}.md`, content: `---\n${frontMatter.join('\n')}\n---\n${body.join('\n\n')}\n` };
}

/** 8–30 lines: paragraphs, section headings, a photo caption with its credit and a newsletter prompt. */
function bodyLines(ctx: ArticleContext, happenings: Happening[]): string[] {
  const { rng } = ctx;
  const total = rng.int(8, 30);
  const captionLines = photoCaption(ctx, happenings[0]);
  const headingCount = total >= 14 ? rng.int(1, 2) : rng.int(0, 1);
  const paragraphCount = Math.max(4, total - 1 - captionLines.length - 1 - headingCount);

  // The lead happening opens the article; the others land somewhere in the body.
  const reportAt = new Map<number, Happening>([[0, happenings[0]]]);
  for (const happening of happenings.slice(1)) reportAt.set(rng.int(1, paragraphCount - 1), happening);
  const paragraphs = Array.from({ length: paragraphCount }, (_, i) => {
    const happening = reportAt.get(i);
    return paragraph(ctx, happening ? reportSentence(ctx, happening) : null);
  });

  const lines = [...paragraphs];
  for (let i = 0; i < headingCount; i++) lines.splice(rng.int(3, lines.length - 1), 0, rng.pick(SECTION_HEADINGS));
  lines.splice(Math.min(2, lines.length), 0, ...captionLines);
  lines.splice(lines.length - rng.int(1, 2), 0, rng.pick(NEWSLETTER_PROMPTS));
  return lines;
}

/** A paragraph of 40–120 words: an optional opening sentence, then background, figures and commentary. */
function paragraph(ctx: ArticleContext, opening: string | null): string {
  const { rng } = ctx;
  const target = rng.int(MIN_WORDS, MAX_WORDS);
  const sentences = opening ? [opening] : [];
  let words = opening ? wordCount(opening) : 0;
  while (words < target) {
    const roll = rng.next();
    const sentence = roll < BACKGROUND_SHARE ? backgroundSentence(ctx) : roll < BACKGROUND_SHARE + 0.2 ? numberSentence(ctx) : commentarySentence(ctx);
    const length = wordCount(sentence);
    if (words + length > MAX_WORDS && words >= MIN_WORDS) break;
    sentences.push(sentence);
    words += length;
  }
  return sentences.join(' ');
}

/** A shared happening in this article's own words: actor names or aliases, verb, date form, attribution. */
function reportSentence(ctx: ArticleContext, happening: Happening): string {
  const { rng } = ctx;
  const subject = mention(rng, happening.subject);
  const object = mention(rng, happening.object);
  const verb = rng.pick(happening.action.phrases);
  const when = happeningDatePhrase(rng, happening, ctx.anchor);
  const figure = figureClause(rng, happening);
  const attribution = rng.pick(ATTRIBUTIONS);
  switch (rng.int(0, 2)) {
    case 0:
      return `${capitalise(when)}, ${subject} ${verb} ${object} in ${happening.place}${figure}${attribution}.`;
    case 1:
      return `${capitalise(subject)} ${verb} ${object} in ${happening.place} ${when}${figure}${attribution}.`;
    default:
      return `Officials confirmed that ${subject} ${verb} ${object} ${when}${figure}.`;
  }
}

/** Sources disagree on numbers: each article varies the figure a little around the happening's own. */
function figureClause(rng: Random, happening: Happening): string {
  const base = 20 + ((happening.index * 37) % 400);
  if (happening.action.figure === 'casualties') return `, killing ${rng.pick(['at least ', 'some ', ''])}${base + rng.int(0, 5)} people`;
  if (happening.action.figure === 'money') return `, a transfer worth $${base + rng.int(0, 3) * 10} million`;
  return '';
}

/**
 * A one-article event from the past: two actors, a place and what it was about, so unrelated
 * background events read as different happenings rather than one stock phrase.
 */
function backgroundSentence(ctx: ArticleContext): string {
  const { rng } = ctx;
  const [subject, object] = twoActors(ctx);
  const verb = rng.pick(rng.pick(ACTIONS).phrases);
  const when = backgroundDatePhrase(rng, ctx.published, ctx.anchor);
  const where = `in ${rng.pick(PLACES)}`;
  const about = rng.pick(TOPICS);
  switch (rng.int(0, 2)) {
    case 0:
      return `${capitalise(when)}, ${subject} ${verb} ${object} ${where} over ${about}.`;
    case 1:
      return `${capitalise(subject)} first ${verb} ${object} ${where} ${when}, a step that still shapes its thinking on ${about}.`;
    default:
      return `${capitalise(subject)} ${verb} ${object} ${when} ${where}, in a dispute over ${about}.`;
  }
}

/** Numbers that must not be read as dates: counts, money, unit and resolution numbers. */
function numberSentence(ctx: ArticleContext): string {
  const { rng } = ctx;
  const [actor] = twoActors(ctx);
  return rng
    .pick(NUMBER_FACTS)
    .replace('{n}', withThousands(rng.int(2, 40) * rng.pick([10, 100, 1000])))
    .replace('{unit}', String(rng.int(100, 2800)))
    .replace('{a}', actor);
}

function commentarySentence(ctx: ArticleContext): string {
  const [a, b] = twoActors(ctx);
  return capitalise(ctx.rng.pick(COMMENTARY).replace('{a}', a).replace('{b}', b).replace('{place}', ctx.rng.pick(PLACES)));
}

/** A caption with its credit, on one line or on two as sites print them. */
function photoCaption(ctx: ArticleContext, happening: Happening): string[] {
  const { rng } = ctx;
  const { start } = happening;
  const caption = `${capitalise(mention(rng, happening.subject))} and ${mention(rng, happening.object)} officials in ${happening.place}, ${MONTHS[start.month - 1]} ${start.day}, ${start.year}.`;
  const credit = `(photo credit: ${rng.pick(PHOTO_AGENCIES)})`;
  return rng.chance(0.5) ? [`${caption} ${credit}`] : [caption, credit];
}

function twoActors(ctx: ArticleContext): [string, string] {
  const first = ctx.rng.pick(ctx.actors);
  let second = ctx.rng.pick(ctx.actors);
  if (second.slug === first.slug) second = ctx.actors.find((actor) => actor.slug !== first.slug) ?? second;
  return [mention(ctx.rng, first), mention(ctx.rng, second)];
}

/** The canonical name most of the time, otherwise one of the aliases. */
function mention(rng: Random, actor: ActorEntry): string {
  return actor.aliases.length > 0 && rng.chance(0.4) ? rng.pick(actor.aliases) : actor.name;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function withThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Lower-case ASCII words joined by hyphens, from the first few words of the title. */
function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 6)
    .join('-');
}
