import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotedEvents, splitByQuotes } from '../../../components/source/paragraph-pieces';
import type { SourceParagraph } from '../../../lib/db/queries';

const quote = (start: number, end: number, eventId: string) => ({ start, end, eventId, eventTitle: `Title of ${eventId}` });
const paragraph = (text: string, quotes: SourceParagraph['quotes']): SourceParagraph => ({ number: 1, text, kind: 'body', quotes });

describe('splitByQuotes', () => {
  it('gives the unquoted paragraph as one piece', () => {
    assert.deepEqual(splitByQuotes(paragraph('No quotes here.', [])), [{ start: 0, text: 'No quotes here.', eventIds: [] }]);
  });

  it('cuts at every quote boundary, overlapping quotes sharing their overlap, the text kept whole', () => {
    const text = 'Alpha beta gamma delta.';
    const pieces = splitByQuotes(paragraph(text, [quote(6, 16, 'evt_a'), quote(11, 23, 'evt_b'), quote(11, 16, 'evt_a')]));
    assert.equal(pieces.map((piece) => piece.text).join(''), text);
    assert.deepEqual(pieces.map(({ text: t, eventIds }) => [t, eventIds]), [
      ['Alpha ', []],
      ['beta ', ['evt_a']],
      ['gamma', ['evt_a', 'evt_b']],
      [' delta.', ['evt_b']],
    ]);
  });
});

describe('quotedEvents', () => {
  it('lists each quoted event once, in the order its first quote starts', () => {
    const events = quotedEvents(paragraph('x'.repeat(40), [quote(20, 30, 'evt_b'), quote(0, 5, 'evt_a'), quote(10, 15, 'evt_b')]));
    assert.deepEqual(events, [{ id: 'evt_a', title: 'Title of evt_a' }, { id: 'evt_b', title: 'Title of evt_b' }]);
  });
});
