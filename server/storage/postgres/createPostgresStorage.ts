import { Logger } from '../../logging/Logger'
import type { Storage } from '../Storage'
import { createPostgresPool } from './createPostgresPool'
import { migratePostgres } from './migratePostgres'
import { PostgresAccountStorage } from './PostgresAccountStorage'
import { PostgresDocumentStorage } from './PostgresDocumentStorage'
import { PostgresFassungStorage } from './PostgresFassungStorage'
import { PostgresNotificationStorage } from './PostgresNotificationStorage'
import { PostgresReviewStorage } from './PostgresReviewStorage'

export interface PostgresStorageOptions {
  logger?: Logger
  /** Connections in the pool; each server instance has its own pool. */
  maxConnections?: number
}

/**
 * Storage in PostgreSQL, shared by as many server instances as point at it. `databaseUrl` is a libpq
 * connection URL; the schema is the first one on its search_path (`?options=-c%20search_path%3Dname`).
 * Resolves once the schema is migrated.
 */
export async function createPostgresStorage(databaseUrl: string, options: PostgresStorageOptions = {}): Promise<Storage> {
  const pool = createPostgresPool(databaseUrl, options.logger ?? new Logger(), options.maxConnections)
  try {
    await migratePostgres(pool)
  } catch (error) {
    await pool.end()
    throw error
  }
  return {
    documents: new PostgresDocumentStorage(pool),
    accounts: new PostgresAccountStorage(pool),
    fassungen: new PostgresFassungStorage(pool),
    review: new PostgresReviewStorage(pool),
    notifications: new PostgresNotificationStorage(pool),
    async close() {
      await pool.end()
    },
  }
}
