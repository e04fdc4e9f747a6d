import path from 'node:path'
import type { Logger } from '../logging/Logger'
import { createPostgresStorage } from './postgres/createPostgresStorage'
import { createSqliteStorage } from './sqlite/createSqliteStorage'
import type { Storage } from './Storage'

export interface StorageConfig {
  /** Where the SQLite database lives when no `databaseUrl` is given. */
  dataDirectory: string
  /** PostgreSQL connection URL; null keeps the embedded SQLite database. */
  databaseUrl: string | null
}

/** The installation's storage: PostgreSQL if a database URL is configured, otherwise SQLite in the data directory. */
export async function createStorage(config: StorageConfig, logger: Logger): Promise<Storage> {
  if (config.databaseUrl) return createPostgresStorage(config.databaseUrl, { logger: logger.child({ component: 'postgres' }) })
  return createSqliteStorage(path.join(config.dataDirectory, 'fassung.sqlite'), { logger: logger.child({ component: 'sqlite' }) })
}
