import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { DocumentRecord, DocumentStorage, StoredUpdates } from '../DocumentStorage'
import { migrateSqlite } from './migrateSqlite'

/** SQLite storage in WAL mode: an appended update survives a crash of the process once the call returns. */
export class SqliteDocumentStorage implements DocumentStorage {
  private readonly database: Database.Database
  private readonly statements

  constructor(databaseFile: string) {
    if (databaseFile !== ':memory:') fs.mkdirSync(path.dirname(databaseFile), { recursive: true })
    this.database = new Database(databaseFile)
    this.database.pragma('journal_mode = WAL')
    // NORMAL keeps every committed transaction across a process crash; only a power loss can take the last ones.
    this.database.pragma('synchronous = NORMAL')
    this.database.pragma('foreign_keys = ON')
    migrateSqlite(this.database)
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

  async appendUpdate(documentId: string, update: Uint8Array): Promise<number> {
    const result = this.statements.insertUpdate.run(documentId, update)
    this.statements.touchDocument.run(new Date().toISOString(), documentId)
    return Number(result.lastInsertRowid)
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

  async close(): Promise<void> {
    this.database.close()
  }
}
