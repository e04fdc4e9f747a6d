import type { Storage } from '../Storage'
import { openSqliteDatabase } from './openSqliteDatabase'
import { SqliteAccountStorage } from './SqliteAccountStorage'
import { SqliteDocumentStorage } from './SqliteDocumentStorage'

/** The embedded default storage: one SQLite file. */
export function createSqliteStorage(databaseFile: string): Storage {
  const database = openSqliteDatabase(databaseFile)
  return {
    documents: new SqliteDocumentStorage(database),
    accounts: new SqliteAccountStorage(database),
    async close() {
      database.close()
    },
  }
}
