import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticleDates } from '../../lib/extract';

function article(paragraphs: string[], published: string | null = '2023-10-22') {
  return { slug: 'a', title: null, published, paragraphs };
}

describe('readArticleDates', () => {
  it('gives each date with its paragraph and offsets within that paragraph', () => {
    const text = 'The talks began. Officials met on Tuesday in Doha.';
    const [mention] = readArticleDates(article(['Talks in Doha', text]));
    assert.deepEqual([mention.paragraph, text.slice(mention.start, mention.end), mention.date.start], [2, 'Tuesday', '2023-10-17']);
  });
  it('threads the narrative year from sentence to sentence, as the pipeline does', () => {
    const mentions = readArticleDates(article(['The envoys met four times in 2019.', 'Then, a delegation went to Tehran in June.']));
    assert.deepEqual(mentions.map((m) => [m.paragraph, m.text, m.date.start]), [[1, '2019', '2019-01-01'], [2, 'June', '2019-06-01']]);
  });
  it('counts "two days later" from the happening reported before', () => {
    const mentions = readArticleDates(article(['The army attacked the town on October 7, 2023.', 'Two days later, the government resigned.']));
    assert.deepEqual(mentions.map((m) => m.date.start), ['2023-10-07', '2023-10-09']);
  });
  it('negative: reads no headings or captions, and no vague stretches', () => {
    assert.deepEqual(readArticleDates(article(['March 2020', 'Prices rose in recent years.'])), []);
  });
});
