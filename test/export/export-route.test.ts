// GET /api/export against a database seeded from data/articles, through the route handler itself.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { seededDatabase } from './seeded-database';

const { dir, file } = seededDatabase();
process.env.DATABASE_URL = `file:${file}`;
// Links point at the configured public address, never at the host the request came in on.
const SITE_URL = 'https://timeline.example/chronocite';
process.env.SITE_URL = SITE_URL;
// Imported after DATABASE_URL is set: the Prisma client opens its database when first imported.
const { GET } = await import('../../app/api/export/route');
const { prisma } = await import('../../lib/db/client');
const { getTimelineEvents } = await import('../../lib/db/queries');

type Events = Awaited<ReturnType<typeof getTimelineEvents>>;

async function get(query: string): Promise<Response> {
  return GET(new Request(`http://chronocite.test/api/export?${query}`), undefined);
}

async function errorOf(query: string): Promise<{ status: number; parameter?: string; message: string }> {
  const response = await get(query);
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  const body = (await response.json()) as { error: { parameter?: string; message: string } };
  return { status: response.status, ...body.error };
}

describe('GET /api/export', () => {
  let all: Events;
  before(async () => {
    all = await getTimelineEvents();
    assert.ok(all.length > 20, 'the seeded corpus has events');
  });
  after(async () => {
    await prisma.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('downloads CSV with one row per citation of every event, as an attachment', async () => {
    const response = await get('format=csv');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
    assert.equal(response.headers.get('content-disposition'), 'attachment; filename="chronocite-events.csv"');
    const rows = parse(await response.text(), { bom: true, columns: true }) as Record<string, string>[];
    assert.equal(rows.length, all.reduce((n, event) => n + event.citations.length, 0));
    for (const row of rows) assert.ok(row.link.startsWith(`${SITE_URL}/sources/`), row.link);
  });

  it('negative: no exported link points at the request’s own host', async () => {
    for (const format of ['csv', 'ics', 'timelinejs']) {
      const text = await (await get(`format=${format}`)).text();
      assert.ok(!text.includes('chronocite.test'), format);
      assert.ok(text.includes(`${SITE_URL}/sources/`), format);
    }
  });

  it('gives month- and year-precision events one all-day entry on their first day, naming the precision', async () => {
    const calendar = new ICAL.Component(ICAL.parse(await (await get('format=ics&precision=month&precision=year')).text()));
    const byUid = new Map(all.map((event) => [event.id, event]));
    const entries = calendar.getAllSubcomponents('vevent');
    assert.ok(entries.length > 5);
    for (const entry of entries) {
      const event = byUid.get(String(entry.getFirstPropertyValue('uid')).split('@')[0])!;
      const start = entry.getFirstPropertyValue('dtstart') as ICAL.Time;
      const end = entry.getFirstPropertyValue('dtend') as ICAL.Time;
      assert.equal(start.toString(), event.start);
      assert.equal(end.subtractDate(start).toSeconds(), 86_400, `${event.id} lasts one day, not its ${event.precision}`);
      assert.match(String(entry.getFirstPropertyValue('summary')), new RegExp(`^\\S.* \\(${event.precision}\\) — `));
    }
    const year = entries.find((entry) => String(entry.getFirstPropertyValue('summary')).startsWith('1979 (year) — '));
    assert.ok(year, 'the 1979 event reads "1979 (year) — …"');
  });

  it('gives every date with its year in CSV and TimelineJS, month and year events included', async () => {
    const rows = parse(await (await get('format=csv&precision=month&precision=year')).text(), { bom: true, columns: true }) as Record<string, string>[];
    for (const row of rows) {
      assert.match(row.date, new RegExp(`\\b${row.start.slice(0, 4)}\\b.*\\(${row.precision}\\)$`), row.date);
      assert.doesNotMatch(row.date_inferred_by, /\w-\w/, 'no rule name');
    }
    const { events } = (await (await get('format=timelinejs')).json()) as { events: { unique_id: string; display_date: string; start_date: { year: number; month?: number; day?: number } }[] };
    for (const slide of events) assert.match(slide.display_date, /\b\d{4}s?\b/, slide.display_date);
    const january = events.find((slide) => all.find((event) => event.id === slide.unique_id)?.dateText === 'January');
    assert.equal(january?.display_date, 'January 2023 (month)');
    const after = events.find((slide) => all.find((event) => event.id === slide.unique_id)?.dateText === 'A few days after');
    assert.deepEqual(after?.start_date, { year: 2023, month: 10, day: 8, display_date: 'about 8–14 October 2023' });
  });

  it('exports only the events matching the filter', async () => {
    const response = await get('format=json&actor=hamas&from=2023&to=2023');
    assert.equal(response.status, 200);
    const { events } = (await response.json()) as { events: Events };
    assert.ok(events.length > 0 && events.length < all.length, `${events.length} of ${all.length}`);
    for (const event of events) {
      assert.ok(event.start <= '2023-12-31' && event.end >= '2023-01-01', `${event.id} overlaps 2023`);
    }
  });

  it('gives every matching event in a calendar and a TimelineJS file alike', async () => {
    const calendar = await get('format=ics&precision=day&precision=month');
    assert.match(calendar.headers.get('content-type') ?? '', /^text\/calendar/);
    assert.equal(calendar.headers.get('content-disposition'), 'attachment; filename="chronocite-events.ics"');
    const uids = new ICAL.Component(ICAL.parse(await calendar.text()))
      .getAllSubcomponents('vevent')
      .map((event) => String(event.getFirstPropertyValue('uid')).split('@')[0]);
    const expected = all.filter((event) => event.precision === 'day' || event.precision === 'month').map((event) => event.id);
    assert.deepEqual(uids, expected);

    const timeline = await get('format=timelinejs&precision=day&precision=month');
    assert.equal(timeline.headers.get('content-disposition'), 'attachment; filename="chronocite-events.timeline.json"');
    const { events } = (await timeline.json()) as { events: { unique_id: string }[] };
    assert.deepEqual(events.map((slide) => slide.unique_id), expected);
  });

  it('answers 400 naming the parameter for a missing, unknown or repeated format', async () => {
    assert.deepEqual(await errorOf('actor=hamas'), { status: 400, parameter: 'format', message: 'is required: one of json, csv, ics, timelinejs' });
    assert.equal((await errorOf('format=xml')).parameter, 'format');
    assert.equal((await errorOf('format=csv&format=ics')).parameter, 'format');
  });

  it('answers 400 naming the parameter for a bad filter or an unknown parameter', async () => {
    assert.deepEqual(await errorOf('format=csv&from=2023-13'), { status: 400, parameter: 'from', message: 'month 13 does not exist' });
    assert.equal((await errorOf('format=csv&actor=<script>')).parameter, 'actor');
    assert.equal((await errorOf('format=ics&actor=no-such-actor')).parameter, 'actor');
    const unknown = await errorOf('format=csv&actors=hamas');
    assert.equal(unknown.status, 400);
    assert.equal(unknown.parameter, 'actors');
  });
});
