import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { searchExpression } from '../../lib/db/queries/search-expression';

describe('searchExpression', () => {
  it('makes every word a quoted prefix phrase', () => {
    assert.equal(searchExpression('hamas tehran'), '"hamas"* "tehran"*');
    assert.equal(searchExpression("Israel's U.S. 1,400"), '"Israel s"* "U S"* "1 400"*');
    assert.equal(searchExpression('Ḥezbollah'), '"Ḥezbollah"*');
  });

  it('leaves no FTS5 syntax for the user to inject', () => {
    assert.equal(searchExpression('"a" OR b* NEAR(c d) title:e -f ^g'), '"a"* "OR"* "b"* "NEAR c"* "d"* "title e"* "f"* "g"*');
    assert.equal(searchExpression("x'); DROP TABLE \"Event\"; --"), '"x"* "DROP"* "TABLE"* "Event"*');
  });

  it('finds nothing to search in punctuation alone', () => {
    for (const text of ['"', '***', '( ) : - ^ "" \'', '—…']) assert.equal(searchExpression(text), null, text);
  });

  it('gives expressions FTS5 accepts for any text', () => {
    const db = new Database(':memory:');
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')`);
    db.prepare('INSERT INTO t (body) VALUES (?)').run('Hamas’ leaders met in Tehran; Israel’s response');
    const match = db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?');
    const hostile = ['"unterminated', 'a AND', 'OR', 'NOT x', '(((', 'col:x', 'x*y', 'NEAR(', '\u0301', '\\', "''"];
    for (const text of hostile) {
      const expression = searchExpression(text);
      if (expression !== null) assert.doesNotThrow(() => match.get(expression), text);
    }
    assert.deepEqual(match.get(searchExpression('hama teh')), { n: 1 });
    assert.deepEqual(match.get(searchExpression('Israel’s')), { n: 1 });
    assert.deepEqual(match.get(searchExpression('hamas cairo')), { n: 0 });
  });
});
