import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyParagraphs } from '../../../lib/extract/paragraphs/classify-paragraphs';
import { isDatedLine } from '../../../lib/extract/paragraphs/is-dated-line';
import { readArticleDates } from '../../../lib/extract';

describe('isDatedLine', () => {
  it('finds a date opening a line, then a colon or dash, or set in bold, then words', () => {
    for (const line of ['12 March 2020: Lockdown begins', 'March 12 – WHO declares a pandemic', 'March 12, 2020 — Schools close', '**2021** Vaccines roll out', '2019: Protests spread', 'Sept. 3 - Talks resume']) {
      assert.equal(isDatedLine(line), true, line);
    }
  });
  it('negative: a bare date heading, a date inside a title, or a year that starts a name', () => {
    for (const line of ['March 2020', '## 2021', 'What happened on March 12', '2021 Budget Review', 'May Day protests', 'Talks in Doha: day two']) {
      assert.equal(isDatedLine(line), false, line);
    }
  });
});

describe('dated lines are body text', () => {
  const lines = ['Talks opened in Geneva on Monday with a long agenda.', 'March 2020', '12 March 2020: Lockdown begins across the country', '**2021** Vaccines roll out'];
  it('classifies them as body, a bare date line as heading', () => {
    assert.deepEqual(classifyParagraphs(lines).map((p) => p.kind), ['body', 'heading', 'body', 'body']);
  });
  it('reads their dates', () => {
    const dates = readArticleDates({ slug: 'a', title: null, published: '2022-01-10', paragraphs: lines });
    assert.deepEqual(dates.filter((m) => m.paragraph > 1).map((m) => [m.paragraph, m.text, m.date.start]), [[3, '12 March 2020', '2020-03-12'], [4, '2021', '2021-01-01']]);
  });
});
