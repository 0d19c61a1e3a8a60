// Reads that take several statements must see one state of the database: a seed committing between
// them would otherwise mix one corpus's events with another's citations (ids are reassigned on
// each seed). In WAL mode a read transaction is exactly such a snapshot, and the seed never waits
// for it.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Prisma } from '../generated/prisma/client';
import { prisma } from './client';

const current = new AsyncLocalStorage<Prisma.TransactionClient>();

// better-sqlite3 is one connection, so transactions queue behind each other: under load a reader
// may wait its turn for longer than Prisma's 2 s default, which must not become an error.
const WAIT_MS = 60_000;

/** The client to read with: the current snapshot's inside `readSnapshot`, else the shared one. */
export function db(): Prisma.TransactionClient {
  return current.getStore() ?? prisma;
}

/** Runs `read` in one read transaction; a nested call joins the outer snapshot. */
export function readSnapshot<T>(read: () => Promise<T>): Promise<T> {
  if (current.getStore() !== undefined) return read();
  return prisma.$transaction((tx) => current.run(tx, read), { maxWait: WAIT_MS, timeout: WAIT_MS });
}
