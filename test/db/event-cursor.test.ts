import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeCursor, encodeCursor } from '../../lib/db/queries/event-cursor';
import { ParameterError } from '../../lib/query/parameter-error';

describe('event cursors', () => {
  it('round-trip the sort key', () => {
    const key = { start: '2023-10-07', end: '2023-10-08', id: 'evt_0123456789ab-2' };
    const cursor = encodeCursor(key);
    assert.match(cursor, /^[A-Za-z0-9_-]+$/);
    assert.deepEqual(decodeCursor(cursor), key);
  });

  it('reject anything this API did not issue, naming cursor', () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const bad = [
      '', 'not a cursor', '%%%', 'x'.repeat(600), Buffer.from('{').toString('base64url'),
      encode(['2023-10-07', '2023-10-08']), encode({ start: '2023-10-07' }), encode([1, 2, 3]),
      encode(['2023', '2023-10-08', 'evt_1']), encode(['2023-10-07', '2023-10-08', '']),
      encode(["2023-10-07' OR 1=1 --", '2023-10-08', 'evt_1']),
    ];
    for (const cursor of bad) {
      assert.throws(() => decodeCursor(cursor), (error: unknown) => error instanceof ParameterError && error.parameter === 'cursor', cursor);
    }
  });
});
