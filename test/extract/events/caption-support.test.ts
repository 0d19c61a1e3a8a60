import assert from 'node:assert/strict';
import { test } from 'node:test';
import { captionDays, captionSupport } from '../../../lib/extract/events/caption-support';
import type { ExtractedEvent, ExtractedParagraph } from '../../../lib/extract/types';

const CAPTION = 'Prime Minister Jane Roe meets union leader Karl Berg in Vell, March 2, 2024. (photo credit: Agency/Handout)';
const paragraphs: ExtractedParagraph[] = [
  { number: 1, text: CAPTION, kind: 'caption' },
  { number: 2, text: 'Roe met the union on Saturday.', kind: 'body' },
];
/** A stand-in for the recogniser: the names the test writes. */
const actorsOf = (text: string) => ['jane-roe', 'karl-berg', 'agency'].filter((slug) => text.toLowerCase().includes(slug.split('-').at(-1)!));

function event(actors: string[], date: Partial<ExtractedEvent['date']> = {}): ExtractedEvent {
  return {
    id: '', title: 'Roe meets the union', summary: '', actors, rules: [], discrepancies: [],
    date: { start: '2024-02-26', end: '2024-03-03', precision: 'week', text: 'Saturday', inferred: { rule: 'weekday', anchor: 'publication' }, ...date },
    citations: [{ source: 'wire', paragraph: 2, quote: 'Roe met the union on Saturday.', start: 0, end: 30, stance: 'stated', claimant: null, stanceCue: null, role: 'report', roleBasis: null, dateText: 'Saturday', figures: [] }],
  };
}

test('a caption reads its day, its words without the credit, and only the actors of those words', () => {
  const [caption] = captionDays(paragraphs, 'wire', actorsOf);
  assert.equal(caption.day, '2024-03-02');
  assert.equal(caption.citation.quote, 'Prime Minister Jane Roe meets union leader Karl Berg in Vell, March 2, 2024.');
  assert.equal(CAPTION.slice(caption.citation.start, caption.citation.end), caption.citation.quote);
  assert.deepEqual(caption.actors(), ['jane-roe', 'karl-berg']);
});

test('a caption of the day that names one of the event\'s actors depicts it: the day, the citation and its other actors', () => {
  const supported = captionSupport(event(['jane-roe']), captionDays(paragraphs, 'wire', actorsOf));
  assert.equal(supported.date.start, '2024-03-02');
  assert.equal(supported.date.precision, 'day');
  assert.deepEqual(supported.actors, ['jane-roe', 'karl-berg']);
  assert.deepEqual(supported.citations.map((c) => c.paragraph), [1, 2]);
});

test('negative: a caption naming none of the event\'s actors dates it but adds nobody; a stated date is left alone', () => {
  const captions = captionDays(paragraphs, 'wire', actorsOf);
  const other = captionSupport(event(['acme']), captions);
  assert.equal(other.date.start, '2024-03-02');
  assert.deepEqual(other.actors, ['acme']);
  assert.equal(other.citations.length, 1);
  const stated = event(['jane-roe'], { inferred: null });
  assert.equal(captionSupport(stated, captions), stated);
});
