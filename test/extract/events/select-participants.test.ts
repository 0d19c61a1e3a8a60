import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ActorMention } from '../../../lib/extract/actors/types';
import { findDates } from '../../../lib/extract/dates';
import { datedHappenings } from '../../../lib/extract/events/dated-happenings';
import { selectParticipants } from '../../../lib/extract/events/select-participants';

const context = { referenceDate: '2024-06-01', referenceLabel: 'publication date', narrative: null, previousEvent: null, paragraph: 1 };

/** A mention of `slug` at the first place `text` is written in the sentence. */
function mention(sentence: string, text: string, slug: string, owner?: string): ActorMention {
  const start = sentence.indexOf(text);
  return { slug, start, end: start + text.length, text, rule: 'alias', ...(owner ? { owner } : {}) };
}

function participants(sentence: string, mentions: ActorMention[], antecedent: (pronoun: string) => string | null = () => null): string[] {
  const { items, tokens } = datedHappenings(sentence, findDates(sentence, context));
  const happening = items.find((item) => item.happening)!.happening!;
  const resolve = (pronoun: string) => {
    const slug = antecedent(pronoun);
    return slug ? { name: slug, slug } : null;
  };
  return selectParticipants({ tokens, happening, clause: { start: 0, end: sentence.length }, mentions, clauseMentions: mentions, antecedent: resolve }).sort();
}

test('actors named only in what was said, or in another clause, are no participants', () => {
  const sentence = 'On March 4, 2024, the Acme board said that Beta Corp had broken the deal, which angered Gamma.';
  const mentions = [mention(sentence, 'Acme', 'acme'), mention(sentence, 'Beta Corp', 'beta'), mention(sentence, 'Gamma', 'gamma')];
  assert.deepEqual(participants(sentence, mentions), ['acme']);
});

test('a possessive pronoun in a participant phrase stands for its antecedent; negative: none known, none added', () => {
  const sentence = 'In 2012 its leadership relocated to Oslo.';
  assert.deepEqual(participants(sentence, [], (pronoun) => (pronoun === 'it' ? 'acme' : null)), ['acme']);
  assert.deepEqual(participants(sentence, []), []);
});

test('a title\'s owner takes part with its holder', () => {
  const sentence = "In July 2022, Ruritania's foreign minister met the envoy.";
  assert.deepEqual(participants(sentence, [mention(sentence, "Ruritania's foreign minister", 'jane-roe', 'ruritania')]), ['jane-roe', 'ruritania']);
});

test('when the grammar places none of the clause\'s actors, they all stand; negative: otherwise the others are left out', () => {
  const fallback = 'Acme and Beta: a merger, in May 2021.';
  assert.deepEqual(participants(fallback, [mention(fallback, 'Acme', 'acme'), mention(fallback, 'Beta', 'beta')]), ['acme', 'beta']);
  const placed = 'Acme bought Beta in May 2021, according to Gamma.';
  assert.deepEqual(participants(placed, [mention(placed, 'Acme', 'acme'), mention(placed, 'Beta', 'beta'), mention(placed, 'Gamma', 'gamma')]), ['acme', 'beta']);
});

test('a happening noun that only times another clause takes none of that clause\'s actors', () => {
  const sentence = 'Since the Second Vell War in 2006, Acme has rebuilt its arsenal.';
  assert.deepEqual(participants(sentence, [mention(sentence, 'Acme', 'acme')]), []);
});

test('negative: a demonym in the happening noun\'s own phrase names its agent', () => {
  const sentence = 'Relations soured after the Ruritanian attack on Vell in 2015.';
  assert.deepEqual(participants(sentence, [mention(sentence, 'Ruritanian attack', 'ruritania')]), ['ruritania']);
});

test('a possessive after a subject naming no actor is that subject\'s own; negative: after a pronoun subject it stands for the antecedent', () => {
  const jury = 'The jury took nine hours to return its verdict on June 4.';
  assert.deepEqual(participants(jury, [], (pronoun) => (pronoun === 'it' ? 'acme' : null)), []);
  const pronoun = 'It returned its verdict on June 4.';
  assert.deepEqual(participants(pronoun, [], (word) => (word === 'it' ? 'acme' : null)), ['acme']);
});

test('an object pronoun is never taken for a subject: "them" before the infinitive the tagger reads in "to police" brings no actor', () => {
  const sentence = 'She reported them to police on 3 May 2022.';
  assert.deepEqual(participants(sentence, [], (word) => (word === 'they' || word === 'them' ? 'acme' : null)), []);
  const subject = 'They reported on 3 May 2022.';
  assert.deepEqual(participants(subject, [], (word) => (word === 'they' ? 'acme' : null)), ['acme'], 'negative: "they" as the subject does');
});
