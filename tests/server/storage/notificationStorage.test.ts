import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe } from 'vitest'
import { createSilentLogger } from '../../../server/logging/Logger'
import { createPostgresStorage } from '../../../server/storage/postgres/createPostgresStorage'
import { createSqliteStorage } from '../../../server/storage/sqlite/createSqliteStorage'
import { postgresTestSchema } from '../../utils/postgresTestSchema'
import { notificationStorageContract } from './notificationStorageContract'

describe('SQLite notification storage', () => {
  notificationStorageContract(async () => {
    const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'fassung-notifications-'))
    return {
      open: async () => createSqliteStorage(path.join(directory, 'fassung.sqlite')),
      cleanup: () => fs.rm(directory, { recursive: true, force: true }),
    }
  })
})

describe('PostgreSQL notification storage', () => {
  notificationStorageContract(async () => {
    const schema = await postgresTestSchema()
    return {
      open: () => createPostgresStorage(schema.databaseUrl, { logger: createSilentLogger(), maxConnections: 4 }),
      cleanup: () => schema.drop(),
    }
  })
})
