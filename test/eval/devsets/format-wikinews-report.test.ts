import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explainWikinews } from '../../../lib/eval/devsets/explain-wikinews';
import { formatWikinewsReport } from '../../../lib/eval/devsets/format-wikinews-report';
import { scoreWikinews } from '../../../lib/eval/devsets/wikinews';
import { actor, dateTimex, emptyGold, event, JUNE, row, word } from './wikinews-fixtures';

const gold = emptyGold('a');
gold.timexes.a = [dateTimex(2, 29, 'today', '2008-06-09'), dateTimex(3, 0, 'In 2007', '2007')];
gold.events.a = [word(2, 6, 'launched'), word(3, 8, 'sold')];
gold.timelines = { 'Steve Jobs': [row('2008-06-09', ['a', 2]), row('2007-XX-XX', ['a', 3])], iPod: [row('2007-XX-XX', ['a', 3])] };
const report = scoreWikinews(
  gold,
  { sources: [], actors: [], events: [event('e', JUNE, [['a', 2, 'Apple launched', 0]], ['steve-jobs']), event('f', JUNE, [['a', 4, 'x']], ['steve-jobs'])] },
  { actors: [actor('steve-jobs', 'Steve Jobs')] },
);

describe('formatWikinewsReport', () => {
  it('gives the anchoring figures, the misses, and one line per entity with how it was found', () => {
    const lines = formatWikinewsReport(report).split('\n');
    assert.equal(lines[0], 'wikinews-apple: 1 articles, 2 extracted events');
    assert.match(lines.find((line) => line.includes('recall (¶)')) ?? '', /50\.0%\s+\(1\/2\)/);
    assert.match(lines.find((line) => line.includes('exact date')) ?? '', /0\.0%\s+\(0\/2\)/);
    assert.match(lines.find((line) => line.includes('misses')) ?? '', /1 paragraphs no event cites, 0 cited at another date/);
    assert.match(lines.find((line) => line.includes('Steve Jobs')) ?? '', /50\.0% 1\/2.*50\.0% 1\/2\s+actor steve-jobs$/);
    assert.match(lines.find((line) => line.includes('iPod')) ?? '', /0\.0% 0\/1.*—\s+quote search$/);
    assert.match(lines.at(-1) ?? '', /macro\s+25\.0%\s+50\.0%$/);
  });
});

describe('explainWikinews', () => {
  it('lists missed paragraphs with their text and the entity events citing no row', () => {
    const text = explainWikinews(report, (source, number) => (source === 'a' && number === 3 ? 'In 2007 sold a million.' : undefined));
    assert.match(text, /a ¶3 2007 “In 2007” — sold\n\s+“In 2007 sold a million\.”/);
    assert.match(text, /Steve Jobs: events citing none of its rows \(1\)\n\s+2008-06-01\.\.2008-06-30 \(month\) a ¶4: “x”/);
  });
});
