-- Who each citation attributes its happening to, and the words its stance was read from.
ALTER TABLE "Citation" ADD COLUMN "claimant" TEXT;
ALTER TABLE "Citation" ADD COLUMN "stanceCue" TEXT;
