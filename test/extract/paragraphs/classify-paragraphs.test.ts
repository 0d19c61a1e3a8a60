import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyParagraphs } from '../../../lib/extract/paragraphs/classify-paragraphs';

const kinds = (lines: string[]) => classifyParagraphs(lines).map((p) => p.kind);

test('title, body, caption with its credit-less repeat, bare credit line, newsletter furniture', () => {
  assert.deepEqual(
    kinds([
      'Army retakes the northern town',
      'Troops entered the town on Monday, officials said.',
      'Soldiers patrol the square, May 2, 2024. (photo credit: AGENCY/STRINGER)',
      'Soldiers patrol the square, May 2, 2024.',
      '(photo credit: AGENCY/STRINGER)',
      'What comes next for the region?',
      'Talks are expected to resume next week.',
      'Stay updated with the latest news!',
      'Subscribe to The Daily Newsletter',
    ]),
    ['heading', 'body', 'caption', 'caption', 'caption', 'heading', 'body', 'furniture', 'furniture'],
  );
});

test('table of contents with its list lines, image credits and trailing related headlines are furniture', () => {
  assert.deepEqual(
    kinds(['Table of Contents', '- Origins', '- Aftermath', 'Origins', 'The group was founded in 1987.', 'Image: Wikimedia Commons', 'Another Story Entirely | The Daily', 'A Second Related Headline']),
    ['furniture', 'furniture', 'furniture', 'heading', 'body', 'furniture', 'furniture', 'furniture'],
  );
});

test('negative: a body line that merely starts like a caption, and an author bio, stay body', () => {
  assert.deepEqual(
    kinds(['Soldiers patrol the square, May 2, 2024. (credit: AGENCY)', 'Nothing like the caption was said in the briefing.', 'Jane Doe is a research associate at the Institute.']),
    ['caption', 'body', 'body'],
  );
});

test('a press release’s boilerplate and contact lines are furniture; negative: a sentence opening on “About” and a number is not', () => {
  const kinds = classifyParagraphs([
    'Acme today announced its results.',
    'About Acme Corp: Founded in 2009, Acme makes software.',
    'Media contact: Jane Roe',
    'About 300 people were evacuated: officials said the dam held.',
  ]).map((p) => p.kind);
  assert.deepEqual(kinds, ['body', 'furniture', 'furniture', 'body']);
});
