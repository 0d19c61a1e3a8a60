import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ActorEntry, ActorMention } from '../../../lib/extract/actors/types';
import { selectActors } from '../../../lib/extract/events/select-actors';

const state = (slug: string): ActorEntry => ({ slug, name: slug, kind: 'state', aliases: [], affiliation: null, roles: [], demonyms: [] });
const bySlug = new Map(['ruritania', 'vell', 'ostia'].map((slug) => [slug, state(slug)]));

function kept(sentence: string, names: string[]): string[] {
  const mentions: ActorMention[] = names.map((name) => ({ slug: name.toLowerCase(), text: name, start: sentence.indexOf(name), end: sentence.indexOf(name) + name.length, rule: 'alias' }));
  return selectActors(sentence, mentions, bySlug).map((mention) => mention.slug);
}

test('states listed after a locative preposition are places too', () => {
  assert.deepEqual(kept('The envoy paid visits to Ruritania, Vell, and Ostia.', ['Ruritania', 'Vell', 'Ostia']), []);
  assert.deepEqual(kept('The envoy went to Ruritania and Vell.', ['Ruritania', 'Vell']), []);
});

test('negative: a state acting after a listed place is an actor; so is one listed without a preposition', () => {
  assert.deepEqual(kept('The envoy went to Ruritania, where Vell signed the deal.', ['Ruritania', 'Vell']), ['vell']);
  assert.deepEqual(kept('Ruritania, Vell and Ostia signed the deal.', ['Ruritania', 'Vell', 'Ostia']), ['ruritania', 'vell', 'ostia']);
});

test('an attack\'s target after "into" is an actor; negative: the same words for another happening name a place', () => {
  const sentence = 'The militia fired rockets from Vell into Ruritania.';
  assert.deepEqual(selectActors(sentence, [mentionAt(sentence, 'Vell'), mentionAt(sentence, 'Ruritania')], bySlug, 'attack').map((m) => m.slug), ['ruritania']);
  assert.deepEqual(selectActors(sentence, [mentionAt(sentence, 'Vell'), mentionAt(sentence, 'Ruritania')], bySlug, 'relocation').map((m) => m.slug), []);
});

function mentionAt(sentence: string, name: string): ActorMention {
  return { slug: name.toLowerCase(), text: name, start: sentence.indexOf(name), end: sentence.indexOf(name) + name.length, rule: 'alias' };
}
