import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corroborationInWords, disagreementInWords } from '../../lib/format/corroboration-words';

test('sources and passages, singular and plural, mentions apart', () => {
  assert.equal(corroborationInWords({ sourceCount: 3, passageCount: 7 }), '3 sources · 7 passages');
  assert.equal(corroborationInWords({ sourceCount: 1, passageCount: 1, mentionCount: 0 }), '1 source · 1 passage');
  assert.equal(corroborationInWords({ sourceCount: 1, passageCount: 2, mentionCount: 1 }), '1 source · 2 passages · 1 mention in passing');
});

test('negative: an event no passage reports is not "0 sources"', () => {
  assert.equal(corroborationInWords({ sourceCount: 0, passageCount: 0, mentionCount: 2 }), 'Only mentioned in passing (2 mentions)');
  assert.equal(corroborationInWords({ sourceCount: 0, passageCount: 0 }), 'Only mentioned in passing');
});

test('the measures the sources disagree on', () => {
  assert.equal(disagreementInWords(['killed']), 'Sources disagree on killed');
  assert.equal(disagreementInWords(['abducted', 'killed', 'wounded']), 'Sources disagree on abducted, killed and wounded');
});
