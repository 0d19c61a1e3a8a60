import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ParameterError } from '../../lib/query/parameter-error';
import { parseTimelineWindowRequest } from '../../lib/query/timeline-window';

const parse = (query: string) => parseTimelineWindowRequest(new URLSearchParams(query));

describe('parseTimelineWindowRequest', () => {
  it('reads the window and the grouping', () => {
    assert.deepEqual(parse('start=2023-01&end=2023&group=actor'), { start: '2023-01-01', end: '2023-12-31', group: 'actor' });
    assert.equal(parse('start=2020&end=2021').group, 'none');
  });

  it('names what is missing or wrong', () => {
    for (const [query, parameter] of [['end=2023', 'start'], ['start=2023', 'end'], ['start=2024&end=2023', 'end'],
      ['start=2023&end=2023&group=lane', 'group'], ['start=1e9&end=2023', 'start']] as const) {
      assert.throws(() => parse(query), (error: unknown) => error instanceof ParameterError && error.parameter === parameter);
    }
  });
});
