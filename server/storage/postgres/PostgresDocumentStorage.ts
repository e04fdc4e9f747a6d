import type pg from 'pg'
import * as Y from 'yjs'
import type { DocumentMetadata } from '../../../shared/documentMeta/DocumentMetadata'
import type { UpdateAttribution } from '../../../shared/history/UpdateAttribution'
import { createConceptYDoc } from '../../../shared/yjs/createConceptYDoc'
import type { DocumentRecord, DocumentStorage, StoredUpdates } from '../DocumentStorage'
import { runInTransaction } from './runInTransaction'
import { toBuffer } from './toBuffer'
import { toUint8Array } from './toUint8Array'

const documentColumns = 'id, title, created_at AS "createdAt", updated_at AS "updatedAt"'

/**
 * PostgreSQL storage that several server instances can share: updates are only ever appended, and
 * compaction merges whatever is stored up to the given sequence into the snapshot before it deletes
 * anything, so it never drops an update another instance stored meanwhile.
 */
export class PostgresDocumentStorage implements DocumentStorage {
  constructor(private readonly pool: pg.Pool) {}

  async createDocument(document: DocumentRecord): Promise<void> {
    await this.pool.query('INSERT INTO documents (id, title, created_at, updated_at) VALUES ($1, $2, $3, $4)', [
      document.id,
      document.title,
      document.createdAt,
      document.updatedAt,
    ])
  }

  async getDocument(id: string): Promise<DocumentRecord | null> {
    const { rows } = await this.pool.query<DocumentRecord>(`SELECT ${documentColumns} FROM documents WHERE id = $1`, [id])
    return rows[0] ?? null
  }

  async listDocuments(): Promise<DocumentRecord[]> {
    const { rows } = await this.pool.query<DocumentRecord>(`SELECT ${documentColumns} FROM documents ORDER BY updated_at COLLATE "C" DESC, id`)
    return rows
  }

  async appendUpdate(documentId: string, update: Uint8Array, attribution: UpdateAttribution | null): Promise<number> {
    return runInTransaction(this.pool, async (client) => {
      // Touching the document first locks its row: appends to one document get their sequence numbers in commit order.
      await client.query('UPDATE documents SET updated_at = $1 WHERE id = $2', [new Date().toISOString(), documentId])
      const { rows } = await client.query<{ sequence: string }>('INSERT INTO document_updates (document_id, data) VALUES ($1, $2) RETURNING sequence', [
        documentId,
        toBuffer(update),
      ])
      if (attribution) {
        await client.query('INSERT INTO update_attributions (document_id, user_id, at, inserted, deleted) VALUES ($1, $2, $3, $4, $5)', [
          documentId,
          attribution.userId,
          attribution.at,
          JSON.stringify(attribution.inserted),
          JSON.stringify(attribution.deleted),
        ])
        const clients = [...new Set(attribution.inserted.map(([clientId]) => clientId))]
        if (clients.length > 0) {
          await client.query(
            'INSERT INTO client_owners (document_id, client_id, user_id) SELECT $1, client_id, $3 FROM unnest($2::bigint[]) AS client_id ON CONFLICT DO NOTHING',
            [documentId, clients, attribution.userId],
          )
        }
      }
      return Number(rows[0]!.sequence)
    })
  }

  async listAttributions(documentId: string): Promise<UpdateAttribution[]> {
    const { rows } = await this.pool.query<UpdateAttribution>(
      'SELECT user_id AS "userId", at, inserted, deleted FROM update_attributions WHERE document_id = $1 ORDER BY id',
      [documentId],
    )
    return rows
  }

  async getClientOwners(documentId: string): Promise<Map<number, string>> {
    const { rows } = await this.pool.query<{ clientId: string; userId: string }>(
      'SELECT client_id AS "clientId", user_id AS "userId" FROM client_owners WHERE document_id = $1',
      [documentId],
    )
    return new Map(rows.map((row) => [Number(row.clientId), row.userId]))
  }

  async loadUpdates(documentId: string): Promise<StoredUpdates> {
    const { rows } = await this.pool.query<{ sequence: string; data: Buffer }>('SELECT sequence, data FROM document_updates WHERE document_id = $1 ORDER BY sequence', [
      documentId,
    ])
    return { updates: rows.map((row) => toUint8Array(row.data)), lastSequence: Number(rows.at(-1)?.sequence ?? 0) }
  }

  async compact(documentId: string, snapshot: Uint8Array, upToSequence: number): Promise<void> {
    if (upToSequence <= 0) return
    await runInTransaction(this.pool, async (client) => {
      // Waits for appends in progress and keeps new ones and other compactions out until this one commits.
      const locked = await client.query('SELECT 1 FROM documents WHERE id = $1 FOR NO KEY UPDATE', [documentId])
      if (locked.rowCount === 0) return
      const { rows } = await client.query<{ sequence: string; data: Buffer }>(
        'SELECT sequence, data FROM document_updates WHERE document_id = $1 AND sequence <= $2 ORDER BY sequence',
        [documentId, upToSequence],
      )
      const last = rows.at(-1)
      if (!last) return
      // The caller's snapshot holds what it has seen; another instance may have stored updates it has not seen yet.
      const merged = createConceptYDoc()
      Y.transact(merged, () => {
        Y.applyUpdate(merged, snapshot)
        for (const row of rows) Y.applyUpdate(merged, toUint8Array(row.data))
      })
      const state = Y.encodeStateAsUpdate(merged)
      merged.destroy()
      // Exactly the rows read: one committed after the read stays, even if its sequence is lower.
      await client.query('DELETE FROM document_updates WHERE document_id = $1 AND sequence = ANY($2::bigint[])', [documentId, rows.map((row) => row.sequence)])
      // The snapshot takes the sequence number of the last update it replaces, so the order is kept.
      await client.query('INSERT INTO document_updates (sequence, document_id, data) VALUES ($1, $2, $3)', [last.sequence, documentId, toBuffer(state)])
    })
  }

  async countUpdates(documentId: string): Promise<number> {
    const { rows } = await this.pool.query<{ count: string }>('SELECT COUNT(*) AS count FROM document_updates WHERE document_id = $1', [documentId])
    return Number(rows[0]!.count)
  }

  async getMetadata(documentId: string): Promise<DocumentMetadata | null> {
    const { rows } = await this.pool.query<{ metadata: DocumentMetadata | null }>('SELECT metadata FROM documents WHERE id = $1', [documentId])
    return rows[0]?.metadata ?? null
  }

  async setMetadata(documentId: string, metadata: DocumentMetadata): Promise<void> {
    await this.pool.query('UPDATE documents SET metadata = $1, updated_at = $2 WHERE id = $3', [JSON.stringify(metadata), new Date().toISOString(), documentId])
  }
}
