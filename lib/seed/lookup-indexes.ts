import type Database from 'better-sqlite3';

/**
 * Drops the lookup indexes (the non-unique ones) of `tables`, and returns what recreates them, for a
 * bulk load inside one transaction: building an index once over sorted keys is far cheaper than
 * keeping it up to date through hundreds of thousands of inserts in random key order. Unique
 * indexes stay, so every constraint is still checked as rows go in. Readers never see the tables
 * without their indexes: the drop and the rebuild commit together.
 */
export function dropLookupIndexes(db: Database.Database, tables: string[]): () => void {
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_master
       WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'
         AND tbl_name IN (SELECT value FROM json_each(?))
       ORDER BY name`,
    )
    .all(JSON.stringify(tables)) as { name: string; sql: string }[];
  for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
  return () => {
    for (const { sql } of indexes) db.exec(sql);
  };
}
