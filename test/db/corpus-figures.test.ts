// Counts are cached per database version: a seed committed by another connection must show at once.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { EMPTY_FILTER } from '../../lib/query/event-filter';
import { seedCorpus } from '../../lib/seed/seed-corpus';
import { ACTORS, ARTICLES, seedArticles, useTemporaryDatabase } from './test-database';

const file = useTemporaryDatabase(seedArticles);
const { findEvents, getTimelineWindow } = await import('../../lib/db/queries');

describe('cached counts', () => {
  it('follow a new seed', async () => {
    const filter = { ...EMPTY_FILTER, actors: ['hamas'] };
    const window = { start: '1900-01-01', end: '2100-12-31', group: 'none' } as const;
    const before = await getTimelineWindow(filter, window);
    assert.equal((await findEvents(filter, { limit: 1, cursor: null })).total, before.matching);

    const fewer = fs.mkdtempSync(path.join(os.tmpdir(), 'chronocite-fewer-'));
    const [article] = fs.readdirSync(ARTICLES).filter((name) => name.endsWith('.md')).sort();
    fs.copyFileSync(path.join(ARTICLES, article), path.join(fewer, article));
    seedCorpus({ articlesDir: fewer, actorsFile: ACTORS, databaseFile: file });
    fs.rmSync(fewer, { recursive: true, force: true });

    const after = await getTimelineWindow(filter, window);
    assert.ok(after.total < before.total && after.matching < before.matching, JSON.stringify({ before, after }));
    assert.equal(after.inWindow, after.matching);
    assert.equal((await findEvents(filter, { limit: 1, cursor: null })).total, after.matching);
  });
});
