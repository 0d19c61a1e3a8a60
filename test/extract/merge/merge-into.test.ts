import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeInto } from '../../../lib/extract/merge/merge-into';
import type { ExtractedEvent } from '../../../lib/extract/types';
import { event } from './event-factory';

function asMention(e: ExtractedEvent, words: string): ExtractedEvent {
  return { ...e, citations: e.citations.map((c) => ({ ...c, role: 'mention' as const, roleBasis: words })) };
}

test('one spot read as a mention by one report and as a report by the other is a report', () => {
  const mention = asMention(event({ source: 'vell-daily', start: '2019-05-03', family: 'strike' }), 'since the strike');
  const report = event({ source: 'vell-daily', start: '2019-05-03', family: 'strike' });
  for (const [a, b] of [[mention, report], [report, mention]]) {
    const merged = mergeInto(a, b);
    assert.equal(merged.citations.length, 1);
    assert.deepEqual([merged.citations[0].role, merged.citations[0].roleBasis], ['report', null]);
  }
});

test('negative: a mention at its own spot stays a mention beside a report elsewhere', () => {
  const mention = asMention(event({ source: 'acme-wire', paragraph: 2, start: '2019-05-03', family: 'strike' }), 'since the strike');
  const merged = mergeInto(event({ source: 'vell-daily', start: '2019-05-03', family: 'strike' }), mention);
  assert.deepEqual(merged.citations.map((c) => [c.source, c.role, c.roleBasis]), [['acme-wire', 'mention', 'since the strike'], ['vell-daily', 'report', null]]);
});
