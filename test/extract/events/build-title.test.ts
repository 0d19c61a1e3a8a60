import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../../../lib/extract/dates';
import { attachDates } from '../../../lib/extract/events/attach-dates';
import { buildTitle } from '../../../lib/extract/events/build-title';
import { buildSummary } from '../../../lib/extract/events/build-summary';
import { findHappenings } from '../../../lib/extract/events/find-happenings';

const context = { referenceDate: '2024-06-01', referenceLabel: 'publication date', narrative: null, previousEvent: null, paragraph: 1 };

function title(sentence: string): string {
  const [item] = attachDates(sentence, findDates(sentence, context), findHappenings(sentence));
  return buildTitle({ sentence, clause: { start: 0, end: sentence.length }, happening: item.happening!, mention: item.mention, actors: [] });
}

test('titles are built from the clause: subject, present-tense verb, object; no date, no raw sentence', () => {
  assert.equal(title('Then, a trade delegation headed by the minister went to Nairobi in June 2023.'), 'Trade delegation headed by the minister goes to Nairobi');
  assert.equal(title('In July 2022, the foreign minister met with rebel representatives in Doha.'), 'Foreign minister meets rebel representatives in Doha');
  assert.equal(title('The party was founded in 1987.'), 'Party founded');
  assert.equal(title('Unrest grew after the outbreak of the civil war in 2011.'), 'Outbreak of civil war');
});

test('negative: evaluative words of the source stay out of a noun title', () => {
  assert.equal(title('The brutal attack on October 7, 2023 shocked the region.'), 'Attack');
});

test('summaries drop opening connectors and end with a stop', () => {
  assert.equal(buildSummary('However, ultimately, the talks collapsed in May'), 'The talks collapsed in May.');
});
