import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { raiseEstimatesToReportedHappenings } from '../../lib/seed/estimate-floor';
import { seedCorpus } from '../../lib/seed/seed-corpus';
import { ACTORS, ARTICLES, migratedDatabase } from './migrated-database';

interface SourceRow {
  slug: string;
  referenceDate: string;
  referenceDateBasis: string | null;
}

/** Two articles, one estimated and one dated by its front matter, each reporting a happening of 8 October 2023. */
function fill(db: Database.Database, estimate: string): void {
  const source = db.prepare('INSERT INTO "Source" (id, slug, file, referenceDate, referenceDateEstimated, referenceDateBasis, published) VALUES (?, ?, ?, ?, ?, ?, ?)');
  source.run(1, 'vell-report', 'vell-report.md', estimate, 1, 'latest date stated in the text: “October 7, 2023” (¶1)', null);
  source.run(2, 'acme-daily', 'acme-daily.md', '2023-10-01', 0, null, '2023-10-01');
  const paragraph = db.prepare('INSERT INTO "Paragraph" (id, sourceId, number, text, kind) VALUES (?, ?, ?, ?, ?)');
  paragraph.run(1, 1, 1, 'On October 7, 2023, Vell spoke.', 'body');
  paragraph.run(2, 1, 2, 'A few days after, Vell visited Ruritania.', 'body');
  paragraph.run(3, 2, 1, 'A few days after, Vell visited Ruritania.', 'body');
  const event = db.prepare(`INSERT INTO "Event" (id, seq, title, summary, start, "end", precision, dateText, inferred, discrepancies) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, '[]')`);
  event.run('evt_spoke', 1, 'Vell speaks', 'Vell spoke.', '2023-10-07', '2023-10-07', 'day', 'October 7, 2023');
  event.run('evt_visit', 2, 'Vell visits Ruritania', 'Vell visited Ruritania.', '2023-10-08', '2023-10-14', 'approximate', 'A few days after');
  const citation = db.prepare(`INSERT INTO "Citation" (id, eventId, sourceId, paragraphId, quote, quoteStart, quoteEnd, stance, dateText, figures) VALUES (?, ?, ?, ?, ?, 0, 5, 'stated', ?, '[]')`);
  citation.run(1, 'evt_spoke', 1, 1, 'On Oc', 'October 7, 2023');
  citation.run(2, 'evt_visit', 1, 2, 'A few', 'A few days after');
  citation.run(3, 'evt_visit', 2, 3, 'A few', 'A few days after');
}

function sources(db: Database.Database): SourceRow[] {
  return db.prepare('SELECT slug, referenceDate, referenceDateBasis FROM "Source" ORDER BY id').all() as SourceRow[];
}

describe('raiseEstimatesToReportedHappenings', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronocite-estimate-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function database(): Database.Database {
    return new Database(migratedDatabase(dir));
  }

  it('raises an estimate to the start of the latest happening its article reports, saying why', () => {
    const db = database();
    fill(db, '2023-10-07');
    assert.equal(raiseEstimatesToReportedHappenings(db), 1);
    const [estimated] = sources(db);
    assert.equal(estimated.referenceDate, '2023-10-08');
    assert.equal(
      estimated.referenceDateBasis,
      'latest date stated in the text: “October 7, 2023” (¶1); no earlier than 8 October 2023, when “A few days after” (¶2), a happening the article reports, began',
    );
    db.close();
  });

  it('negative: leaves a front-matter date and an estimate already past every happening as they are', () => {
    const db = database();
    fill(db, '2023-11-01');
    assert.equal(raiseEstimatesToReportedHappenings(db), 0);
    assert.deepEqual(sources(db).map((s) => s.referenceDate), ['2023-11-01', '2023-10-01']);
    db.close();
  });

  it('leaves no estimated date of the seeded corpus before a happening its article reports', () => {
    const file = migratedDatabase(dir);
    seedCorpus({ articlesDir: ARTICLES, actorsFile: ACTORS, databaseFile: file });
    const db = new Database(file, { readonly: true });
    const early = db
      .prepare(
        `SELECT DISTINCT s.slug, s.referenceDate, e.start FROM "Source" s JOIN "Citation" c ON c.sourceId = s.id
         JOIN "Event" e ON e.id = c.eventId WHERE s.referenceDateEstimated = 1 AND e.start > s.referenceDate`,
      )
      .all();
    const raised = db.prepare(`SELECT COUNT(*) AS n FROM "Source" WHERE referenceDateBasis LIKE '%a happening the article reports%'`).get() as { n: number };
    db.close();
    assert.deepEqual(early, []);
    assert.ok(raised.n > 0, 'the corpus has an estimate that a reported happening raised');
  });
});
