import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spreadsheetSafe } from '../../lib/export/spreadsheet-safe';

describe('spreadsheetSafe', () => {
  it('prefixes an apostrophe to cells a spreadsheet would run as formulas', () => {
    for (const cell of ['=1+1', '+1', '-1', '@A1', '\tx', '\rx', ' =1', '\n=1', '＝1', '＋1', '－1', '＠A1']) {
      assert.equal(spreadsheetSafe(cell), `'${cell}`, JSON.stringify(cell));
    }
  });

  it('leaves other text as it is', () => {
    for (const cell of ['', 'a=b', 'Hamas', '“=quoted”', '2023-10-07', ' x', '\u2212 minus sign', "'already"]) {
      assert.equal(spreadsheetSafe(cell), cell, JSON.stringify(cell));
    }
  });
});
