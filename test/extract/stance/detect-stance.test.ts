import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectStance } from '../../../lib/extract/stance/detect-stance';

test('each stance from its cue words', () => {
  assert.equal(detectStance('According to the ministry, the convoy was struck on Monday.'), 'reported');
  assert.equal(detectStance('The group allegedly planned the raid in March.'), 'alleged');
  assert.equal(detectStance('Officials denied any role in the attack.'), 'denied');
  assert.equal(detectStance('The army confirmed the strike on Tuesday.'), 'confirmed');
  assert.equal(detectStance('The delegation met the minister in June.'), 'stated');
});

test('a denial outranks the reporting channel; negative: cue words inside other words do not count', () => {
  assert.equal(detectStance('The agency reported that Tehran denied the claims.'), 'denied');
  assert.equal(detectStance('The undenied prestige of the reportedly-minded… '), 'stated');
});
