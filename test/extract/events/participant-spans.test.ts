import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../../../lib/extract/dates';
import { datedHappenings } from '../../../lib/extract/events/dated-happenings';
import { participantSpans } from '../../../lib/extract/events/participant-spans';

const context = { referenceDate: '2024-06-01', referenceLabel: 'publication date', narrative: null, previousEvent: null, paragraph: 1 };

/** The participant phrases of the sentence's dated happening, as written, and the happening's words. */
function read(sentence: string): { happening: string; spans: string[] } {
  const { items, tokens } = datedHappenings(sentence, findDates(sentence, context));
  const happening = items.find((item) => item.happening)!.happening!;
  const { spans } = participantSpans(tokens, happening, { start: 0, end: sentence.length });
  return { happening: happening.text, spans: spans.map((span) => sentence.slice(span.start, span.end).trim()) };
}

const joined = (sentence: string) => read(sentence).spans.join(' | ');

test('a verb\'s subject (with its possessor) and its object are its participants', () => {
  const { happening, spans } = read("In May 2021, Ruritania's army attacked the border town of Vell.");
  assert.equal(happening, 'attacked');
  assert.ok(spans.some((span) => span.includes("Ruritania's army")));
  assert.ok(spans.some((span) => span.includes('the border town of Vell')));
});

test('the subject reaches across an appositive; negative: a leading adverbial is no part of it', () => {
  const text = joined('After the vote, Jane Roe, the chief executive of Acme Corp, resigned on March 3, 2024.');
  assert.match(text, /Jane Roe, the chief executive of Acme Corp/);
  assert.doesNotMatch(text, /vote/);
});

test('a verb of saying: its speaker, not what was said; negative: one addressed is a participant', () => {
  const said = joined('On March 4, 2024, the ministry said that the union had broken the deal.');
  assert.match(said, /the ministry/);
  assert.doesNotMatch(said, /union/);
  assert.match(joined('On March 4, 2024, the minister warned the union.'), /the union/);
});

test('a passive\'s agent after "by" is a participant', () => {
  assert.match(joined('The plant was closed by Acme Corp in 2019.'), /by Acme Corp/);
});

test('arguments stop at a relative clause about something else', () => {
  const text = joined('In 2012 the firm moved its offices to Oslo, which angered the city council.');
  assert.match(text, /the firm/);
  assert.doesNotMatch(text, /council/);
});

test('a verb coordinated after the date keeps its arguments; negative: a noun phrase after the date does not', () => {
  assert.match(joined('The envoy visited Vell in April 2023 and met with union leaders.'), /union leaders/);
  assert.doesNotMatch(joined('The envoy visited Vell in April 2023 and the talks with union leaders failed.'), /union leaders/);
});

test('a happening noun: its modifiers and complements; negative: the rest of its sentence', () => {
  const text = joined('The Saudi attack on Yemen in March 2015 strained ties between Acme and Beta.');
  assert.match(text, /Saudi/);
  assert.match(text, /on Yemen/);
  assert.doesNotMatch(text, /Beta/);
});

test('a participle after a noun ("the delegation headed by X") shares the subject of the verb it depends on', () => {
  const text = joined('The minister later met with the delegation headed by Jane Roe in January 2023.');
  assert.match(text, /The minister/);
  assert.match(text, /Jane Roe/);
});

test('"according to" reports no happening: the report is the happening, its author a participant; negative: not what it reports', () => {
  const { happening, spans } = read('According to a 2020 Department of State report, Ruritania pays the militia.');
  assert.match(happening, /report/);
  assert.ok(spans.some((span) => span.includes('Department of State')));
  assert.ok(!spans.some((span) => span.includes('Ruritania')));
});

test('a noun after an "-ing" word has no governing verb\'s subject; negative: after a finite verb it does', () => {
  assert.doesNotMatch(joined("Tehran started violating its commitments following Vell's withdrawal from the deal in May 2018."), /Tehran/);
  assert.match(joined('On October 7, 2023, the militia launched its attack on the town.'), /the militia/);
});

test('a subject reaches over a bracketed aside, and over a clause cut right before its verb', () => {
  const sentence = 'Acme Corp (NASDAQ: ACME), a maker of pumps, today announced that it had agreed to buy Beta Ltd.';
  const { items, tokens } = datedHappenings(sentence, findDates(sentence, context));
  const happening = items.find((item) => item.happening)!.happening!;
  const cut = { start: sentence.indexOf('today'), end: sentence.length };
  const { spans } = participantSpans(tokens, happening, cut);
  assert.ok(spans.some((span) => sentence.slice(span.start, span.end).startsWith('Acme Corp (NASDAQ: ACME), a maker of pumps')));
  // Negative: what it announced is not its participant.
  assert.ok(!spans.some((span) => sentence.slice(span.start, span.end).includes('Beta')));
});
