import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticleDates } from '../../../lib/extract';
import { readDateline } from '../../../lib/extract/dates/dateline';

describe('readDateline', () => {
  it('finds the dateline and the date it carries', () => {
    const text = 'JOHANNESBURG, August 7 (Xinhua) --';
    const dateline = readDateline(text);
    assert.equal(dateline?.end, text.length);
    assert.equal(text.slice(dateline!.date!.start, dateline!.date!.end), 'August 7');
    assert.deepEqual(readDateline('PARIS, May 3 (Reuters) – Ministers met.')?.date, { start: 7, end: 12 });
  });
  it('finds a dateline without a date', () => {
    assert.deepEqual(readDateline('CANBERRA, Australia (AP)_ Qantas will double its flights.')?.date, null);
    assert.deepEqual(readDateline('WASHINGTON (AP) — The Senate voted.')?.date, null);
  });
  it('negative: an ordinary sentence or a heading is no dateline', () => {
    assert.equal(readDateline('Paris, May 3 was sunny (mostly).'), null);
    assert.equal(readDateline('NATO expands eastward'), null);
    assert.equal(readDateline('The UN (United Nations) met.'), null);
  });
});

describe('readArticleDates on a dateline line', () => {
  it('reports its date, read against the reference date', () => {
    const mentions = readArticleDates({ slug: 'a', title: null, published: '1998-08-08', paragraphs: ['NAIROBI, August 7 (Xinhua) --', 'Rescuers dug through rubble.'] });
    assert.deepEqual(mentions.map((m) => [m.paragraph, m.start, m.end, m.date.start]), [[1, 9, 17, '1998-08-07']]);
  });
  it('negative: a heading that is not a dateline gives no date', () => {
    assert.deepEqual(readArticleDates({ slug: 'a', title: null, published: '1998-08-08', paragraphs: ['Embassy bombings August 7', 'Rescuers dug.'] }), []);
  });
});
