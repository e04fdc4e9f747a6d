import type pg from 'pg'
import type { Fassung } from '../../../shared/fassungen/Fassung'
import type { FassungStorage, StoredFassung } from '../FassungStorage'
import { toBuffer } from './toBuffer'
import { toUint8Array } from './toUint8Array'

const columns =
  'id, document_id AS "documentId", name, gremium, date, status, beratungsfolge_id AS "beratungsfolgeId", created_at AS "createdAt", created_by AS "createdBy"'

export class PostgresFassungStorage implements FassungStorage {
  constructor(private readonly pool: pg.Pool) {}

  async createFassung(fassung: StoredFassung): Promise<void> {
    await this.pool.query(
      `INSERT INTO fassungen (id, document_id, name, gremium, date, status, beratungsfolge_id, created_at, created_by, snapshot, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        fassung.id,
        fassung.documentId,
        fassung.name,
        fassung.gremium,
        fassung.date,
        fassung.status,
        fassung.beratungsfolgeId,
        fassung.createdAt,
        fassung.createdBy,
        toBuffer(fassung.snapshot),
        toBuffer(fassung.state),
      ],
    )
  }

  async listFassungen(documentId: string): Promise<Fassung[]> {
    const { rows } = await this.pool.query<Fassung>(`SELECT ${columns} FROM fassungen WHERE document_id = $1 ORDER BY created_at COLLATE "C", position`, [documentId])
    return rows
  }

  async getFassung(documentId: string, fassungId: string): Promise<StoredFassung | null> {
    const { rows } = await this.pool.query<Fassung & { snapshot: Buffer; state: Buffer }>(
      `SELECT ${columns}, snapshot, state FROM fassungen WHERE document_id = $1 AND id = $2`,
      [documentId, fassungId],
    )
    const row = rows[0]
    if (!row) return null
    return { ...row, snapshot: toUint8Array(row.snapshot), state: toUint8Array(row.state) }
  }
}
