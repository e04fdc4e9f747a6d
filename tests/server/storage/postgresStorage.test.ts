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
        expect(rows.map((row) => row.version)).toEqual([1, 2])
      } finally {
        await client.end()
      }
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
