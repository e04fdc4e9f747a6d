import type { Storage } from '../Storage'
import { openSqliteDatabase } from './openSqliteDatabase'
import { SqliteAccountStorage } from './SqliteAccountStorage'
import { SqliteDocumentStorage } from './SqliteDocumentStorage'
import { SqliteFassungStorage } from './SqliteFassungStorage'
import { SqliteNotificationStorage } from './SqliteNotificationStorage'
import { SqliteReviewStorage } from './SqliteReviewStorage'

/** The embedded default storage: one SQLite file. */
export function createSqliteStorage(databaseFile: string): Storage {
  const database = openSqliteDatabase(databaseFile)
  return {
    documents: new SqliteDocumentStorage(database),
    accounts: new SqliteAccountStorage(database),
    fassungen: new SqliteFassungStorage(database),
    review: new SqliteReviewStorage(database),
    notifications: new SqliteNotificationStorage(database),
    async close() {
      database.close()
    },
  }
}
