-- CreateTable
CREATE TABLE "CorpusRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "digest" TEXT NOT NULL,
    "storedAt" TEXT NOT NULL
);
