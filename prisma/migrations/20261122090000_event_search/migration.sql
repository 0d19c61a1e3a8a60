-- Full-text search over event titles, summaries and cited quotes (`q` in the API and the timeline).
-- Prisma has no model for FTS5 virtual tables: the seed fills this one (lib/seed/corpus-writer.ts),
-- queries read it through $queryRaw, and the drift check in scripts/test.mjs ignores exactly it and
-- its shadow tables. remove_diacritics 2 lets "Hezbollah" find "Ḥezbollah"; prefix indexes keep
-- prefix terms ("hama*") fast.
CREATE VIRTUAL TABLE "EventSearch" USING fts5(
    "eventId" UNINDEXED,
    "title",
    "summary",
    "quotes",
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
