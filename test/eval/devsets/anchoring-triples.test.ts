import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anchoringTriples } from '../../../lib/eval/devsets/anchoring-triples';
import { dateTimex, emptyGold, word } from './wikinews-fixtures';

// ¶2: "Apple said today that it launched the store in 2003."
const gold = emptyGold('a');
gold.timexes.a = [dateTimex(1, 0, 'June 9, 2008', '2008-06-09'), dateTimex(2, 17, 'today', '2008-06-09'), dateTimex(2, 47, '2003', '2003')];
gold.events.a = [word(2, 6, 'said'), word(2, 32, 'launched'), word(3, 0, 'sold')];

describe('anchoringTriples', () => {
  it('ties each event word to the nearest date of its paragraph', () => {
    const triples = anchoringTriples(gold);
    assert.deepEqual(
      triples.map((triple) => [triple.source, triple.paragraph, triple.value, triple.mentions.map((mention) => mention.text)]),
      [
        ['a', 2, '2008-06-09', ['said']],
        ['a', 2, '2003', ['launched']],
      ],
    );
    assert.deepEqual(triples[1].date, { start: '2003-01-01', end: '2003-12-31', precision: 'year' });
  });

  it('makes no triple for a paragraph without a date, nor from the dateline to other paragraphs', () => {
    assert.ok(anchoringTriples(gold).every((triple) => triple.paragraph === 2));
  });

  it('takes the earlier date on a tie and makes one triple per value', () => {
    const tie = emptyGold('b');
    // "sold" is 2 characters from "May" and from the first "June": a tie.
    tie.timexes.b = [dateTimex(2, 0, 'May', '2008-05'), dateTimex(2, 11, 'June', '2008-06'), dateTimex(2, 30, 'June', '2008-06')];
    tie.events.b = [word(2, 5, 'sold'), word(2, 16, 'rose'), word(2, 36, 'fell')];
    assert.deepEqual(
      anchoringTriples(tie).map((triple) => [triple.value, triple.timexes.length, triple.mentions.map((mention) => mention.text)]),
      [
        ['2008-05', 1, ['sold']],
        ['2008-06', 2, ['rose', 'fell']],
      ],
    );
  });

  it('keeps a triple whose value is no calendar span, without a date, and ignores durations', () => {
    const odd = emptyGold('c');
    odd.timexes.c = [dateTimex(2, 0, 'now', 'PRESENT_REF'), { ...dateTimex(2, 20, 'six months', 'P6M'), type: 'DURATION' }];
    odd.events.c = [word(2, 4, 'sells'), word(2, 31, 'wait')];
    const triples = anchoringTriples(odd);
    assert.deepEqual(triples.map((triple) => [triple.value, triple.date, triple.mentions.length]), [['PRESENT_REF', null, 2]]);
  });
});
