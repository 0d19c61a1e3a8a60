-- Actors found in the articles' text rather than listed in the gazetteer (data/actors.yaml), and
-- the words a reader can check that made them actors.

-- AlterTable
ALTER TABLE "Actor" ADD COLUMN "discovered" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Actor" ADD COLUMN "evidence" TEXT;
