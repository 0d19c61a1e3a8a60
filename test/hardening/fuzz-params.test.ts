// Hostile query strings against every API route, called the way Next calls them: each answer is a
// 200 or a JSON 400/404 naming what was wrong, never a 500 and never a stack trace.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Random } from '../../bench/corpus/random';
import { callRoute, type JsonAnswer } from '../api/call-route';
import { seedArticles, useTemporaryDatabase } from '../db/test-database';

useTemporaryDatabase(seedArticles);
const routes = {
  '/api/events': (await import('../../app/api/events/route')).GET,
  '/api/timeline': (await import('../../app/api/timeline/route')).GET,
};

const PARAMETERS = {
  '/api/events': ['actor', 'mode', 'affiliated', 'source', 'from', 'to', 'q', 'precision', 'limit', 'cursor'],
  '/api/timeline': ['actor', 'mode', 'affiliated', 'source', 'from', 'to', 'q', 'precision', 'start', 'end', 'group'],
};
/** Required parameters, sent with good values unless a query fuzzes them, so fuzzing reaches the rest. */
const REQUIRED: Record<keyof typeof routes, [string, string][]> = {
  '/api/events': [],
  '/api/timeline': [['start', '2023-01-01'], ['end', '2024-12-31']],
};
/** Names no endpoint takes, some of them JavaScript's own property names. */
const UNKNOWN = ['actors', 'form', '__proto__', 'constructor', 'toString', 'ACTOR', 'q[]', ''];

const VALUES = [
  // plausible and almost plausible
  'hamas', 'iran', 'any', 'all', 'true', 'false', 'day', '2023', '2023-10', '2023-10-07', '10',
  // wrong types and edge numbers
  '', ' ', '-1', '0', '1e3', '10.5', '0x10', 'NaN', 'Infinity', 'null', 'undefined', '[]', '{}', '99999999999999999999',
  // impossible or extreme dates
  '2023-13-45', '2023-02-29', '0000', '9999-12-31', '-2023', '+2023', '2023-1-1', '20231007', '2023-10-07T00:00:00Z',
  // SQL fragments
  "' OR 1=1 --", '"; DROP TABLE "Event"; --', "1' UNION SELECT slug FROM Source --", '%', '_', '\\',
  // FTS5 query syntax
  '"unterminated', 'NEAR(hamas iran)', 'hamas AND OR', '*', 'ham*', '^hamas', 'title:hamas', '(((', ')', '-', 'NOT', 'a:b:c', '{title summary}: x',
  // unicode: look-alikes, direction overrides, zero-width, NUL, emoji, other scripts
  'Hаmas', 'h\u0430mas', '\u202Esamah', 'ha\u200Bmas', 'ha\u200Dmas', '\u0000', 'a\u0000b', '🤖💥', 'حماس', '\uFEFF', '\uD800',
  // overlong
  'x'.repeat(201), 'x'.repeat(10_000), 'hamas-'.repeat(40) + 'x', '9'.repeat(400),
];

const STACK = /\n\s+at |\bat .+:\d+:\d+|node_modules|\/work\/|webpack|Error:/;

function assertSafe(path: string, query: URLSearchParams, answer: JsonAnswer): void {
  const label = `${path}?${query}`.slice(0, 300);
  assert.ok([200, 400, 404].includes(answer.status), `${label} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);
  const text = JSON.stringify(answer.body);
  if (answer.status === 200) return;
  assert.deepEqual(Object.keys(answer.body), ['error'], label);
  assert.equal(typeof answer.body.error.message, 'string', label);
  assert.doesNotMatch(text, STACK, `${label} leaked internals: ${text.slice(0, 300)}`);
  if (answer.status === 400) {
    assert.ok([...query.keys()].includes(answer.body.error.parameter), `${label}: the error names "${answer.body.error.parameter}", not a parameter sent`);
  }
}

/** Runs every query, failing on the first unsafe answer; counts statuses for the report line. */
async function fuzz(path: keyof typeof routes, queries: URLSearchParams[]): Promise<Record<number, number>> {
  const statuses: Record<number, number> = {};
  const errors: unknown[] = [];
  const logged = console.error;
  // A 500 is logged by the route wrapper before it answers: collect it to show what failed.
  console.error = (...args: unknown[]) => errors.push(args);
  try {
    for (const pairs of queries) {
      const query = new URLSearchParams([...REQUIRED[path].filter(([name]) => !pairs.has(name)), ...pairs]);
      const answer = await callRoute(routes[path], `${path}?${query}`, {});
      statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
      assertSafe(path, query, answer);
    }
  } finally {
    console.error = logged;
  }
  assert.deepEqual(errors, []);
  return statuses;
}

for (const path of Object.keys(routes) as (keyof typeof routes)[]) {
  describe(`hostile parameters to ${path}`, () => {
    const names = [...PARAMETERS[path], ...UNKNOWN];

    it('every parameter with every hostile value', async () => {
      const queries = names.flatMap((name) => VALUES.map((value) => new URLSearchParams([[name, value]])));
      const statuses = await fuzz(path, queries);
      assert.ok(statuses[400] > 0 && statuses[200] > 0, JSON.stringify(statuses));
    });

    it('every parameter repeated, with a good and a bad value in both orders', async () => {
      const queries = names.flatMap((name) =>
        VALUES.slice(0, 20).flatMap((value) => [
          new URLSearchParams([[name, value], [name, "' OR 1=1 --"]]),
          new URLSearchParams([[name, "' OR 1=1 --"], [name, value]]),
          new URLSearchParams([[name, value], [name, value]]),
        ]),
      );
      await fuzz(path, queries);
    });

    it('random combinations of up to six parameters', async () => {
      const random = new Random(path.length, 2024);
      const pick = <T>(list: readonly T[]) => list[random.int(0, list.length - 1)];
      const queries = Array.from({ length: 400 }, () =>
        new URLSearchParams(Array.from({ length: random.int(1, 6) }, () => [pick(names), pick(VALUES)] as [string, string])),
      );
      await fuzz(path, queries);
    });

    it('a query string of 2,000 parameters', async () => {
      const query = new URLSearchParams(Array.from({ length: 2000 }, (_, i) => ['actor', `actor-${i}`] as [string, string]));
      await fuzz(path, [query]);
    });
  });
}
