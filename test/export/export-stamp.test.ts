import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportStamp } from '../../lib/export/export-stamp';

describe('exportStamp', () => {
  it('is midnight UTC of the newest reference date, whatever the order of the sources', () => {
    const sources = [{ referenceDate: '2023-10-07' }, { referenceDate: '2025-03-05' }, { referenceDate: '2025-01-22' }];
    assert.equal(exportStamp(sources).toISOString(), '2025-03-05T00:00:00.000Z');
    assert.equal(exportStamp([...sources].reverse()).toISOString(), '2025-03-05T00:00:00.000Z');
  });

  it('is the Unix epoch when there are no sources', () => {
    assert.equal(exportStamp([]).getTime(), 0);
  });
});
