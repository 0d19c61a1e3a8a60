import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ParameterError } from '../../lib/query/parameter-error';
import { DEFAULT_VIEW_STATE, parseViewState, viewStateHref, viewStateParams } from '../../lib/view-state/view-state';

const parse = (query: string) => parseViewState(new URLSearchParams(query));

function rejects(query: string, parameter: string) {
  assert.throws(() => parse(query), (error: unknown) => error instanceof ParameterError && error.parameter === parameter);
}

describe('parseViewState', () => {
  it('gives the default view for no parameters', () => {
    assert.deepEqual(parse(''), DEFAULT_VIEW_STATE);
  });

  it('reads the filter, lanes, selection, view and window', () => {
    const state = parse('actor=hamas&actor=iran&mode=all&affiliated=false&source=a-b&from=2023&to=2024-02&q=Tehran'
      + '&group=source&event=evt_0c1d6207cc1b&view=list&start=2023-10-01&end=2023-10-31');
    assert.deepEqual(state.filter.actors, ['hamas', 'iran']);
    assert.equal(state.filter.mode, 'all');
    assert.equal(state.filter.affiliated, false);
    assert.equal(state.filter.from, '2023-01-01');
    assert.equal(state.filter.to, '2024-02-29');
    assert.equal(state.group, 'source');
    assert.equal(state.event, 'evt_0c1d6207cc1b');
    assert.equal(state.view, 'list');
    assert.deepEqual(state.window, { start: '2023-10-01', end: '2023-10-31' });
  });

  it('round-trips through its canonical parameters', () => {
    const query = 'actor=hamas&actor=hezbollah&mode=all&affiliated=false&source=met&from=2020-01-01&to=2024-12-31'
      + '&q=Beirut+strike&group=none&view=list&event=evt_abcdef&start=1999-12-31&end=2000-01-01';
    const state = parse(query);
    assert.deepEqual(parse(viewStateParams(state).toString()), state);
    assert.equal(viewStateParams(state).toString(), query);
  });

  it('leaves defaults out of the address', () => {
    assert.equal(viewStateHref(DEFAULT_VIEW_STATE), '/');
    assert.equal(viewStateHref({ ...DEFAULT_VIEW_STATE, group: 'actor', view: 'timeline' }), '/');
    assert.equal(viewStateHref({ ...DEFAULT_VIEW_STATE, view: 'list' }), '/?view=list');
  });

  it('names the parameter it rejects', () => {
    rejects('group=people', 'group');
    rejects('view=grid', 'view');
    rejects('view=list&view=timeline', 'view');
    rejects('event=42', 'event');
    rejects('event=evt_<script>', 'event');
    rejects('start=2023-10-01', 'end');
    rejects('end=2023-10-01', 'start');
    rejects('start=2023-10&end=2023-11-01', 'start');
    rejects('start=2023-02-30&end=2023-03-01', 'start');
    rejects('start=2023-10-02&end=2023-10-01', 'end');
    rejects('actor=Hamas', 'actor');
    rejects('from=2024&to=2023', 'to');
  });
});
