import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nearestYear } from '../../../../lib/extract/dates/refiners/reference-year';
import { spans } from '../helpers';

describe('reference-year', () => {
  it('takes the past occurrence for a past clause, the coming one for a future clause', () => {
    assert.equal(spans('They met on December 28.', { referenceDate: '2024-01-03' })[0][1], '2023-12-28');
    assert.equal(spans('The museum will open on March 3.', { referenceDate: '2024-02-20' })[0][1], '2024-03-03');
    assert.equal(spans('The delegation arrived on March 3.', { referenceDate: '2024-02-20' })[0][1], '2023-03-03');
  });
  it('takes the nearest day for a deadline or a bound', () => {
    assert.equal(spans('The dividend is payable Jan. 2 to holders of record.', { referenceDate: '1989-11-02' })[0][1], '1990-01-02');
    assert.equal(spans('The offer was extended to Nov. 20.', { referenceDate: '1989-11-02' })[0][1], '1989-11-20');
  });
  it('takes a month alone as past unless cued', () => {
    assert.equal(spans('He stepped down in March for health reasons.', { referenceDate: '1989-11-02' })[0][1], '1989-03-01');
    assert.equal(spans('Closing is expected in December.', { referenceDate: '1989-11-02' })[0][1], '1989-12-01');
    assert.equal(spans('The debt must be paid down by February.', { referenceDate: '1989-10-30' })[0][1], '1990-02-01');
  });
  it('nearestYear: the nearest in either direction; a month counts as near when the reference is inside it', () => {
    assert.equal(nearestYear([12, 28], false, '2024-01-03', 0), 2023);
    assert.equal(nearestYear([1, 2], false, '2023-12-30', 0), 2024);
    assert.equal(nearestYear([10, 1], true, '2023-10-22', -1), 2023);
    assert.equal(nearestYear([10, 1], true, '2023-10-22', 1), 2023);
  });
  it('negative: a narrative year, where one is set, still comes first', () => {
    assert.equal(spans('They met on June 3.', { referenceDate: '2025-02-10', narrative: { year: 2023, month: null, text: '2023', paragraph: 1 } })[0][1], '2023-06-03');
  });
});

describe('future dates and stated years', () => {
  it('a future clause does not take a past year stated earlier in the sentence or the narrative', () => {
    assert.equal(spans('Invited in July 1997, Poland will officially join on March 12.', { referenceDate: '1999-02-27' })[1][1], '1999-03-12');
    assert.equal(spans('He will travel to Washington on March 12.', { referenceDate: '1999-02-27', narrative: { year: 1997, month: null, text: '1997', paragraph: 1 } })[0][1], '1999-03-12');
  });
  it('negative: a past clause still takes them', () => {
    assert.equal(spans('Invited in July 1997, Poland joined on March 12.', { referenceDate: '1999-02-27' })[1][1], '1997-03-12');
  });
});
