import type Database from 'better-sqlite3'
import type { Fassung, FassungStatus } from '../../../shared/fassungen/Fassung'
import type { FassungStorage, StoredFassung } from '../FassungStorage'

const columns = 'id, document_id AS documentId, name, gremium, date, status, beratungsfolge_id AS beratungsfolgeId, created_at AS createdAt, created_by AS createdBy'

export class SqliteFassungStorage implements FassungStorage {
  private readonly statements

  constructor(database: Database.Database) {
    this.statements = {
      insert: database.prepare(
        'INSERT INTO fassungen (id, document_id, name, gremium, date, status, beratungsfolge_id, created_at, created_by, snapshot, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      list: database.prepare(`SELECT ${columns} FROM fassungen WHERE document_id = ? ORDER BY created_at, rowid`),
      get: database.prepare(`SELECT ${columns}, snapshot, state FROM fassungen WHERE document_id = ? AND id = ?`),
    }
  }

  async createFassung(fassung: StoredFassung): Promise<void> {
    this.statements.insert.run(
      fassung.id,
      fassung.documentId,
      fassung.name,
      fassung.gremium,
      fassung.date,
      fassung.status,
      fassung.beratungsfolgeId,
      fassung.createdAt,
      fassung.createdBy,
      fassung.snapshot,
      fassung.state,
    )
  }

  async listFassungen(documentId: string): Promise<Fassung[]> {
    return this.statements.list.all(documentId) as Fassung[]
  }

  async getFassung(documentId: string, fassungId: string): Promise<StoredFassung | null> {
    const row = this.statements.get.get(documentId, fassungId) as (Fassung & { snapshot: Buffer; state: Buffer; status: FassungStatus }) | undefined
    if (!row) return null
    return { ...row, snapshot: new Uint8Array(row.snapshot), state: new Uint8Array(row.state) }
  }
}
