import type { PublicUser } from '../../shared/accounts/PublicUser'

export interface StoredUser extends PublicUser {
  passwordHash: string
  createdAt: string
  /** A deactivated account cannot sign in; its sessions are gone. */
  active: boolean
}

/** What an administrator may change about an account. */
export type UserChanges = Partial<Pick<StoredUser, 'name' | 'department' | 'role' | 'active'>>

export interface StoredSession {
  tokenHash: string
  userId: string
  expiresAt: string
}

/** Accounts, sessions and per-document access lists. */
export interface AccountStorage {
  createUser(user: StoredUser): Promise<void>
  findUserByUsername(username: string): Promise<StoredUser | null>
  findUserById(id: string): Promise<StoredUser | null>
  listUsers(): Promise<StoredUser[]>
  countUsers(): Promise<number>
  /** Changes the given fields of an account; false if there is no such account. */
  updateUser(id: string, changes: UserChanges): Promise<boolean>
  createSession(session: StoredSession): Promise<void>
  findSession(tokenHash: string): Promise<StoredSession | null>
  deleteSession(tokenHash: string): Promise<void>
  deleteExpiredSessions(now: string): Promise<void>
  /** Ends every session of an account. */
  deleteSessionsOfUser(userId: string): Promise<void>
  /** Accounts on the document's access list; an empty list means every account may open it. */
  getDocumentAccess(documentId: string): Promise<string[]>
  setDocumentAccess(documentId: string, userIds: string[]): Promise<void>
  /** Replaces an account's password hash; false if there is no such account. */
  setPasswordHash(userId: string, passwordHash: string): Promise<boolean>
  /** The Fachdienste in the order they were added (that order gives each its colour). */
  listDepartments(): Promise<string[]>
  /** Adds a Fachdienst at the end of the list; false if one of that name (ignoring case) exists. */
  addDepartment(name: string): Promise<boolean>
  /** Renames a Fachdienst in place, and with it every account's; false if it does not exist or the new name is taken. */
  renameDepartment(from: string, to: string): Promise<boolean>
}
