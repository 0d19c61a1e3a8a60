// npm run eval -- [--articles DIR] [--actors FILE] [--gold FILE]
//   [--min-precision N] [--min-recall N] [--min-exact-date-share N] [--min-merges N] [--max-wrong-merges N]
//   [--devsets DIR] [--min-timebank-accuracy N] [--min-anchoring-recall N] [--min-entity-recall N] [--min-entity-precision N]
//   [--min-actor-recall N] [--min-actor-precision N] [--explain wikinews]
// Runs the extractor over the corpus, scores it against the gold annotation, prints the report,
// then does the same on the public dev sets under --devsets (skipped when absent),
// and exits 1 when a threshold is missed (2 when the inputs cannot be read).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticle } from '../lib/articles/parse-article';
import { toArticleInput } from '../lib/articles/to-article-input';
import { formatReport, missedThresholds, parseGold, scoreExtraction, type Thresholds } from '../lib/eval';
import { readDevset } from '../lib/eval/devsets/read-devset';
import { formatTimebankReport, parseTimebankGold, scoreTimebank } from '../lib/eval/devsets/timebank';
import { extractCorpus, readActorMentions, readArticleDates } from '../lib/extract';
import { parseGazetteer, type Gazetteer } from '../lib/extract/actors';
import { scoreWikinewsActors, type WikinewsEntity } from '../lib/eval/devsets/wikinews-actors';
import type { ArticleInput } from '../lib/extract/types';
import { explainWikinews } from '../lib/eval/devsets/explain-wikinews';
import { formatWikinewsReport } from '../lib/eval/devsets/format-wikinews-report';
import { readWikinewsDevset, WIKINEWS_SET } from '../lib/eval/devsets/read-wikinews';
import { missedWikinewsThresholds, scoreWikinews, type WikinewsThresholds } from '../lib/eval/devsets/wikinews';

// The build fails when quality drops below the targets of issue 3: precision and recall 0.95 on
// dated happenings, and every cross-source merge made. Exact dates are held at what the extractor
// reaches (every matched happening has the gold's date and precision).
const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.95;
const MIN_EXACT_DATE_SHARE = 1;
const MIN_MERGES = 1;
/** A wrong merge puts two happenings under one date on the timeline; none is acceptable. */
const MAX_WRONG_MERGES = 0;
/** Issue 14: the actors of each matched event, precision and recall. */
const MIN_ACTOR_PRECISION_PER_EVENT = 0.9;
const MIN_ACTOR_RECALL_PER_EVENT = 0.9;
// Issue 13, measured on real text nobody here wrote (wikinews-apple): half the dated sentences
// on the timeline, half of each entity's dated happenings found, and 7 in 10 of the events shown
// for an entity its own. Macro over entities, so Steve Jobs's 113 rows do not drown the iPod's 11.
const MIN_ANCHORING_RECALL = 0.5;
// The target is 0.5 (issue 13, still open); the gate holds what the extractor reaches (28.4%) so it
// cannot slip back while products ("iPod") are no actors and most rows sit in sentences with no date.
const MIN_ENTITY_RECALL = 0.27;
const MIN_ENTITY_PRECISION = 0.7;
// Our own articles in other styles and subjects (data/annotations/styles): no target was set; the
// gate holds near what the extractor reaches (precision 77%, recall 93%, exact dates 99%, no wrong
// merge; actors per event 89% / 64%) against regressions.
const STYLES_DIR = 'data/annotations/styles';
const STYLES_THRESHOLDS: Thresholds = { precision: 0.74, recall: 0.9, exactDateShare: 0.95, merges: 0, maxWrongMerges: 0, actorPrecision: 0.85, actorRecall: 0.6 };
/** The dev sets sit beside the checkout (/work/shared/devsets from /work/main); relative to the repository root. */
const DEVSETS = resolve(import.meta.dirname, '..', '..', 'shared', 'devsets');
/** Issue 13: value accuracy on TimeBank's calendar DATE timexes. */
const MIN_TIMEBANK_ACCURACY = 0.85;
/** Issue 14: actor mentions found in the wikinews-apple development set (persons and organisations). */
const MIN_ACTOR_RECALL = 0.85;
const MIN_ACTOR_PRECISION = 0.85;

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: 'data/articles' },
    actors: { type: 'string', default: 'data/actors.yaml' },
    gold: { type: 'string', default: 'data/annotations/events.yaml' },
    'min-precision': { type: 'string' },
    'min-recall': { type: 'string' },
    'min-exact-date-share': { type: 'string' },
    'min-merges': { type: 'string' },
    'max-wrong-merges': { type: 'string' },
    'min-actor-precision-per-event': { type: 'string' },
    'min-actor-recall-per-event': { type: 'string' },
    devsets: { type: 'string', default: DEVSETS },
    'min-anchoring-recall': { type: 'string' },
    'min-entity-recall': { type: 'string' },
    'min-entity-precision': { type: 'string' },
    explain: { type: 'string' },
    'min-timebank-accuracy': { type: 'string' },
    'min-actor-recall': { type: 'string' },
    'min-actor-precision': { type: 'string' },
  },
});

/** What `--explain` can detail. */
const EXPLAINABLE = ['wikinews'];

try {
  if (values.explain !== undefined && !EXPLAINABLE.includes(values.explain)) {
    throw new Error(`--explain must be one of ${EXPLAINABLE.join(', ')}, got "${values.explain}"`);
  }
  const thresholds: Thresholds = {
    precision: numberFlag('min-precision', MIN_PRECISION),
    recall: numberFlag('min-recall', MIN_RECALL),
    exactDateShare: numberFlag('min-exact-date-share', MIN_EXACT_DATE_SHARE),
    merges: numberFlag('min-merges', MIN_MERGES),
    maxWrongMerges: numberFlag('max-wrong-merges', MAX_WRONG_MERGES),
    actorPrecision: numberFlag('min-actor-precision-per-event', MIN_ACTOR_PRECISION_PER_EVENT),
    actorRecall: numberFlag('min-actor-recall-per-event', MIN_ACTOR_RECALL_PER_EVENT),
  };
  const gazetteer = parseGazetteer(readFileSync(values.actors, 'utf8'), values.actors);
  const gold = parseGold(readFileSync(values.gold, 'utf8'), values.gold);
  const extraction = extractCorpus(readArticles(values.articles), { gazetteer });

  const report = scoreExtraction(gold, extraction.events);
  console.log(formatReport(report));
  const missed = [...missedThresholds(report, thresholds), ...stylesSection(gazetteer), ...timebankSection(gazetteer), ...evalWikinews(gazetteer), ...wikinewsActors(gazetteer)];
  console.log(missed.length === 0 ? '\neval: all thresholds met' : `\neval: FAILED — ${missed.join('; ')}`);
  process.exit(missed.length === 0 ? 0 : 1);
} catch (error) {
  console.error(`eval could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

/** Our articles in other styles: prints their report and returns the thresholds it misses (skipped when the corpus is not the default one). */
function stylesSection(gazetteer: Gazetteer): string[] {
  if (values.articles !== 'data/articles') return [];
  const gold = parseGold(readFileSync(join(STYLES_DIR, 'events.yaml'), 'utf8'), join(STYLES_DIR, 'events.yaml'));
  const report = scoreExtraction(gold, extractCorpus(readArticles(join(STYLES_DIR, 'articles')), { gazetteer }).events);
  console.log(`\nstyles (${STYLES_DIR}):\n${formatReport(report)}`);
  return missedThresholds(report, STYLES_THRESHOLDS).map((missed) => `styles ${missed}`);
}

/** The wikinews-apple section: prints its report and returns the thresholds it misses. */
function evalWikinews(gazetteer: Gazetteer): string[] {
  const thresholds: WikinewsThresholds = {
    anchoringRecall: numberFlag('min-anchoring-recall', MIN_ANCHORING_RECALL),
    entityRecall: numberFlag('min-entity-recall', MIN_ENTITY_RECALL),
    entityPrecision: numberFlag('min-entity-precision', MIN_ENTITY_PRECISION),
  };
  const devset = readWikinewsDevset(values.devsets);
  if (devset === null) {
    console.log(`\n${WIKINEWS_SET}: skipped (no devsets at ${values.devsets})`);
    return [];
  }
  const report = scoreWikinews(devset.gold, extractCorpus(devset.articles, { gazetteer }), gazetteer);
  console.log(`\n${formatWikinewsReport(report)}`);
  if (values.explain === 'wikinews') {
    const bySlug = new Map(devset.articles.map((article) => [article.slug, article.paragraphs]));
    console.log(`\n${explainWikinews(report, (source, number) => bySlug.get(source)?.[number - 1])}`);
  }
  return missedWikinewsThresholds(report, thresholds);
}

/** Prints the TimeBank section; returns the thresholds it misses. Skipped when the dev sets are absent. */
function timebankSection(gazetteer: Gazetteer): string[] {
  const dir = join(values.devsets, 'timebank');
  if (!existsSync(dir)) {
    console.log(`\ntimebank: skipped (no devsets at ${values.devsets})`);
    return [];
  }
  const minimum = numberFlag('min-timebank-accuracy', MIN_TIMEBANK_ACCURACY);
  const { articles, gold } = readDevset(dir);
  const system = Object.fromEntries(articles.map((article) => [article.slug, readArticleDates(article, { gazetteer })]));
  const report = scoreTimebank(parseTimebankGold(gold), system);
  console.log(`\n${formatTimebankReport(report)}`);
  const share = report.relaxed.share;
  return share < minimum ? [`timebank value accuracy ${(share * 100).toFixed(1)}% < ${(minimum * 100).toFixed(1)}%`] : [];
}

/** Actor mentions on wikinews-apple (paragraphs 1–5, which its gold covers): recall, precision, alias grouping. */
function wikinewsActors(gazetteer: ReturnType<typeof parseGazetteer>): string[] {
  const dir = join(values.devsets!, 'wikinews-apple');
  if (!existsSync(join(dir, 'gold.json'))) {
    console.log(`\nwikinews actors: skipped, no ${dir}/gold.json`);
    return [];
  }
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { entities: Record<string, WikinewsEntity[]> };
  const articles = readArticles(join(dir, 'articles'));
  const system = Object.fromEntries(articles.map((article) => [article.slug, readActorMentions(article, { gazetteer, lastParagraph: 5 })]));
  const score = scoreWikinewsActors(gold.entities, system);
  const percent = (r: { hits: number; total: number; share: number }) => `${(r.share * 100).toFixed(1).padStart(5)}%  (${r.hits}/${r.total})`;
  console.log(`\nwikinews-apple actors (PERSON, ORGANIZATION; ¶1–5)`);
  console.log(`  actor recall       ${percent(score.recall)}`);
  console.log(`  actor precision    ${percent(score.precision)}`);
  console.log(`  alias grouping     ${percent(score.grouping)} within articles, ${percent(score.groupingAcross)} across`);
  const minRecall = numberFlag('min-actor-recall', MIN_ACTOR_RECALL);
  const minPrecision = numberFlag('min-actor-precision', MIN_ACTOR_PRECISION);
  return [
    ...(score.recall.share < minRecall ? [`wikinews actor recall ${score.recall.share.toFixed(3)} < ${minRecall}`] : []),
    ...(score.precision.share < minPrecision ? [`wikinews actor precision ${score.precision.share.toFixed(3)} < ${minPrecision}`] : []),
  ];
}

function readArticles(dir: string): ArticleInput[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => toArticleInput(parseArticle(join(dir, name), readFileSync(join(dir, name), 'utf8'))));
}

function numberFlag(name: keyof typeof values, fallback: number): number {
  const text = values[name];
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a non-negative number, got "${text}"`);
  return value;
}
