import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { migrateSqlite } from './migrateSqlite'

/** Opens (and migrates) the database in WAL mode. */
export function openSqliteDatabase(databaseFile: string): Database.Database {
  if (databaseFile !== ':memory:') fs.mkdirSync(path.dirname(databaseFile), { recursive: true })
  const database = new Database(databaseFile)
  database.pragma('journal_mode = WAL')
  // NORMAL keeps every committed transaction across a crash of the process; only a power loss can take the last ones.
  database.pragma('synchronous = NORMAL')
  database.pragma('foreign_keys = ON')
  database.pragma('busy_timeout = 5000')
  migrateSqlite(database)
  return database
}
