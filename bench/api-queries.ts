// Query-layer latency on a large corpus: p50/p95 of the queries behind /api/timeline and /api/events.
// npx tsx bench/api-queries.ts --db FILE [--copies 3] [--runs 50]
//   --db      a seeded database (e.g. bench/generate-corpus.ts output, seeded with scripts/seed.ts);
//             it is copied to a temporary folder and never modified.
//   --copies  repeat every event N times (same dates, actors and citations, new ids) in the copy:
//             the generator's corpora merge heavily, so this is how 10^5 events are reached.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { rebuildLaneCounts } from '../lib/seed/lane-counts';
import { rebuildSearchIndex } from '../lib/seed/search-index';
import { EMPTY_FILTER, type EventFilter } from '../lib/query/event-filter';
import type { TimelineWindowRequest } from '../lib/query/timeline-window';

const { values } = parseArgs({
  options: { db: { type: 'string' }, copies: { type: 'string', default: '1' }, runs: { type: 'string', default: '50' } },
});
if (!values.db || !fs.existsSync(values.db)) throw new Error('--db FILE: a seeded database is required');
const copies = Number(values.copies);
const runs = Number(values.runs);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronocite-api-bench-'));
const file = path.join(dir, 'bench.db');
try {
  prepare(values.db, file, copies);
  process.env.DATABASE_URL = `file:${file}`;
  await measure();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

function prepare(source: string, target: string, copies: number): void {
  fs.copyFileSync(source, target);
  const db = new Database(target);
  db.pragma('journal_mode = WAL');
  if (copies > 1) {
    const maxCitation = (db.prepare('SELECT max(id) AS m FROM "Citation"').get() as { m: number }).m;
    const maxSeq = (db.prepare('SELECT max(seq) AS m FROM "Event"').get() as { m: number }).m;
    db.transaction(() => {
      for (let copy = 2; copy <= copies; copy++) {
        const suffix = `~${copy}`;
        db.prepare(`INSERT INTO "Event" SELECT id || ?, seq + ?, title, summary, start, "end", precision, dateText, inferred, discrepancies,
                      sourceCount, passageCount, mentionCount
                    FROM "Event" WHERE instr(id, '~') = 0`).run(suffix, maxSeq * (copy - 1));
        db.prepare(`INSERT INTO "EventActor" SELECT eventId || ?, actorId FROM "EventActor" WHERE instr(eventId, '~') = 0`).run(suffix);
        db.prepare(`INSERT INTO "Citation" SELECT id + ?, eventId || ?, sourceId, paragraphId, quote, quoteStart, quoteEnd, stance, dateText, figures,
                      role, roleBasis
                    FROM "Citation" WHERE instr(eventId, '~') = 0`).run(maxCitation * (copy - 1), suffix);
      }
      rebuildSearchIndex(db);
      rebuildLaneCounts(db);
    })();
  }
  db.close();
}

async function measure(): Promise<void> {
  const { findEvents, getTimelineWindow } = await import('../lib/db/queries');
  const { prisma } = await import('../lib/db/client');
  const { encodeCursor } = await import('../lib/db/queries/event-cursor');
  const filter = (partial: Partial<EventFilter>): EventFilter => ({ ...EMPTY_FILTER, ...partial });
  const window = (start: string, end: string, group: TimelineWindowRequest['group'] = 'none') => ({ start, end, group });

  const total = await prisma.event.count();
  const [{ slug: firstSource }] = await prisma.$queryRaw<{ slug: string }[]>`
    SELECT s.slug FROM "Source" s JOIN "Citation" c ON c.sourceId = s.id GROUP BY s.id ORDER BY COUNT(*) DESC LIMIT 1`;
  // A cursor 90% of the way through the events (keyset pages cost the same at any depth).
  const [deep] = await prisma.$queryRaw<{ start: string; end: string; id: string }[]>`
    SELECT start, "end" AS "end", id FROM "Event" ORDER BY start, "end", id LIMIT 1 OFFSET ${Math.floor(total * 0.9)}`;
  const deepCursor = encodeCursor(deep);
  console.log(`events: ${total}, runs per query: ${runs}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, node ${process.version}`);
  const scenarios: [string, () => Promise<unknown>][] = [
    ['window 1 month (items)', () => getTimelineWindow(EMPTY_FILTER, window('2023-10-01', '2023-10-31'))],
    ['window 1 year (clusters)', () => getTimelineWindow(EMPTY_FILTER, window('2023-01-01', '2023-12-31'))],
    ['window all time (clusters)', () => getTimelineWindow(EMPTY_FILTER, window('1970-01-01', '2030-12-31'))],
    ['window all time, group=actor', () => getTimelineWindow(EMPTY_FILTER, window('1970-01-01', '2030-12-31', 'actor'))],
    ['window all time, group=source', () => getTimelineWindow(EMPTY_FILTER, window('1970-01-01', '2030-12-31', 'source'))],
    ['window 1 year, actor=iran (affiliated)', () => getTimelineWindow(filter({ actors: ['iran'] }), window('2023-01-01', '2023-12-31'))],
    ['window 1 month, actor=hamas&iran all', () => getTimelineWindow(filter({ actors: ['hamas', 'iran'], mode: 'all' }), window('2023-10-01', '2023-10-31'))],
    ['window 1 year, actor=hamas any, group=actor', () => getTimelineWindow(filter({ actors: ['hamas'] }), window('2023-01-01', '2023-12-31', 'actor'))],
    ['window all time, actor=hamas, group=actor', () => getTimelineWindow(filter({ actors: ['hamas'] }), window('1970-01-01', '2030-12-31', 'actor'))],
    ['window 1 year, source=' + firstSource, () => getTimelineWindow(filter({ sources: [firstSource] }), window('2023-01-01', '2023-12-31'))],
    ['window all time, q=hezbollah', () => getTimelineWindow(filter({ q: 'hezbollah' }), window('1970-01-01', '2030-12-31'))],
    ['window all time, actor=hamas&q=tehran', () => getTimelineWindow(filter({ actors: ['hamas'], q: 'tehran' }), window('1970-01-01', '2030-12-31', 'actor'))],
    ['window all time, actor=hamas&source', () => getTimelineWindow(filter({ actors: ['hamas'], sources: [firstSource] }), window('1970-01-01', '2030-12-31', 'actor'))],
    ['events first page (100)', () => findEvents(EMPTY_FILTER, { limit: 100, cursor: null })],
    ['events actor=hamas (100)', () => findEvents(filter({ actors: ['hamas'] }), { limit: 100, cursor: null })],
    ['events q=hezbollah (100)', () => findEvents(filter({ q: 'hezbollah' }), { limit: 100, cursor: null })],
    ['events source (100)', () => findEvents(filter({ sources: [firstSource] }), { limit: 100, cursor: null })],
    ['events q=ir (short prefix)', () => findEvents(filter({ q: 'ir' }), { limit: 100, cursor: null })],
    ['events 1 month window (100)', () => findEvents(filter({ from: '2023-10', to: '2023-10' }), { limit: 100, cursor: null })],
    ['events deep cursor page (100)', () => findEvents(EMPTY_FILTER, { limit: 100, cursor: deepCursor })],
    ['events 500, from=2015', () => findEvents(filter({ from: '2015' }), { limit: 500, cursor: null })],
  ];
  for (const [name, run] of scenarios) {
    for (let i = 0; i < 3; i++) await run();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)].toFixed(1);
    console.log(`${name.padEnd(40)} p50 ${at(0.5).padStart(6)} ms   p95 ${at(0.95).padStart(6)} ms`);
  }
  await prisma.$disconnect();
}
