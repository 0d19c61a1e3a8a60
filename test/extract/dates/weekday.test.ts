import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertDate, spans } from './helpers';

describe('weekday', () => {
  it('is the most recent such day on or before the reference date', () => {
    const mention = assertDate(
      'Iranian Supreme Leader Ali Khamenei’s statements to a Hamas delegation in Tehran on Saturday',
      ['Saturday', '2025-02-08', '2025-02-08', 'day'],
      { referenceDate: '2025-02-10' },
    );
    assert.deepEqual(mention.date.inferred, { rule: 'weekday-from-reference', anchor: 'publication date 2025-02-10' });
    assert.deepEqual(mention.rules, ['weekday', 'weekday-from-reference']);
  });
  it('is the reference date itself when it falls on that day', () => {
    assertDate('on Monday', ['Monday', '2025-02-10', '2025-02-10', 'day'], { referenceDate: '2025-02-10' });
  });
  it('in the genitive names what the day brought, already there, whatever cue comes before', () => {
    assertDate('they would look for ways around Wednesday’s ruling', ['Wednesday', '2025-02-05', '2025-02-05', 'day'], { referenceDate: '2025-02-10' });
    assertDate('they would appeal on Wednesday', ['Wednesday', '2025-02-12', '2025-02-12', 'day'], { referenceDate: '2025-02-10' });
  });
  it('is not part of a name', () => {
    assert.deepEqual(spans('The Sunday Telegraph reported; the Friday Prayer Imam of Mashhad'), []);
  });
  it('counts after a cue even before a capitalised word', () => {
    assert.deepEqual(spans('on Sunday Hamas said').map((s) => s[0]), ['Sunday']);
  });
});

describe('weekday with a part of the day', () => {
  it('takes "afternoon" or "morning" into the date', () => {
    assert.deepEqual(spans('An aftershock on Monday afternoon brought down a wing; he left yesterday morning.', { referenceDate: '2026-08-18' }).map((s) => s.slice(0, 2)), [
      ['Monday afternoon', '2026-08-17'],
      ['yesterday morning', '2026-08-17'],
    ]);
  });
  it('negative: a word only starting like a part of the day stays out ("Monday nightclub")', () => {
    assert.deepEqual(spans('On Monday nightclub owners protested.', { referenceDate: '2026-08-18' }).map((s) => s[0]), ['Monday']);
  });
});
