import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe } from 'vitest'
import { createSqliteStorage } from '../../../server/storage/sqlite/createSqliteStorage'
import { storageContract } from './storageContract'

describe('SQLite storage', () => {
  storageContract(async () => {
    const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'fassung-storage-'))
    return {
      open: async () => createSqliteStorage(path.join(directory, 'fassung.sqlite')),
      cleanup: () => fs.rm(directory, { recursive: true, force: true }),
    }
  })
})
