// npm run eval -- [--articles DIR] [--actors FILE] [--gold FILE]
//   [--min-precision N] [--min-recall N] [--min-exact-date-share N] [--min-merges N] [--max-wrong-merges N]
//   [--devsets DIR] [--min-timebank-accuracy N]
// Runs the extractor over the corpus, scores it against the gold annotation, prints the report,
// and exits 1 when a threshold is missed (2 when the inputs cannot be read).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticle } from '../lib/articles/parse-article';
import { toArticleInput } from '../lib/articles/to-article-input';
import { formatReport, missedThresholds, parseGold, scoreExtraction, type Thresholds } from '../lib/eval';
import { readDevset } from '../lib/eval/devsets/read-devset';
import { formatTimebankReport, parseTimebankGold, scoreTimebank } from '../lib/eval/devsets/timebank';
import { extractCorpus, readArticleDates } from '../lib/extract';
import type { Gazetteer } from '../lib/extract/actors/types';
import { parseGazetteer } from '../lib/extract/actors';
import type { ArticleInput } from '../lib/extract/types';

// The build fails when quality drops below the targets of issue 3: precision and recall 0.95 on
// dated happenings, and every cross-source merge made. Exact dates are held at what the extractor
// reaches (every matched happening has the gold's date and precision).
const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.95;
const MIN_EXACT_DATE_SHARE = 1;
const MIN_MERGES = 1;
/** A wrong merge puts two happenings under one date on the timeline; none is acceptable. */
const MAX_WRONG_MERGES = 0;
/** Issue 13: value accuracy on TimeBank's calendar DATE timexes. */
const MIN_TIMEBANK_ACCURACY = 0.85;

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
    devsets: { type: 'string', default: resolve(import.meta.dirname, '..', '..', 'shared', 'devsets') },
    'min-timebank-accuracy': { type: 'string' },
  },
});

try {
  const thresholds: Thresholds = {
    precision: numberFlag('min-precision', MIN_PRECISION),
    recall: numberFlag('min-recall', MIN_RECALL),
    exactDateShare: numberFlag('min-exact-date-share', MIN_EXACT_DATE_SHARE),
    merges: numberFlag('min-merges', MIN_MERGES),
    maxWrongMerges: numberFlag('max-wrong-merges', MAX_WRONG_MERGES),
  };
  const gazetteer = parseGazetteer(readFileSync(values.actors, 'utf8'), values.actors);
  const gold = parseGold(readFileSync(values.gold, 'utf8'), values.gold);
  const extraction = extractCorpus(readArticles(values.articles), { gazetteer });

  const report = scoreExtraction(gold, extraction.events);
  console.log(formatReport(report));
  const missed = [...missedThresholds(report, thresholds), ...timebankSection(gazetteer)];
  console.log(missed.length === 0 ? '\neval: all thresholds met' : `\neval: FAILED — ${missed.join('; ')}`);
  process.exit(missed.length === 0 ? 0 : 1);
} catch (error) {
  console.error(`eval could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
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
