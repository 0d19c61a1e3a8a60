import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseText, repairVerbless } from '../../../lib/extract/language';

const verbs = (text: string) => repairVerbless(analyseText(text)).tokens.filter((t) => t.pos === 'VERB').map((t) => `${t.text}/${t.lemma}`);

test('in a line with no verb, the -s word after the subject\'s noun is its present-tense verb', () => {
  assert.deepEqual(verbs('- 12 March 2020: The municipal council votes 31–4 in favour of the eastern route.'), ['votes/vote']);
  assert.deepEqual(verbs('- 19 February: A tunnel-boring machine stalls in fractured rock.'), ['stalls/stall']);
});

test('negative: a text with a verb is left as tagged; a plural that is no verb form stays a noun', () => {
  assert.deepEqual(verbs('The council votes were counted on Monday.'), ['counted/count']);
  assert.deepEqual(verbs('Equipment deliveries in March.'), []);
});
