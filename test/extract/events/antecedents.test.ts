import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ActorEntry, ActorMention } from '../../../lib/extract/actors/types';
import { Antecedents } from '../../../lib/extract/events/antecedents';

const entry = (slug: string, name: string, kind: ActorEntry['kind']): ActorEntry => ({ slug, name, kind, aliases: [], affiliation: null, roles: [], demonyms: [] });
const bySlug = new Map([entry('jane-roe', 'Jane Roe', 'person'), entry('john-doe', 'John Doe', 'person'), entry('acme', 'Acme', 'organization')].map((e) => [e.slug, e]));

function mentionsOf(sentence: string, names: [string, string][]): ActorMention[] {
  return names.map(([text, slug]) => ({ slug, text, start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length, rule: 'alias' }));
}

test('"she" is the person named last, passing over one named inside a prepositional phrase', () => {
  const antecedents = new Antecedents(bySlug, new Map());
  const first = 'Jane Roe was born in 1935.';
  antecedents.remember(first, mentionsOf(first, [['Jane Roe', 'jane-roe']]));
  const second = 'She studied under the sculptor John Doe, who taught in Lyon.';
  antecedents.remember(second, mentionsOf(second, [['John Doe', 'john-doe']]));
  assert.equal(antecedents.before('Later she moved.', [], 6)('she')?.slug, 'jane-roe');
});

test('negative: a person named as a subject becomes the antecedent; an organisation never answers "she"', () => {
  const antecedents = new Antecedents(bySlug, new Map());
  const sentence = 'Jane Roe met John Doe; Acme hired him.';
  antecedents.remember(sentence, mentionsOf(sentence, [['Jane Roe', 'jane-roe'], ['John Doe', 'john-doe'], ['Acme', 'acme']]));
  assert.equal(antecedents.before('He left.', [], 0)('he')?.slug, 'john-doe');
  assert.equal(antecedents.before('It grew.', [], 0)('it')?.slug, 'acme');
});

test('a person named with a body\'s possessive title brings that body along ("Acme\'s chief Jane Roe … she")', () => {
  const antecedents = new Antecedents(bySlug, new Map());
  const sentence = "Acme's chief Jane Roe signed the order.";
  antecedents.remember(sentence, mentionsOf(sentence, [['Acme', 'acme'], ['chief Jane Roe', 'jane-roe']]));
  assert.deepEqual(antecedents.before('She announced it.', [], 0)('she'), { name: 'Jane Roe', slug: 'jane-roe', owner: 'acme' });
});

test('negative: a person\'s possessive is no owner ("John Doe\'s lawyer Jane Roe")', () => {
  const antecedents = new Antecedents(bySlug, new Map());
  const sentence = "John Doe's lawyer Jane Roe filed the appeal.";
  antecedents.remember(sentence, mentionsOf(sentence, [['John Doe', 'john-doe'], ['lawyer Jane Roe', 'jane-roe']]));
  assert.deepEqual(antecedents.before('She spoke.', [], 0)('she'), { name: 'Jane Roe', slug: 'jane-roe' });
});

test('"it" opening a sentence continues the body the previous one opened on, not the last one it named', () => {
  const antecedents = new Antecedents(bySlug, new Map([['beta', entry('beta', 'Beta', 'organization')]]));
  const first = 'Acme bought the firm Beta in March.';
  antecedents.remember(first, mentionsOf(first, [['Acme', 'acme'], ['Beta', 'beta']]));
  assert.equal(antecedents.before('It wrote down the deal in July.', [], 0)('it')?.slug, 'acme');
  const later = 'Analysts in Vell said it was costly.';
  assert.equal(antecedents.before(later, [], later.indexOf(' it ') + 1)('it')?.slug, 'beta', 'negative: an "it" later in the sentence takes the last named');
});
