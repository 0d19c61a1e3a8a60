// An estimated publication date rests on the dates the article states in full; the happenings it
// reports are dated only after the corpus stages (a yearless "Oct. 7" takes its year from other
// reports). An article cannot have been written before a happening it reports began, so once the
// events are written, each estimate is raised to the latest start among them, and its basis says so.
import type Database from 'better-sqlite3';
import { dayInWords } from '../format/format-date';

interface LateHappening {
  id: number;
  referenceDate: string;
  referenceDateBasis: string | null;
  start: string;
  dateText: string;
  paragraph: number;
}

/** Raises every estimated reference date that falls before a happening its article reports; returns how many. */
export function raiseEstimatesToReportedHappenings(db: Database.Database): number {
  const late = db
    .prepare(
      `WITH reported AS (
         SELECT c.sourceId, e.start, c.dateText, p.number AS paragraph,
                ROW_NUMBER() OVER (PARTITION BY c.sourceId ORDER BY e.start DESC, p.number, c.quoteStart) AS rank
         FROM "Citation" c JOIN "Event" e ON e.id = c.eventId JOIN "Paragraph" p ON p.id = c.paragraphId
       )
       SELECT s.id, s.referenceDate, s.referenceDateBasis, r.start, r.dateText, r.paragraph
       FROM "Source" s JOIN reported r ON r.sourceId = s.id AND r.rank = 1
       WHERE s.referenceDateEstimated = 1 AND r.start > s.referenceDate
       ORDER BY s.id`,
    )
    .all() as LateHappening[];
  const update = db.prepare('UPDATE "Source" SET referenceDate = ?, referenceDateBasis = ? WHERE id = ?');
  for (const row of late) {
    const raised = `no earlier than ${dayInWords(row.start)}, when “${row.dateText}” (¶${row.paragraph}), a happening the article reports, began`;
    update.run(row.start, row.referenceDateBasis === null ? raised : `${row.referenceDateBasis}; ${raised}`, row.id);
  }
  return late.length;
}
