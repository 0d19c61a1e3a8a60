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

test('with a focus, an aside about another noun does not present the cited happening', () => {
  const quote = 'The visit, confirmed by state media and officials, comes after the October 7, 2023 massacre.';
  const focus = { start: quote.indexOf('October'), end: quote.indexOf(' massacre') + ' massacre'.length, family: 'attack' };
  assert.equal(detectStance(quote, focus), 'stated');
  // Without the focus the whole quote is read, as before.
  assert.equal(detectStance(quote), 'confirmed');
});

test('negative: an aside right after the happening, or framing the clause, still counts', () => {
  const attack = 'The attack, confirmed by the army, killed 12 on May 3.';
  assert.equal(detectStance(attack, { start: 4, end: 10, family: 'attack' }), 'confirmed');
  const framed = 'Hamas, according to officials, attacked on May 3.';
  assert.equal(detectStance(framed, { start: framed.indexOf('attacked'), end: framed.length - 1, family: 'attack' }), 'reported');
  const inside = 'Officials said the strike, denied by the army, hit the convoy on May 3.';
  assert.equal(detectStance(inside, { start: inside.indexOf('strike'), end: inside.indexOf('strike') + 6, family: 'attack' }), 'denied');
});

test('a report is not “reported” by its own words; negative: what it reports is', () => {
  const report = 'In 2015, The Telegraph reported that Iran was funding tunnels.';
  assert.equal(detectStance(report, { start: 0, end: report.indexOf('reported') + 8, family: 'report' }), 'stated');
  const met = 'It was reported in April that the envoys met in Damascus.';
  assert.equal(detectStance(met, { start: met.indexOf('April'), end: met.indexOf('met ') + 3, family: 'meeting' }), 'reported');
});
