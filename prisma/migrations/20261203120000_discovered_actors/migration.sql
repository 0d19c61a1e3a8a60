-- Actors found in the articles' text rather than listed in the gazetteer (data/actors.yaml), with
-- the words a reader can check that made them actors; and news outlets, which the timeline does
-- not give a lane of their own unless asked to.

-- AlterTable
ALTER TABLE "Actor" ADD COLUMN "discovered" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Actor" ADD COLUMN "evidence" TEXT;
ALTER TABLE "Actor" ADD COLUMN "media" BOOLEAN NOT NULL DEFAULT false;
