import type Database from 'better-sqlite3'
import type { AccountStorage, StoredSession, StoredUser, UserChanges } from '../AccountStorage'

const userColumns = 'id, username, name, department, role, password_hash AS passwordHash, created_at AS createdAt, active'
const changeableColumns = { name: 'name', department: 'department', role: 'role', active: 'active' } as const

type UserRow = Omit<StoredUser, 'active'> & { active: number }

export class SqliteAccountStorage implements AccountStorage {
  private readonly statements

  constructor(private readonly database: Database.Database) {
    this.statements = {
      insertUser: database.prepare('INSERT INTO users (id, username, name, department, role, password_hash, created_at, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      userByUsername: database.prepare(`SELECT ${userColumns} FROM users WHERE username = ?`),
      userById: database.prepare(`SELECT ${userColumns} FROM users WHERE id = ?`),
      listUsers: database.prepare(`SELECT ${userColumns} FROM users ORDER BY name`),
      countUsers: database.prepare('SELECT COUNT(*) AS count FROM users'),
      insertSession: database.prepare('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)'),
      findSession: database.prepare('SELECT token_hash AS tokenHash, user_id AS userId, expires_at AS expiresAt FROM sessions WHERE token_hash = ?'),
      deleteSession: database.prepare('DELETE FROM sessions WHERE token_hash = ?'),
      deleteExpiredSessions: database.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
      deleteSessionsOfUser: database.prepare('DELETE FROM sessions WHERE user_id = ?'),
      documentAccess: database.prepare('SELECT user_id AS userId FROM document_access WHERE document_id = ? ORDER BY user_id'),
      clearDocumentAccess: database.prepare('DELETE FROM document_access WHERE document_id = ?'),
      insertDocumentAccess: database.prepare('INSERT INTO document_access (document_id, user_id) VALUES (?, ?)'),
      setPasswordHash: database.prepare('UPDATE users SET password_hash = ? WHERE id = ?'),
      listDepartments: database.prepare('SELECT name FROM departments ORDER BY position'),
      departmentByName: database.prepare('SELECT position, name FROM departments WHERE name = ?'),
      insertDepartment: database.prepare('INSERT INTO departments (name) VALUES (?)'),
      renameDepartment: database.prepare('UPDATE departments SET name = ? WHERE position = ?'),
      renameUsersDepartment: database.prepare('UPDATE users SET department = ? WHERE department = ? COLLATE NOCASE'),
    }
  }

  async createUser(user: StoredUser): Promise<void> {
    this.statements.insertUser.run(user.id, user.username, user.name, user.department, user.role, user.passwordHash, user.createdAt, user.active ? 1 : 0)
  }

  async findUserByUsername(username: string): Promise<StoredUser | null> {
    return toStoredUser(this.statements.userByUsername.get(username) as UserRow | undefined)
  }

  async findUserById(id: string): Promise<StoredUser | null> {
    return toStoredUser(this.statements.userById.get(id) as UserRow | undefined)
  }

  async listUsers(): Promise<StoredUser[]> {
    return (this.statements.listUsers.all() as UserRow[]).map((row) => toStoredUser(row)!)
  }

  async updateUser(id: string, changes: UserChanges): Promise<boolean> {
    const fields = (Object.keys(changeableColumns) as (keyof UserChanges)[]).filter((field) => changes[field] !== undefined)
    if (fields.length === 0) return (await this.findUserById(id)) !== null
    const assignments = fields.map((field) => `${changeableColumns[field]} = ?`).join(', ')
    const values = fields.map((field) => (field === 'active' ? (changes.active ? 1 : 0) : changes[field]))
    return this.database.prepare(`UPDATE users SET ${assignments} WHERE id = ?`).run(...values, id).changes > 0
  }

  async countUsers(): Promise<number> {
    return (this.statements.countUsers.get() as { count: number }).count
  }

  async createSession(session: StoredSession): Promise<void> {
    this.statements.insertSession.run(session.tokenHash, session.userId, session.expiresAt)
  }

  async findSession(tokenHash: string): Promise<StoredSession | null> {
    return (this.statements.findSession.get(tokenHash) as StoredSession | undefined) ?? null
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.statements.deleteSession.run(tokenHash)
  }

  async deleteExpiredSessions(now: string): Promise<void> {
    this.statements.deleteExpiredSessions.run(now)
  }

  async deleteSessionsOfUser(userId: string): Promise<void> {
    this.statements.deleteSessionsOfUser.run(userId)
  }

  async getDocumentAccess(documentId: string): Promise<string[]> {
    return (this.statements.documentAccess.all(documentId) as { userId: string }[]).map((row) => row.userId)
  }

  async setDocumentAccess(documentId: string, userIds: string[]): Promise<void> {
    this.database.transaction(() => {
      this.statements.clearDocumentAccess.run(documentId)
      for (const userId of new Set(userIds)) this.statements.insertDocumentAccess.run(documentId, userId)
    })()
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<boolean> {
    return this.statements.setPasswordHash.run(passwordHash, userId).changes > 0
  }

  async listDepartments(): Promise<string[]> {
    return (this.statements.listDepartments.all() as { name: string }[]).map((row) => row.name)
  }

  async addDepartment(name: string): Promise<boolean> {
    if (this.statements.departmentByName.get(name)) return false
    this.statements.insertDepartment.run(name)
    return true
  }

  async renameDepartment(from: string, to: string): Promise<boolean> {
    return this.database.transaction(() => {
      const existing = this.statements.departmentByName.get(from) as { position: number; name: string } | undefined
      if (!existing) return false
      const taken = this.statements.departmentByName.get(to) as { position: number } | undefined
      if (taken && taken.position !== existing.position) return false
      this.statements.renameDepartment.run(to, existing.position)
      this.statements.renameUsersDepartment.run(to, existing.name)
      return true
    })()
  }
}

function toStoredUser(row: UserRow | undefined): StoredUser | null {
  return row ? { ...row, active: row.active === 1 } : null
}
