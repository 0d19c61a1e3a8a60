import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle, extractCorpus } from '../../../lib/extract';
import { fixtureOptions, loadFixture } from '../fixtures/load-fixture';

const options = fixtureOptions();
const articles = ['state-election', 'kharkiv-offensive', 'kharkiv-analysis'].map(loadFixture);

test('every citation quotes its paragraph verbatim at its offsets, from body paragraphs only', () => {
  const corpus = extractCorpus(articles, options);
  const bySlug = new Map(corpus.sources.map((s) => [s.slug, s]));
  for (const event of corpus.events) {
    for (const c of event.citations) {
      const paragraph = bySlug.get(c.source)!.paragraphs[c.paragraph - 1];
      assert.equal(paragraph.text.slice(c.start, c.end), c.quote);
      assert.equal(paragraph.kind, 'body');
    }
  }
});

test('a war article: the offensive, the visit on a weekday, the strike with its toll, the invasion', () => {
  const { events } = extractArticle(loadFixture('kharkiv-offensive'), options);
  const dated = events.map((e) => `${e.date.start}/${e.date.precision} ${e.title}`);
  assert.deepEqual(dated, [
    '2022-02-01/month War begins with Russia\'s full-scale invasion of Ukraine',
    '2024-05-10/day Russian forces launch cross-border offensive in the Kharkiv region',
    '2024-05-16/day Ukrainian President Volodymyr Zelensky visits Kharkiv',
    '2024-05-19/day At least 11 people killed and 40 wounded in strikes on the city',
  ]);
  assert.equal(events[1].citations[0].stance, 'reported');
  assert.deepEqual(events[3].citations[0].figures.map((f) => `${f.measure}:${f.value}`), ['killed:11', 'wounded:40']);
});

test('an election article: furniture and headings yield nothing, each dated happening one event', () => {
  const { source, events } = extractArticle(loadFixture('state-election'), options);
  assert.deepEqual(source.paragraphs.map((p) => p.kind), ['heading', 'body', 'body', 'body', 'heading', 'body', 'body']);
  assert.deepEqual(events.map((e) => `${e.date.start} ${e.signature?.family}`), ['2022-11-21 beginning', '2022-11-29 resignation', '2023-01-03 appointment']);
});

test('the same offensive in two sources merges, the yearless "May 10" included; the bound on a trend adds nothing', () => {
  const { events } = extractCorpus(articles, options);
  const offensive = events.filter((e) => e.date.start === '2024-05-10');
  assert.equal(offensive.length, 1);
  assert.deepEqual([...new Set(offensive[0].citations.map((c) => c.source))], ['kharkiv-analysis', 'kharkiv-offensive']);
  assert.ok(!events.some((e) => e.date.start.startsWith('199')));
});

test('determinism: two runs give byte-identical JSON, whatever the input order', () => {
  const once = JSON.stringify(extractCorpus(articles, options));
  const twice = JSON.stringify(extractCorpus([...articles].reverse(), options));
  assert.equal(once, twice);
});

test('an offset counted from a day whose year another source states follows that year into the merge', () => {
  const stated = { slug: 'stated', title: null, published: null, paragraphs: [
    'Russia launched its offensive on May 10, 2024.',
    'On May 6, 2024, Zelensky warned that Russia was massing troops.',
  ] };
  // This source never states the offensive's year; its narrative year is 2019, the year it reads last.
  const yearless = { slug: 'yearless', title: null, published: null, paragraphs: [
    'Ukraine held an election in 2019.',
    'The May 10 offensive by Russia surprised many.',
    'Just days before the offensive, Zelensky warned that Russia was massing troops.',
  ] };
  const { events } = extractCorpus([stated, yearless], options);
  const warning = events.filter((e) => e.signature?.family === 'statement');
  assert.equal(warning.length, 1, JSON.stringify(warning.map((e) => [e.date.start, e.title])));
  assert.deepEqual([...new Set(warning[0].citations.map((c) => c.source))], ['stated', 'yearless']);
  assert.ok(!events.some((e) => e.date.start.startsWith('2019-05')), 'nothing left dated by the 2019 reading of the offensive');
});
