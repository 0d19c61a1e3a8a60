-- Corroboration: whether each citation reports its event or only mentions it as a time ("since the
-- October 7 attack"), with the words that make it a mention; and per event, how many distinct
-- sources and passages report it and how many passages only mention it. The seed writes them.

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN "role" TEXT NOT NULL DEFAULT 'report';
ALTER TABLE "Citation" ADD COLUMN "roleBasis" TEXT;

-- AlterTable
ALTER TABLE "Event" ADD COLUMN "sourceCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Event" ADD COLUMN "passageCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Event" ADD COLUMN "mentionCount" INTEGER NOT NULL DEFAULT 0;
