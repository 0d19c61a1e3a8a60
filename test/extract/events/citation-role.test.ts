import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../../../lib/extract/dates';
import { citationRole } from '../../../lib/extract/events/citation-role';
import { clauseSpans } from '../../../lib/extract/events/clause-spans';
import { datedHappenings } from '../../../lib/extract/events/dated-happenings';

const context = { referenceDate: '2024-06-01', referenceLabel: 'publication date', narrative: null, previousEvent: null, paragraph: 1 };

/** The role of the citation of the happening written `happening` (null: the bare date reference). */
function roleOf(sentence: string, happening: string | null) {
  const { items, tokens } = datedHappenings(sentence, findDates(sentence, context));
  const clauses = clauseSpans(sentence, items);
  const at = items.findIndex((item) => (item.happening?.text ?? null) === happening);
  assert.ok(at >= 0, `no item for ${happening} in ${JSON.stringify(items.map((item) => item.happening?.text ?? null))}`);
  return citationRole(sentence, tokens, clauses[at], items[at]);
}

test('a happening noun that only times another clause is a mention, with the words that name it so', () => {
  assert.deepEqual(roleOf('Since the 2019 Vell strike, Acme has doubled its prices.', 'strike'), { role: 'mention', roleBasis: 'Since the 2019 Vell strike' });
  assert.deepEqual(roleOf('After the flood on May 3, 2019, the council met.', 'flood'), { role: 'mention', roleBasis: 'After the flood on May 3, 2019' });
  assert.deepEqual(roleOf('Ruritania’s exports fell in the wake of the 2020 blockade.', 'blockade'), { role: 'mention', roleBasis: 'in the wake of the 2020 blockade' });
  assert.deepEqual(roleOf('On the eve of its May 3, 2019 vote, the council adjourned.', 'vote'), { role: 'mention', roleBasis: 'On the eve of its May 3, 2019 vote' });
});

test('a bare date standing for a happening is a mention, its bound word kept', () => {
  assert.deepEqual(roleOf('Prices have risen since May 3.', null), { role: 'mention', roleBasis: 'since May 3' });
});

test('negative: a clause whose own happening it is reports it', () => {
  assert.deepEqual(roleOf('The Vell strike on May 3, 2019 closed the ports.', 'strike'), { role: 'report', roleBasis: null });
  assert.deepEqual(roleOf('Acme struck the depot on May 3, 2019.', 'struck'), { role: 'report', roleBasis: null });
  // The verb is the cited happening; the timing noun before it belongs to another citation.
  assert.deepEqual(roleOf('During the 2015 Vell Games, officials met on June 2, 2015.', 'met'), { role: 'report', roleBasis: null });
});

test('negative: a timing noun followed by a clause telling what happened in it is reported', () => {
  assert.deepEqual(roleOf('Since the May 3, 2019 flood, in which 40 people died, Acme has rebuilt the dam.', 'flood'), { role: 'report', roleBasis: null });
  assert.deepEqual(roleOf('In the wake of the 2020 blockade that closed the straits, exports fell.', 'blockade'), { role: 'report', roleBasis: null });
  // "that" after a comma opens the next clause ("that country"), which tells nothing of the war.
  assert.deepEqual(roleOf('Since the 2011 war, that country has rebuilt its army.', 'war'), { role: 'mention', roleBasis: 'Since the 2011 war' });
});
