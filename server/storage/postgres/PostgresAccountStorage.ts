import type pg from 'pg'
import type { AccountStorage, StoredSession, StoredUser, UserChanges } from '../AccountStorage'
import { runInTransaction } from './runInTransaction'

const userColumns = 'id, username, name, department, role, password_hash AS "passwordHash", created_at AS "createdAt", active'
const changeableColumns = { name: 'name', department: 'department', role: 'role', active: 'active' } as const
const sessionColumns = 'token_hash AS "tokenHash", user_id AS "userId", expires_at AS "expiresAt"'

export class PostgresAccountStorage implements AccountStorage {
  constructor(private readonly pool: pg.Pool) {}

  async createUser(user: StoredUser): Promise<void> {
    await this.pool.query('INSERT INTO users (id, username, name, department, role, password_hash, created_at, active) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
      user.id,
      user.username,
      user.name,
      user.department,
      user.role,
      user.passwordHash,
      user.createdAt,
      user.active,
    ])
  }

  async findUserByUsername(username: string): Promise<StoredUser | null> {
    const { rows } = await this.pool.query<StoredUser>(`SELECT ${userColumns} FROM users WHERE lower(username COLLATE "C") = lower($1::text COLLATE "C")`, [username])
    return rows[0] ?? null
  }

  async findUserById(id: string): Promise<StoredUser | null> {
    const { rows } = await this.pool.query<StoredUser>(`SELECT ${userColumns} FROM users WHERE id = $1`, [id])
    return rows[0] ?? null
  }

  async listUsers(): Promise<StoredUser[]> {
    const { rows } = await this.pool.query<StoredUser>(`SELECT ${userColumns} FROM users ORDER BY name COLLATE "C", id`)
    return rows
  }

  async countUsers(): Promise<number> {
    const { rows } = await this.pool.query<{ count: string }>('SELECT COUNT(*) AS count FROM users')
    return Number(rows[0]!.count)
  }

  async updateUser(id: string, changes: UserChanges): Promise<boolean> {
    const fields = (Object.keys(changeableColumns) as (keyof UserChanges)[]).filter((field) => changes[field] !== undefined)
    if (fields.length === 0) return (await this.findUserById(id)) !== null
    const assignments = fields.map((field, index) => `${changeableColumns[field]} = $${index + 2}`).join(', ')
    const result = await this.pool.query(`UPDATE users SET ${assignments} WHERE id = $1`, [id, ...fields.map((field) => changes[field])])
    return (result.rowCount ?? 0) > 0
  }

  async createSession(session: StoredSession): Promise<void> {
    await this.pool.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [session.tokenHash, session.userId, session.expiresAt])
  }

  async findSession(tokenHash: string): Promise<StoredSession | null> {
    const { rows } = await this.pool.query<StoredSession>(`SELECT ${sessionColumns} FROM sessions WHERE token_hash = $1`, [tokenHash])
    return rows[0] ?? null
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash])
  }

  async deleteExpiredSessions(now: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE expires_at COLLATE "C" <= $1', [now])
  }

  async deleteSessionsOfUser(userId: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE user_id = $1', [userId])
  }

  async getDocumentAccess(documentId: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ userId: string }>('SELECT user_id AS "userId" FROM document_access WHERE document_id = $1 ORDER BY user_id COLLATE "C"', [
      documentId,
    ])
    return rows.map((row) => row.userId)
  }

  async setDocumentAccess(documentId: string, userIds: string[]): Promise<void> {
    await runInTransaction(this.pool, async (client) => {
      await client.query('DELETE FROM document_access WHERE document_id = $1', [documentId])
      const unique = [...new Set(userIds)]
      if (unique.length > 0) {
        await client.query('INSERT INTO document_access (document_id, user_id) SELECT $1, user_id FROM unnest($2::text[]) AS user_id', [documentId, unique])
      }
    })
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<boolean> {
    const result = await this.pool.query('UPDATE users SET password_hash = $2 WHERE id = $1', [userId, passwordHash])
    return (result.rowCount ?? 0) > 0
  }

  async listDepartments(): Promise<string[]> {
    const { rows } = await this.pool.query<{ name: string }>('SELECT name FROM departments ORDER BY position')
    return rows.map((row) => row.name)
  }

  async addDepartment(name: string): Promise<boolean> {
    const result = await this.pool.query('INSERT INTO departments (name) VALUES ($1) ON CONFLICT DO NOTHING', [name])
    return (result.rowCount ?? 0) > 0
  }

  async renameDepartment(from: string, to: string): Promise<boolean> {
    return runInTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{ position: string; name: string }>(`SELECT position, name FROM departments WHERE ${sameName('name', '$1')} FOR UPDATE`, [from])
      const existing = rows[0]
      if (!existing) return false
      const taken = await client.query<{ position: string }>(`SELECT position FROM departments WHERE ${sameName('name', '$1')} AND position <> $2`, [to, existing.position])
      if (taken.rows.length > 0) return false
      await client.query('UPDATE departments SET name = $1 WHERE position = $2', [to, existing.position])
      await client.query(`UPDATE users SET department = $1 WHERE ${sameName('department', '$2')}`, [to, existing.name])
      return true
    })
  }
}

/** Compares names ignoring ASCII case only, exactly like SQLite's NOCASE. */
function sameName(column: string, parameter: string): string {
  return `lower(${column} COLLATE "C") = lower(${parameter}::text COLLATE "C")`
}
