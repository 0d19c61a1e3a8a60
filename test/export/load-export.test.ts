// Reading everything an export needs, against a database seeded from data/articles.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, describe, it } from 'node:test';
import { EMPTY_FILTER } from '../../lib/query/event-filter';
import { seededDatabase } from './seeded-database';

const { dir, file } = seededDatabase();
process.env.DATABASE_URL = `file:${file}`;
// Imported after DATABASE_URL is set: the Prisma client opens its database when first imported.
const { prisma } = await import('../../lib/db/client');
const { getTimelineEvents } = await import('../../lib/db/queries');
const { findAllEvents, loadExportInput } = await import('../../lib/export/load-export');

describe('findAllEvents', () => {
  after(async () => {
    await prisma.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('walks every page: the same events in the same order whatever the page size', async () => {
    const everything = (await getTimelineEvents()).map((event) => event.id);
    for (const pageSize of [1, 7, 500]) {
      assert.deepEqual((await findAllEvents(EMPTY_FILTER, pageSize)).map((event) => event.id), everything, `pages of ${pageSize}`);
    }
  });

  it('keeps only the matching events', async () => {
    const days = await findAllEvents({ ...EMPTY_FILTER, precisions: ['day'] }, 2);
    assert.ok(days.length > 1);
    assert.ok(days.every((event) => event.precision === 'day'));
    assert.deepEqual(await findAllEvents({ ...EMPTY_FILTER, from: '1900-01-01', to: '1900-12-31' }), []);
  });

  it('hands the formats every source, the site URL and a DTSTAMP from the newest article', async () => {
    const input = await loadExportInput(EMPTY_FILTER, 'https://news.example');
    assert.equal(input.sources.length, 5);
    assert.equal(input.siteUrl, 'https://news.example');
    const newest = input.sources.map((source) => source.referenceDate).sort().at(-1);
    assert.equal(input.stamp.toISOString(), `${newest}T00:00:00.000Z`);
  });
});
