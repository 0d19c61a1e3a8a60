import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { parseArticle } from '../../lib/articles/parse-article';
import { toArticleInput } from '../../lib/articles/to-article-input';
import { parseGazetteer } from '../../lib/extract/actors';
import { extractArticle, mergeArticles } from '../../lib/extract';
import { DEFAULT_ACTORS_FILE, generateCorpus, loadActors } from '../../bench/generate-corpus';

// A tiny gazetteer of its own, so these tests do not move when data/actors.yaml does.
const GAZETTEER_YAML = `actors:
  - { slug: iran, name: Iran, kind: state, aliases: [Islamic Republic], demonyms: [Iranian] }
  - { slug: hamas, name: Hamas, kind: organization, aliases: [Islamic Resistance Movement] }
  - { slug: israel, name: Israel, kind: state, demonyms: [Israeli] }
  - { slug: qatar, name: Qatar, kind: state, demonyms: [Qatari] }
`;
const actors = parseGazetteer(GAZETTEER_YAML, 'test-actors.yaml').actors;

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const ABBREVIATED = '(?:Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.)';
const DATE_FORMS: Record<string, RegExp> = {
  'October 7, 2023': new RegExp(`\\b${MONTH} \\d{1,2}, \\d{4}`),
  '7 October 2023': new RegExp(`\\b\\d{1,2} ${MONTH} \\d{4}`),
  'Oct. 7': new RegExp(`\\bon ${ABBREVIATED} \\d{1,2}(?!\\d|, \\d)`),
  'in June 2007': new RegExp(`\\bin ${MONTH} \\d{4}`),
  'Sept. 2019': new RegExp(`\\b${ABBREVIATED} \\d{4}`),
  'in 1987': /\bin \d{4}\b/,
  'the early 1990s': /\bthe (?:early |mid-|late )\d{4}s\b/,
  'the summer of 2006': /\bthe (?:spring|summer|autumn|winter) of \d{4}/,
  'the first week of April': new RegExp(`\\bthe first week of ${MONTH}`),
  '13–14 April 2024': new RegExp(`\\b\\d{1,2}–\\d{1,2} ${MONTH} \\d{4}`),
  'two months ago': /\b(?:two|three|four|five|six) (?:months|years) ago\b/,
  'on Saturday': /\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/,
};

describe('generateCorpus', () => {
  const corpus = [...generateCorpus({ articles: 200, seed: 1, actors })];

  it('gives identical files for the same seed and different ones for another', () => {
    assert.deepEqual([...generateCorpus({ articles: 200, seed: 1, actors })], corpus);
    const other = [...generateCorpus({ articles: 200, seed: 2, actors })];
    assert.notDeepEqual(other, corpus);
  });

  it('streams: the first article of a huge corpus comes without building the rest', () => {
    const started = performance.now();
    const first = generateCorpus({ articles: 10_000_000, seed: 1, actors }).next();
    assert.equal(first.done, false);
    assert.ok(performance.now() - started < 1000);
  });

  it('writes articles that parseArticle accepts, with front matter and 8–30 paragraphs', () => {
    assert.equal(new Set(corpus.map((a) => a.file)).size, corpus.length, 'file names are unique');
    for (const { file, content } of corpus) {
      const article = parseArticle(file, content);
      assert.ok(article.frontMatter.title, `${file} has a title`);
      assert.ok(article.frontMatter.publisher, `${file} has a publisher`);
      assert.ok(article.paragraphs.length >= 8 && article.paragraphs.length <= 30, `${file}: ${article.paragraphs.length} paragraphs`);
    }
  });

  it('uses every date form, aliases, non-date numbers and page furniture', () => {
    const text = corpus.map((a) => a.content).join('\n');
    for (const [form, pattern] of Object.entries(DATE_FORMS)) assert.match(text, pattern, `date form "${form}"`);
    assert.match(text, /Islamic Resistance Movement|Islamic Republic/, 'an alias');
    assert.match(text, /\$\d+ million/);
    assert.match(text, /\b\d{1,3},\d{3} /);
    assert.match(text, /\bUnit \d+/);
    assert.match(text, /\(photo credit: [^)]+\)/);
    assert.match(text, /^(?:Stay updated|Sign up for|Subscribe to)/m);
  });
});

describe('the corpus through the real extractor', () => {
  it('gives about twenty events per article after merging: every generated happening is read', () => {
    // The real gazetteer: the benchmarks use it, and how many events merge depends on its size.
    const gazetteer = parseGazetteer(fs.readFileSync(DEFAULT_ACTORS_FILE, 'utf8'), DEFAULT_ACTORS_FILE);
    const articles = 60;
    const extractions = [...generateCorpus({ articles, seed: 1, actors: loadActors(DEFAULT_ACTORS_FILE) })].map(({ file, content }) =>
      extractArticle(toArticleInput(parseArticle(file, content)), { gazetteer }));
    const { events } = mergeArticles(extractions);
    // Each article holds about twenty dated happenings in sentences of its own; merges grow with the corpus.
    const perArticle = events.length / articles;
    assert.ok(perArticle >= 16 && perArticle <= 26, `${perArticle.toFixed(1)} events per article`);
    assert.ok(events.some((event) => event.citations.length >= 2), 'shared happenings merge across articles');
  });
});
