// The load test in short form (bench/load.ts runs the full one: 50 connections, 30 s per target).
// An e2e spec rather than a unit test because the e2e run always has a built server to load, so this
// runs on every `npm test` and cannot rot; it checks for errors, not for speed.
import { expect, test } from '@playwright/test';
import { formatFigures, loadTarget, TARGETS } from '../bench/load';

test.setTimeout(120_000);

test('the main page, a source and the API answer every request under concurrent load', async ({ baseURL }) => {
  for (const target of TARGETS) {
    const figures = await loadTarget(baseURL!, target, 10, 3);
    console.log(formatFigures(figures));
    expect(figures.requests, target).toBeGreaterThan(0);
    expect({ target, errors: figures.errors, timeouts: figures.timeouts, non2xx: figures.non2xx }).toEqual({ target, errors: 0, timeouts: 0, non2xx: 0 });
  }
});
