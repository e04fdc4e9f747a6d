import { afterEach, describe, expect, it } from 'vitest'
import pg from 'pg'
import * as Y from 'yjs'
import { createSilentLogger } from '../../../server/logging/Logger'
import { createPostgresStorage } from '../../../server/storage/postgres/createPostgresStorage'
import type { Storage } from '../../../server/storage/Storage'
import { postgresTestSchema, type PostgresTestSchema } from '../../utils/postgresTestSchema'
import { storageContract } from './storageContract'
import { createTextWriter, readWrittenText } from '../../utils/createTextWriter'


const documentRecord = { id: 'aaa', title: 'Integrationskonzept', createdAt: '2019-03-21T09:00:00.000Z', updatedAt: '2019-03-21T09:00:00.000Z' }

describe('PostgreSQL storage', () => {
  storageContract(async () => {
    const schema = await postgresTestSchema()
    return {
      open: () => createPostgresStorage(schema.databaseUrl, { logger: createSilentLogger(), maxConnections: 4 }),
      cleanup: () => schema.drop(),
    }
  })

  describe('shared by several instances', () => {
    let schema: PostgresTestSchema | null = null
    const storages: Storage[] = []

    afterEach(async () => {
      for (const storage of storages.splice(0)) await storage.close()
      await schema?.drop()
      schema = null
    })

    const open = async (testSchema: PostgresTestSchema) => {
      const storage = await createPostgresStorage(testSchema.databaseUrl, { logger: createSilentLogger(), maxConnections: 4 })
      storages.push(storage)
      return storage
    }

    it('migrates once when several instances start at the same time, and again not at all', async () => {
      schema = await postgresTestSchema()
      const testSchema = schema
      await Promise.all([open(testSchema), open(testSchema), open(testSchema)])
      await open(testSchema)
      const client = new pg.Client({ connectionString: testSchema.databaseUrl })
      await client.connect()
      try {
        const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')
        expect(rows.map((row) => row.version)).toEqual([1, 2, 3, 4, 5])
      } finally {
        await client.end()
      }
    })

    it('keeps the decisions stored by change id before decisions were item ranges, readable, without covers', async () => {
      schema = await postgresTestSchema()
      const testSchema = schema
      const current = await open(testSchema)
      await current.documents.createDocument(documentRecord)
      const client = new pg.Client({ connectionString: testSchema.databaseUrl })
      await client.connect()
      try {
        // The table as the second schema version had it, with two decisions in it.
        await client.query(`DROP TABLE review_decisions;
          CREATE TABLE review_decisions (document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, change_id TEXT NOT NULL, decision TEXT NOT NULL, user_id TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (document_id, change_id));
          INSERT INTO review_decisions VALUES ('aaa', 'ins:1234.5.6', 'accepted', 'u1', '2019-03-21T09:02:00.000Z');
          INSERT INTO review_decisions VALUES ('aaa', 'move:abc', 'rejected', 'u2', '2019-03-21T09:01:00.000Z');
          DROP TABLE notifications, departments;
          DELETE FROM schema_migrations WHERE version >= 3;`)
      } finally {
        await client.end()
      }
      const migrated = await open(testSchema)
      expect(await migrated.review.listDecisions('aaa')).toEqual([
        { id: 'legacy:aaa:move:abc', documentId: 'aaa', changeId: 'move:abc', covers: null, decision: 'rejected', userId: 'u2', at: '2019-03-21T09:01:00.000Z' },
        { id: 'legacy:aaa:ins:1234.5.6', documentId: 'aaa', changeId: 'ins:1234.5.6', covers: null, decision: 'accepted', userId: 'u1', at: '2019-03-21T09:02:00.000Z' },
      ])
      await migrated.review.recordDecisions([{ id: 'd1', documentId: 'aaa', changeId: 'ins:1234.5.6', covers: { kind: 'insertion', ranges: [[1234, 5, 6]] }, decision: 'rejected', userId: 'u1', at: '2019-03-21T09:03:00.000Z' }])
      expect(await migrated.review.listDecisions('aaa')).toHaveLength(3)
    })

    it('never drops an update another instance stored when one instance compacts with only what it has seen', async () => {
      schema = await postgresTestSchema()
      const [first, second] = [await open(schema), await open(schema)]
      await first.documents.createDocument(documentRecord)
      const mine = createTextWriter(1)
      const theirs = createTextWriter(2)
      await first.documents.appendUpdate('aaa', mine.type('Zuwanderung. '), null)
      const theirSequence = await second.documents.appendUpdate('aaa', theirs.type('Jugend. '), null)
      const mySequence = await first.documents.appendUpdate('aaa', mine.type('Bildung. '), null)
      expect(mySequence).toBeGreaterThan(theirSequence)

      // The first instance has not received the second one's update, and compacts everything up to its own last one.
      await first.documents.compact('aaa', Y.encodeStateAsUpdate(mine.ydoc), mySequence)
      const loaded = await second.documents.loadUpdates('aaa')
      expect(loaded.updates).toHaveLength(1)
      const text = readWrittenText(loaded.updates)
      expect(text).toContain('Zuwanderung. Bildung. ')
      expect(text).toContain('Jugend. ')
    })

    it('keeps an update that commits, with a lower sequence number, while a compaction runs', async () => {
      schema = await postgresTestSchema()
      const storage = await open(schema)
      await storage.documents.createDocument(documentRecord)
      const mine = createTextWriter(1)
      const late = createTextWriter(2)
      const slow = new pg.Client({ connectionString: schema.databaseUrl })
      await slow.connect()
      try {
        await slow.query('BEGIN')
        // Takes its sequence number now but commits only after the compaction below.
        await slow.query('INSERT INTO document_updates (document_id, data) VALUES ($1, $2)', ['aaa', Buffer.from(late.type('spät bestätigt'))])
        const sequence = await storage.documents.appendUpdate('aaa', mine.type('früh '), null)
        await storage.documents.compact('aaa', Y.encodeStateAsUpdate(mine.ydoc), sequence)
        await slow.query('COMMIT')
      } finally {
        await slow.end()
      }
      const loaded = await storage.documents.loadUpdates('aaa')
      expect(loaded.updates).toHaveLength(2)
      expect(readWrittenText(loaded.updates)).toContain('spät bestätigt')
      expect(readWrittenText(loaded.updates)).toContain('früh ')
    })

    it('loses nothing when two instances append and compact the same document concurrently', async () => {
      schema = await postgresTestSchema()
      const [first, second] = [await open(schema), await open(schema)]
      await first.documents.createDocument(documentRecord)
      const writers = [
        { storage: first, writer: createTextWriter(1), lastSequence: 0 },
        { storage: second, writer: createTextWriter(2), lastSequence: 0 },
      ]
      await Promise.all(
        writers.map(async (instance, instanceIndex) => {
          for (let index = 0; index < 40; index += 1) {
            instance.lastSequence = await instance.storage.documents.appendUpdate('aaa', instance.writer.type(`[${instanceIndex}:${index}]`), null)
            if (index % 7 === 6) await instance.storage.documents.compact('aaa', Y.encodeStateAsUpdate(instance.writer.ydoc), instance.lastSequence)
          }
        }),
      )
      const text = readWrittenText((await first.documents.loadUpdates('aaa')).updates)
      for (const instanceIndex of [0, 1]) {
        for (let index = 0; index < 40; index += 1) expect(text).toContain(`[${instanceIndex}:${index}]`)
      }
      expect(await first.documents.countUpdates('aaa')).toBeLessThan(80)
    })
  })
})
