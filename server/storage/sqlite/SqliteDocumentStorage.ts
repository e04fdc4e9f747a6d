import type Database from 'better-sqlite3'
import type { DocumentMetadata } from '../../../shared/documentMeta/DocumentMetadata'
import type { UpdateAttribution } from '../../../shared/history/UpdateAttribution'
import type { DocumentRecord, DocumentStorage, StoredUpdates } from '../DocumentStorage'

/** SQLite storage in WAL mode: an appended update survives a crash of the process once the call returns. */
export class SqliteDocumentStorage implements DocumentStorage {
  private readonly statements

  constructor(private readonly database: Database.Database) {
    this.statements = {
      insertDocument: this.database.prepare('INSERT INTO documents (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)'),
      getDocument: this.database.prepare('SELECT id, title, created_at AS createdAt, updated_at AS updatedAt FROM documents WHERE id = ?'),
      listDocuments: this.database.prepare('SELECT id, title, created_at AS createdAt, updated_at AS updatedAt FROM documents ORDER BY updated_at DESC'),
      insertUpdate: this.database.prepare('INSERT INTO document_updates (document_id, data) VALUES (?, ?)'),
      touchDocument: this.database.prepare('UPDATE documents SET updated_at = ? WHERE id = ?'),
      loadUpdates: this.database.prepare('SELECT sequence, data FROM document_updates WHERE document_id = ? ORDER BY sequence'),
      deleteUpdatesUpTo: this.database.prepare('DELETE FROM document_updates WHERE document_id = ? AND sequence <= ?'),
      insertSnapshotAt: this.database.prepare('INSERT INTO document_updates (sequence, document_id, data) VALUES (?, ?, ?)'),
      countUpdates: this.database.prepare('SELECT COUNT(*) AS count FROM document_updates WHERE document_id = ?'),
      insertAttribution: this.database.prepare('INSERT INTO update_attributions (document_id, user_id, at, inserted, deleted) VALUES (?, ?, ?, ?, ?)'),
      listAttributions: this.database.prepare('SELECT user_id AS userId, at, inserted, deleted FROM update_attributions WHERE document_id = ? ORDER BY id'),
      claimClient: this.database.prepare('INSERT OR IGNORE INTO client_owners (document_id, client_id, user_id) VALUES (?, ?, ?)'),
      getMetadata: this.database.prepare('SELECT metadata FROM documents WHERE id = ?'),
      setMetadata: this.database.prepare('UPDATE documents SET metadata = ?, updated_at = ? WHERE id = ?'),
      listClientOwners: this.database.prepare('SELECT client_id AS clientId, user_id AS userId FROM client_owners WHERE document_id = ?'),
    }
  }

  async createDocument(document: DocumentRecord): Promise<void> {
    this.statements.insertDocument.run(document.id, document.title, document.createdAt, document.updatedAt)
  }

  async getDocument(id: string): Promise<DocumentRecord | null> {
    return (this.statements.getDocument.get(id) as DocumentRecord | undefined) ?? null
  }

  async listDocuments(): Promise<DocumentRecord[]> {
    return this.statements.listDocuments.all() as DocumentRecord[]
  }

  async appendUpdate(documentId: string, update: Uint8Array, attribution: UpdateAttribution | null): Promise<number> {
    return this.database.transaction(() => {
      const result = this.statements.insertUpdate.run(documentId, update)
      this.statements.touchDocument.run(new Date().toISOString(), documentId)
      if (attribution) {
        this.statements.insertAttribution.run(documentId, attribution.userId, attribution.at, JSON.stringify(attribution.inserted), JSON.stringify(attribution.deleted))
        for (const client of new Set(attribution.inserted.map(([clientId]) => clientId))) this.statements.claimClient.run(documentId, client, attribution.userId)
      }
      return Number(result.lastInsertRowid)
    })()
  }

  async listAttributions(documentId: string): Promise<UpdateAttribution[]> {
    const rows = this.statements.listAttributions.all(documentId) as { userId: string; at: string; inserted: string; deleted: string }[]
    return rows.map((row) => ({ userId: row.userId, at: row.at, inserted: JSON.parse(row.inserted), deleted: JSON.parse(row.deleted) }))
  }

  async getMetadata(documentId: string): Promise<DocumentMetadata | null> {
    const row = this.statements.getMetadata.get(documentId) as { metadata: string | null } | undefined
    return row?.metadata ? (JSON.parse(row.metadata) as DocumentMetadata) : null
  }

  async setMetadata(documentId: string, metadata: DocumentMetadata): Promise<void> {
    this.statements.setMetadata.run(JSON.stringify(metadata), new Date().toISOString(), documentId)
  }

  async getClientOwners(documentId: string): Promise<Map<number, string>> {
    const rows = this.statements.listClientOwners.all(documentId) as { clientId: number; userId: string }[]
    return new Map(rows.map((row) => [row.clientId, row.userId]))
  }

  async loadUpdates(documentId: string): Promise<StoredUpdates> {
    const rows = this.statements.loadUpdates.all(documentId) as { sequence: number; data: Buffer }[]
    return {
      updates: rows.map((row) => new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength)),
      lastSequence: rows.at(-1)?.sequence ?? 0,
    }
  }

  async compact(documentId: string, snapshot: Uint8Array, upToSequence: number): Promise<void> {
    if (upToSequence <= 0) return
    this.database.transaction(() => {
      this.statements.deleteUpdatesUpTo.run(documentId, upToSequence)
      // The snapshot takes the sequence number of the last update it replaces, so the order is kept.
      this.statements.insertSnapshotAt.run(upToSequence, documentId, snapshot)
    })()
  }

  async countUpdates(documentId: string): Promise<number> {
    return (this.statements.countUpdates.get(documentId) as { count: number }).count
  }
}
