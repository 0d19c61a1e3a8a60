import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timelineHref } from '../../../components/actors/timeline-href';
import { parseEventFilter } from '../../../lib/query/event-filter';

describe('timelineHref', () => {
  it('writes the timeline URL state: filter parameters, then the selected event', () => {
    assert.equal(timelineHref({}), '/');
    assert.equal(timelineHref({}, 'evt_0123abcd'), '/?event=evt_0123abcd');
    assert.equal(timelineHref({ actors: ['hamas'] }), '/?actor=hamas');
    assert.equal(timelineHref({ actors: ['hamas'], affiliated: false }, 'evt_0123abcd'), '/?actor=hamas&affiliated=false&event=evt_0123abcd');
    assert.equal(timelineHref({ actors: ['hamas', 'iran'], mode: 'all' }), '/?actor=hamas&actor=iran&mode=all');
  });

  it('gives links the shared filter parser reads back as meant', () => {
    const filter = { actors: ['quds-force'], affiliated: false, from: '2023-01-01', to: '2023-12-31' };
    const params = new URL(timelineHref(filter), 'http://x').searchParams;
    assert.deepEqual(parseEventFilter(params), { ...parseEventFilter(new URLSearchParams()), ...filter });
  });
});
