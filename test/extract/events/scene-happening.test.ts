import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../../../lib/extract';
import { parseGazetteer } from '../../../lib/extract/actors';

const gazetteer = parseGazetteer('actors:\n  - slug: dana-whitfield\n    name: Dana Whitfield\n    kind: person\n', 'test.yaml');
const read = (published: string | null, paragraphs: string[]) =>
  extractArticle({ slug: 'report', title: null, published, paragraphs }, { gazetteer }).events.map((e) => `${e.date.start} ${e.title} [${e.actors.join(',')}] ${e.date.inferred?.rule ?? ''}`.trim());

test('undated past-tense happenings after a report of its own day are that day’s, inferred from it; a pronoun subject is its antecedent', () => {
  assert.deepEqual(read('2024-05-10', [
    'Dana Whitfield opened the new plant in Leeds on Thursday.',
    'She demonstrated the assembly line to reporters.',
  ]), [
    '2024-05-09 Dana Whitfield opens new plant in Leeds [dana-whitfield] weekday-from-reference',
    '2024-05-09 Dana Whitfield demonstrates assembly line to reporters [dana-whitfield] narrative-day',
  ]);
});

test('negative: no scene for a day long before publication, an estimated publication date, a present tense or a pluperfect', () => {
  const history = ['The plant opened on May 3, 1998.', 'Workers assembled the first cars.'];
  assert.equal(read('2024-05-10', history).length, 1);
  const news = ['Dana Whitfield opened the new plant on Thursday.', 'The plant employs 300 people.', 'She had founded the firm.'];
  assert.equal(read('2024-05-10', news).length, 1);
  assert.equal(read(null, ['Dana Whitfield opened the plant on May 9, 2024.', 'She thanked the workers.']).length, 1);
});

test('after a background paragraph the day resumes when its actor is named again; a date after the day does not end it', () => {
  const events = read('2024-05-10', [
    'Dana Whitfield opened the new plant in Leeds on Thursday.',
    'In 2019, the council rejected the first plan for the site.',
    'Whitfield demonstrated the assembly line to reporters.',
    'She announced that a second line would open in 2026.',
    'She thanked the workers.',
  ]);
  assert.ok(events.some((e) => e.startsWith('2024-05-09 Whitfield demonstrates') && e.endsWith('narrative-day')));
  assert.ok(events.some((e) => e.startsWith('2024-05-09 Dana Whitfield thanks') && e.endsWith('narrative-day')));
});

test('negative: after background, a sentence without the day’s actor stays undated; a statement by someone else is not the day’s', () => {
  const aside = read('2024-05-10', [
    'Dana Whitfield opened the new plant in Leeds on Thursday.',
    'In 2019, the council rejected the first plan for the site.',
    'Residents protested outside the town hall.',
  ]);
  assert.ok(!aside.some((e) => e.includes('Residents')));
  const outsider = read('2024-05-10', [
    'Dana Whitfield opened the new plant in Leeds on Thursday.',
    '"It is a good day for the town," said Councillor Amir Patel.',
  ]);
  assert.equal(outsider.length, 1);
});
