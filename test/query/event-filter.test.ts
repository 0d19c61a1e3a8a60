import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPTY_FILTER, eventFilterParams, parseEventFilter } from '../../lib/query/event-filter';
import { ParameterError } from '../../lib/query/parameter-error';

const parse = (query: string) => parseEventFilter(new URLSearchParams(query));

function rejects(query: string, parameter: string) {
  assert.throws(() => parse(query), (error: unknown) => error instanceof ParameterError && error.parameter === parameter);
}

describe('parseEventFilter', () => {
  it('gives the empty filter for no parameters', () => {
    assert.deepEqual(parse(''), EMPTY_FILTER);
  });

  it('reads repeated actors and sources, once each', () => {
    const filter = parse('actor=hamas&actor=hezbollah&actor=hamas&source=met-four-times');
    assert.deepEqual(filter.actors, ['hamas', 'hezbollah']);
    assert.deepEqual(filter.sources, ['met-four-times']);
  });

  it('widens years and months to the days they span', () => {
    const filter = parse('from=2023&to=2024-02');
    assert.equal(filter.from, '2023-01-01');
    assert.equal(filter.to, '2024-02-29');
  });

  it('reads mode, affiliation, precision and free text', () => {
    const filter = parse('mode=all&affiliated=false&precision=day&precision=month&q=%20Tehran%20%20visit%20');
    assert.equal(filter.mode, 'all');
    assert.equal(filter.affiliated, false);
    assert.deepEqual(filter.precisions, ['day', 'month']);
    assert.equal(filter.q, 'Tehran visit');
  });

  it('names the parameter it rejects', () => {
    rejects('from=2023-13', 'from');
    rejects('from=2023-02-30', 'from');
    rejects('to=yesterday', 'to');
    rejects('from=2024&to=2023', 'to');
    rejects('mode=some', 'mode');
    rejects('mode=any&mode=all', 'mode');
    rejects('actor=Hamas', 'actor');
    rejects("actor=hamas'%20OR%201=1--", 'actor');
    rejects('precision=hour', 'precision');
    rejects(`q=${'a'.repeat(201)}`, 'q');
    rejects('q=%00', 'q');
    rejects('affiliated=yes', 'affiliated');
    rejects(Array.from({ length: 51 }, (_, i) => `actor=a${i}`).join('&'), 'actor');
  });

  it('writes canonical parameters that read back to the same filter', () => {
    const filter = parse('actor=hamas&mode=all&affiliated=false&source=a&from=2023-10&to=2023-10-31&q=raid&precision=day');
    assert.deepEqual(parse(eventFilterParams(filter).toString()), filter);
    assert.equal(eventFilterParams(EMPTY_FILTER).toString(), '');
  });
});
