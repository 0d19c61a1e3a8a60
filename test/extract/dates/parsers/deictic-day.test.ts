import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertDate, spans } from '../helpers';

describe('deictic-day', () => {
  it('reads today, tonight, yesterday and tomorrow against the reference day', () => {
    assert.deepEqual(spans('Today he left; tonight she speaks; yesterday they met; tomorrow we vote.'), [
      ['Today', '2023-10-22', '2023-10-22', 'day'],
      ['tonight', '2023-10-22', '2023-10-22', 'day'],
      ['yesterday', '2023-10-21', '2023-10-21', 'day'],
      ['tomorrow', '2023-10-23', '2023-10-23', 'day'],
    ]);
  });
  it('crosses a month end', () => {
    assertDate('The council met yesterday.', ['yesterday', '2023-09-30', '2023-09-30', 'day'], { referenceDate: '2023-10-01' });
  });
  it('negative: not inside a longer word', () => {
    assert.deepEqual(spans('The todays and yesterdays of Todayville.'), []);
  });
});
