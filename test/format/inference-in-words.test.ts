import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inferenceInWords, ruleInWords } from '../../lib/format/inference-in-words';

/** Every rule the extractor writes into `Inference.rule` (grep `rule: '` in lib/extract). */
const RULES = [
  'earlier-full-date', 'narrative-year', 'sentence-year', 'reference-year', 'relative-to-reference',
  'named-period-from-reference', 'weekday-from-reference', 'relative-to-previous-event', 'relative-to-sentence-date',
  'relative-to-speech-date', 'known-happening', 'narrative-day', 'same-episode', 'caption-date',
];

describe('inferenceInWords', () => {
  it('says in plain words what the date was worked out from', () => {
    assert.equal(
      inferenceInWords({ rule: 'relative-to-previous-event', anchor: 'Onset of the First Intifada (¶14)' }),
      'counted from the report of “Onset of the First Intifada” (¶14)',
    );
    assert.equal(
      inferenceInWords({ rule: 'relative-to-speech-date', anchor: '“Sept. 2019” (¶2)' }),
      'counted from the date of the speech quoted, “Sept. 2019” (¶2)',
    );
    assert.equal(
      inferenceInWords({ rule: 'caption-date', anchor: 'photo caption dated 2025-02-08 (¶3)' }),
      'day taken from a photo caption dated 8 February 2025 (¶3)',
    );
    assert.equal(
      inferenceInWords({ rule: 'weekday-from-reference', anchor: 'estimated publication date (known only to the month)' }),
      'day of the week placed by the article’s estimated publication date (known only to the month)',
    );
    assert.equal(
      inferenceInWords({ rule: 'reference-year', anchor: 'publication date 2023-10-22' }),
      'year taken from the article’s publication date 22 October 2023',
    );
  });

  it('negative: no rule name reaches a reader, known or not', () => {
    for (const rule of [...RULES, 'some-future-rule']) {
      const words = [ruleInWords(rule), inferenceInWords({ rule, anchor: '“2023” (¶6)' })];
      for (const text of words) {
        assert.ok(!text.includes(rule), `${rule}: ${text}`);
        assert.doesNotMatch(text, /\b[a-z]+-[a-z]+-[a-z]+\b/, text);
      }
    }
    assert.equal(ruleInWords('some-future-rule'), 'worked out from the text');
  });

  it('gives each known rule its own words', () => {
    assert.equal(new Set(RULES.map(ruleInWords)).size, RULES.length);
  });
});
