import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseText, repairTags } from '../../../lib/extract/language';
import { regularLemma } from '../../../lib/extract/language/repair-tags';

const verbs = (text: string) => repairTags(analyseText(text)).tokens.filter((t) => t.pos === 'VERB').map((t) => `${t.text}/${t.lemma}`);

test('in a line with no verb, the -s word after the subject\'s noun is its present-tense verb', () => {
  assert.deepEqual(verbs('- 12 March 2020: The municipal council votes 31–4 in favour of the eastern route.'), ['votes/vote']);
  assert.deepEqual(verbs('- 19 February: A tunnel-boring machine stalls in fractured rock.'), ['stalls/stall']);
});

test('negative: a text with a verb is left as tagged; a plural that is no verb form stays a noun', () => {
  assert.deepEqual(verbs('The council votes were counted on Monday.'), ['counted/count']);
  assert.deepEqual(verbs('Equipment deliveries in March.'), []);
});

test('an -ed word tagged as an adjective between a noun and an object is a past verb, with the verb\'s lemma', () => {
  assert.ok(verbs('In June a nine-day walkout paralysed the country\'s ports.').includes('paralysed/paralyse'));
});

test('negative: an -ed adjective before a noun or after a verb stays an adjective', () => {
  assert.deepEqual(verbs('The injured workers were treated.').filter((v) => v.startsWith('injured')), []);
});

test('regular past forms give back their lemma', () => {
  assert.deepEqual(['paralysed', 'halted', 'stopped', 'carried', 'closed', 'launched'].map(regularLemma), ['paralyse', 'halt', 'stop', 'carry', 'close', 'launch']);
});
