import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GoldError } from '../../lib/eval/gold-error';
import { parseGold } from '../../lib/eval/parse-gold';

const VALID = `# header
- id: oct7-attack
  what: Hamas-led attack on Israel
  start: 2023-10-07
  end: 2023-10-07
  precision: day
  actors: [hamas, israel]
  citations:
    - { source: a, paragraph: 9 }
- id: june-visit
  what: Delegation visits Tehran
  start: 2023-06-01
  end: 2023-06-30
  precision: month
  actors: []
  citations:
    - { source: b, paragraph: 27 }
`;

function errorOf(text: string): GoldError {
  try {
    parseGold(text, 'gold.yaml');
  } catch (error) {
    assert.ok(error instanceof GoldError);
    return error;
  }
  assert.fail('expected a GoldError');
}

describe('parseGold', () => {
  it('reads events with dates kept as ISO strings', () => {
    const events = parseGold(VALID, 'gold.yaml');
    assert.equal(events.length, 2);
    assert.deepEqual(events[0], {
      id: 'oct7-attack',
      what: 'Hamas-led attack on Israel',
      start: '2023-10-07',
      end: '2023-10-07',
      precision: 'day',
      actors: ['hamas', 'israel'],
      citations: [{ source: 'a', paragraph: 9 }],
    });
  });

  it('names file and line of a bad field', () => {
    const error = errorOf(VALID.replace('precision: month', 'precision: monthly'));
    assert.equal(error.line, 14);
    assert.match(error.message, /^gold\.yaml:14: 1\.precision: /);
  });

  it('points a missing field at its event', () => {
    const error = errorOf(VALID.replace('  what: Delegation visits Tehran\n', ''));
    assert.equal(error.line, 10);
    assert.match(error.message, /1\.what/);
  });

  it('refuses a span that does not fit its precision', () => {
    const error = errorOf(VALID.replace('end: 2023-06-30', 'end: 2023-06-29'));
    assert.equal(error.line, 12);
    assert.match(error.message, /june-visit: a month span/);
  });

  it('refuses an impossible date', () => {
    assert.match(errorOf(VALID.replace('start: 2023-10-07', 'start: 2023-02-30')).message, /gold\.yaml:4: 0\.start: must be a full ISO date/);
  });

  it('refuses a duplicate id and a duplicate citation', () => {
    assert.match(errorOf(VALID.replace('id: june-visit', 'id: oct7-attack')).message, /gold\.yaml:10: id "oct7-attack" is already used at line 2/);
    const twice = VALID.replace('    - { source: a, paragraph: 9 }', '    - { source: a, paragraph: 9 }\n    - { source: a, paragraph: 9 }');
    assert.match(errorOf(twice).message, /gold\.yaml:10: oct7-attack: a#9 is cited twice/);
  });

  it('names the line of a YAML syntax error', () => {
    assert.match(errorOf('- id: [unclosed\n').message, /^gold\.yaml:\d+: not valid YAML/);
  });
});
