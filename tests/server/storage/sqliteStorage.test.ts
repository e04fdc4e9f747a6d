import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
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

describe('SQLite storage from before decisions were item ranges', () => {
  it('keeps the decisions stored by change id, readable, without covers', async () => {
    const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'fassung-storage-'))
    const file = path.join(directory, 'fassung.sqlite')
    try {
      const current = createSqliteStorage(file)
      await current.documents.createDocument({ id: 'aaa', title: 'Integrationskonzept', createdAt: '2019-03-21T09:00:00.000Z', updatedAt: '2019-03-21T09:00:00.000Z' })
      await current.close()
      // The table as the fourth schema version had it, with two decisions in it, and none of the later tables.
      const database = new Database(file)
      database.exec(`DROP TABLE notifications;
        DROP TABLE departments;
        DROP TABLE review_decisions;
        CREATE TABLE review_decisions (document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, change_id TEXT NOT NULL, decision TEXT NOT NULL, user_id TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (document_id, change_id));
        INSERT INTO review_decisions VALUES ('aaa', 'ins:1234.5.6', 'accepted', 'u1', '2019-03-21T09:02:00.000Z');
        INSERT INTO review_decisions VALUES ('aaa', 'move:abc', 'rejected', 'u2', '2019-03-21T09:01:00.000Z');`)
      database.pragma('user_version = 4')
      database.close()

      const migrated = createSqliteStorage(file)
      expect(await migrated.review.listDecisions('aaa')).toEqual([
        { id: 'legacy:aaa:move:abc', documentId: 'aaa', changeId: 'move:abc', covers: null, decision: 'rejected', userId: 'u2', at: '2019-03-21T09:01:00.000Z' },
        { id: 'legacy:aaa:ins:1234.5.6', documentId: 'aaa', changeId: 'ins:1234.5.6', covers: null, decision: 'accepted', userId: 'u1', at: '2019-03-21T09:02:00.000Z' },
      ])
      await migrated.review.recordDecisions([{ id: 'd1', documentId: 'aaa', changeId: 'ins:1234.5.6', covers: { kind: 'insertion', ranges: [[1234, 5, 6]] }, decision: 'rejected', userId: 'u1', at: '2019-03-21T09:03:00.000Z' }])
      expect(await migrated.review.listDecisions('aaa')).toHaveLength(3)
      await migrated.close()
    } finally {
      await fs.rm(directory, { recursive: true, force: true })
    }
  })
})
