import assert from 'node:assert/strict';
import { test } from 'node:test';
import { disagreementGroups } from '../../../components/events/disagreement-groups';

const place = (source: string, sourceTitle: string, paragraph: number, value: number, text: string) => ({ source, sourceTitle, paragraph, value, text });

test('each figure once, smallest first, with every source and paragraph giving it', () => {
  const groups = disagreementGroups({
    measure: 'killed',
    values: [
      place('vell-daily', 'Vell Daily', 4, 1400, '1,400'),
      place('acme-wire', 'Acme Wire', 1, 1200, 'over 1,200'),
      place('ruritania-post', 'Ruritania Post', 1, 1200, 'over 1,200'),
    ],
  });
  assert.deepEqual(groups, [
    { text: 'over 1,200', places: [{ source: 'acme-wire', sourceTitle: 'Acme Wire', paragraph: 1 }, { source: 'ruritania-post', sourceTitle: 'Ruritania Post', paragraph: 1 }] },
    { text: '1,400', places: [{ source: 'vell-daily', sourceTitle: 'Vell Daily', paragraph: 4 }] },
  ]);
});

test('negative: the same value written differently is not merged into one wording', () => {
  const groups = disagreementGroups({
    measure: 'abducted',
    values: [place('acme-wire', 'Acme Wire', 2, 240, 'more than 240'), place('vell-daily', 'Vell Daily', 3, 240, '240'), place('vell-daily', 'Vell Daily', 5, 250, '250')],
  });
  assert.deepEqual(groups.map((group) => group.text), ['240', 'more than 240', '250']);
});
