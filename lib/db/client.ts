import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../generated/prisma/client';
import { databaseFile } from './database-url';

// One client per server process; dev mode's hot reloads would otherwise open a new one per edit.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient =
  globalForPrisma.prisma ?? new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseFile() }) });

if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = prisma;
