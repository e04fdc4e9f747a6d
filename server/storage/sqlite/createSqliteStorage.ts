import type { Logger } from '../../logging/Logger'
import type { Storage } from '../Storage'
import { openSqliteDatabase } from './openSqliteDatabase'
import { SqliteAccountStorage } from './SqliteAccountStorage'
import { SqliteDocumentStorage } from './SqliteDocumentStorage'
import { SqliteFassungStorage } from './SqliteFassungStorage'
import { SqliteNotificationStorage } from './SqliteNotificationStorage'
import { SqliteReviewStorage } from './SqliteReviewStorage'
import { SqliteWalCheckpointer } from './SqliteWalCheckpointer'

/** The embedded default storage: one SQLite file, its write-ahead log checkpointed off the event loop. */
export function createSqliteStorage(databaseFile: string, options: { logger?: Logger } = {}): Storage {
  const database = openSqliteDatabase(databaseFile)
  const checkpointer = databaseFile === ':memory:' ? null : new SqliteWalCheckpointer(database, databaseFile, options.logger)
  return {
    documents: new SqliteDocumentStorage(database),
    accounts: new SqliteAccountStorage(database),
    fassungen: new SqliteFassungStorage(database),
    review: new SqliteReviewStorage(database),
    notifications: new SqliteNotificationStorage(database),
    async close() {
      await checkpointer?.close()
      database.close()
    },
  }
}
