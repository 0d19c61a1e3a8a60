import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findHappenings } from '../../../lib/extract/events/find-happenings';

const read = (sentence: string, dates: { index: number; end: number }[] = []) => findHappenings(sentence, undefined, dates).map((h) => `${sentence.slice(h.index, h.end)}:${h.family}:${h.kind}`);

test('verbs and event nouns with their families; light verbs and chained nouns form one happening', () => {
  assert.deepEqual(read('The agency issued a report saying the envoys met in Geneva.'), ['issued a report:report:verb', 'saying:statement:verb', 'met:meeting:verb']);
  assert.deepEqual(read('Tensions rose after the outbreak of the civil war in 2011.'), ['rose:rise:verb', 'outbreak of the civil war:war:noun']);
  assert.deepEqual(read('Rebels launched their offensive at dawn.'), ['launched their offensive:attack:verb']);
});

test('a beginning that opens a trend or restates its noun is no happening of its own', () => {
  assert.deepEqual(read('Relations only began to develop in the 1990s.'), []);
  assert.deepEqual(read('The civil war, which began in 2011, displaced millions.'), ['war:war:noun', 'displaced:displace:verb']);
});

test('negative: words containing event words are not happenings', () => {
  assert.deepEqual(read('Warfare historians praised the author.'), ['praised:statement:verb']);
});

test('a noun naming what an earlier happening of its family was for is part of it', () => {
  assert.deepEqual(read('The visits by the two leaders in Beirut for meetings with the envoy drew notice.'), ['visits:meeting:noun', 'drew:draw:verb']);
  assert.deepEqual(read('The minister travelled to Geneva for talks.'), ['travelled:meeting:verb']);
});

test('negative: a purpose noun alone, or of another family, stays a happening', () => {
  assert.deepEqual(read('Officials flew to Geneva for meetings.'), ['flew:fly:verb', 'meetings:meeting:noun']);
  assert.deepEqual(read('The envoy visited Kyiv for the signing of the treaty.'), ['visited:meeting:verb', 'signing of the treaty:agreement:noun']);
});

test('predicates in any tense and voice, phrasal verbs, and event nouns no list of subjects names', () => {
  assert.deepEqual(read('The mayor walked across the bridge.'), ['walked:walk:verb']);
  assert.deepEqual(read('The firm filed for bankruptcy.'), ['filed:file:verb', 'bankruptcy:bankruptcy:noun']);
  assert.deepEqual(read('The ship was launched.'), ['launched:launch:verb']);
  assert.deepEqual(read('The regulator took over the bank.'), ['took over:takeover:verb']);
  assert.deepEqual(read('The chief executive stepped down.'), ['stepped down:resignation:verb']);
  assert.deepEqual(read('The museum will open on Friday.', [{ index: 21, end: 30 }]), ['open:open:verb']);
});

test('negative: denied, merely possible, gradual and attributive predicates are no happenings', () => {
  assert.deepEqual(read('The ministry did not approve the plan.'), []);
  assert.deepEqual(read('The plan could only be achieved later.'), []);
  assert.deepEqual(read('Relations between the two firms evolved.'), []);
  assert.deepEqual(read('Crowds crossed the rebuilt bridge.'), ['crossed:cross:verb']);
  assert.deepEqual(read('The board believes the plan includes cuts.'), ['cuts:cut:noun']);
});

test('negative: the words of a date are never a happening, and a word inside a name is none', () => {
  assert.deepEqual(read('They marched in March.', [{ index: 14, end: 22 }]), ['marched:march:verb']);
  assert.deepEqual(read('The Islamic Resistance Movement grew.'), []);
});

test('a name numbered by an ordinal is a happening in a series; negative: an ordinal inside another name is not', () => {
  assert.deepEqual(read('The group was founded at the onset of the First Intifada.').at(-1), 'onset of the First Intifada:intifada:noun');
  assert.ok(!read('The shop on First Avenue opened.').some((h) => h.startsWith('Avenue')));
});

test('becoming someone is a happening, becoming a quality is not', () => {
  assert.deepEqual(read('She became the first woman to lead the union.'), ['became:become:verb', 'lead:lead:verb']);
  assert.deepEqual(read('The risk became clear.'), []);
});

test('negative: a noun of a thing ending like an event noun is no happening; a listed one is', () => {
  assert.deepEqual(read('The sculpture stands in the square.'), []);
  assert.deepEqual(read('The closure of the plant shocked the town.'), ['closure:closure:noun', 'shocked:shock:verb']);
});

test('negative: a participle opening an object and a noun modifying another noun are no happenings', () => {
  assert.deepEqual(read('Rescuers searched collapsed buildings.'), ['searched:search:verb']);
  assert.deepEqual(read('The navy sent water purification units.'), ['sent:send:verb']);
});

test('negative: what almost or nearly happened did not happen', () => {
  assert.deepEqual(read('The mission almost ended last year.'), []);
  assert.deepEqual(read('The bank nearly collapsed in 2008.'), []);
});

test('negative: a participle hyphenated to the word before is part of an adjective', () => {
  assert.deepEqual(read('Shares in the Hamburg-based company fell.'), ['fell:fall:verb']);
});

test('an infinitive under a denied or modal word is no happening ("did not plan to remove")', () => {
  const verbs = (sentence: string) => findHappenings(sentence).map((h) => h.text);
  assert.ok(!verbs('Officials said they did not plan to remove the boy.').includes('remove'));
  assert.ok(!verbs('Reno said he would be free to leave the country.').includes('leave'));
  assert.ok(verbs('Officials said they planned to remove the boy.').includes('remove'), 'negative: an undenied plan keeps its infinitive');
});

test('a participle after a determiner qualifies the number after it ("an estimated 12,000 people"); negative: the main verb stays', () => {
  const verbs = findHappenings('Malaria killed an estimated 12,000 people in 2022.').map((h) => h.text);
  assert.deepEqual(verbs, ['killed']);
});

test('a participle before its noun after an adverb or a possessive describes the noun ("the company\'s first confirmed buyer"); negative: after a subject it is the verb', () => {
  assert.deepEqual(read("He was the company's first confirmed buyer."), []);
  assert.deepEqual(read('The newly elected mayor spoke.'), ['spoke:call:verb']);
  assert.deepEqual(read("The company's planned merger collapsed."), ['merger:merger:noun', 'collapsed:bankruptcy:verb']);
  assert.deepEqual(read('He quickly signed the agreement.'), ['signed the agreement:agreement:verb']);
});
