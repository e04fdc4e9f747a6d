import { createHash, randomBytes, randomUUID } from 'node:crypto'
import type { ManagedAccount } from '../../shared/accounts/ManagedAccount'
import type { PublicUser } from '../../shared/accounts/PublicUser'
import { roles, type Role } from '../../shared/accounts/roles'
import { AuthenticationError } from '../errors/AuthenticationError'
import { ConflictError } from '../errors/ConflictError'
import { ForbiddenError } from '../errors/ForbiddenError'
import { InvalidInputError } from '../errors/InvalidInputError'
import { NotFoundError } from '../errors/NotFoundError'
import type { Logger } from '../logging/Logger'
import type { AccountStorage, StoredUser } from '../storage/AccountStorage'
import { TooManyRequestsError } from '../errors/TooManyRequestsError'
import { hashPassword, verifyPassword } from './hashPassword'
import { PasswordPolicy } from './PasswordPolicy'
import { SignInThrottle } from './SignInThrottle'

export interface NewUserInput {
  username: unknown
  password: unknown
  name: unknown
  department: unknown
  role: unknown
}

export interface Session {
  token: string
  user: PublicUser
  expiresAt: string
}

/** What `PATCH /api/users/:id` may change; every field optional. */
export interface UserChangeInput {
  name?: unknown
  department?: unknown
  role?: unknown
  active?: unknown
}

export interface AuthServiceOptions {
  sessionLifetimeMs?: number
  throttle?: SignInThrottle
  passwordPolicy?: PasswordPolicy
}

const usernamePattern = /^[a-zA-Z0-9._-]{2,64}$/
const maxNameLength = 200
const wrongCredentials = 'Benutzername oder Passwort ist falsch.'

/** Accounts, sign-in and sessions. Tokens are random; only their SHA-256 is stored. */
export class AuthService {
  private readonly sessionLifetimeMs: number
  private readonly throttle: SignInThrottle
  private readonly passwordPolicy: PasswordPolicy

  constructor(
    private readonly accounts: AccountStorage,
    private readonly logger: Logger,
    options: AuthServiceOptions = {},
  ) {
    this.sessionLifetimeMs = options.sessionLifetimeMs ?? 12 * 60 * 60 * 1000
    this.throttle = options.throttle ?? new SignInThrottle()
    this.passwordPolicy = options.passwordPolicy ?? new PasswordPolicy()
  }

  /**
   * On first start: creates `admin` with ADMIN_PASSWORD, or with a generated password printed once. A weak
   * ADMIN_PASSWORD is refused with an error, so the server does not start with it.
   */
  async ensureInitialAdmin(adminPassword: string | undefined): Promise<void> {
    if ((await this.accounts.countUsers()) > 0) return
    if (adminPassword) {
      const problem = await this.passwordPolicy.findProblem(adminPassword, 'admin')
      if (problem) throw new Error(`ADMIN_PASSWORD is not accepted: ${problem} (at least ${PasswordPolicy.minimumLength} characters, not a common password)`)
    }
    const password = adminPassword || randomBytes(12).toString('base64url')
    try {
      await this.storeUser({ username: 'admin', password, name: 'Administration', department: 'Verwaltung', role: 'admin' })
    } catch (error) {
      // Another instance starting on the same empty database was faster: its admin account stands.
      if (error instanceof ConflictError || (await this.accounts.findUserByUsername('admin'))) return
      throw error
    }
    if (adminPassword) this.logger.info('created the account "admin" with the password from ADMIN_PASSWORD')
    else this.logger.warn(`created the account "admin" with the generated password: ${password} (shown only now)`)
  }

  /** Signs in; after repeated failures for the account or from the client's address, only after a wait (429). */
  async signIn(username: unknown, password: unknown, clientAddress: string): Promise<Session> {
    if (typeof username !== 'string' || typeof password !== 'string') throw new InvalidInputError('Bitte Benutzername und Passwort angeben.')
    const waitMs = this.throttle.waitMs(username, clientAddress)
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000)
      throw new TooManyRequestsError(`Zu viele fehlgeschlagene Anmeldeversuche. Bitte in ${seconds} Sekunden erneut versuchen.`, seconds)
    }
    if (username.length > 64 || password.length > PasswordPolicy.maximumLength) {
      this.throttle.recordFailure(username, clientAddress)
      throw new AuthenticationError(wrongCredentials)
    }
    const user = await this.accounts.findUserByUsername(username)
    // The password is checked even for unknown names, so the response time does not reveal which names exist.
    const valid = await verifyPassword(password, user?.passwordHash ?? (await this.dummyHash()))
    if (!user || !valid || !user.active) {
      this.throttle.recordFailure(username, clientAddress)
      this.logger.info('failed sign-in', { username: username.slice(0, 64), clientAddress })
      throw new AuthenticationError(wrongCredentials)
    }
    this.throttle.recordSuccess(username)
    const token = randomBytes(32).toString('base64url')
    const expiresAt = new Date(Date.now() + this.sessionLifetimeMs).toISOString()
    await this.accounts.createSession({ tokenHash: hashToken(token), userId: user.id, expiresAt })
    await this.accounts.deleteExpiredSessions(new Date().toISOString())
    return { token, user: toPublicUser(user), expiresAt }
  }

  /** The user a token belongs to, or null if it is unknown or expired or the account is deactivated. */
  async authenticate(token: string | undefined | null): Promise<PublicUser | null> {
    return (await this.authenticateSession(token))?.user ?? null
  }

  /** Like `authenticate`, with the moment the session ends. */
  async authenticateSession(token: string | undefined | null): Promise<{ user: PublicUser; expiresAt: string } | null> {
    if (!token) return null
    const session = await this.accounts.findSession(hashToken(token))
    if (!session || session.expiresAt <= new Date().toISOString()) return null
    const user = await this.accounts.findUserById(session.userId)
    return user?.active ? { user: toPublicUser(user), expiresAt: session.expiresAt } : null
  }

  async signOut(token: string): Promise<void> {
    await this.accounts.deleteSession(hashToken(token))
  }

  async createUser(actor: PublicUser, input: NewUserInput): Promise<PublicUser> {
    if (actor.role !== 'admin') throw new ForbiddenError('Nur die Administration darf Konten anlegen.')
    return this.storeUser(input)
  }

  async listUsers(): Promise<ManagedAccount[]> {
    return (await this.accounts.listUsers()).map(toManagedAccount)
  }

  /**
   * Changes name, department, role or whether the account is active (admins only). Nobody deactivates or
   * demotes themselves, so an administrator always remains; a deactivated account's sessions end at once.
   */
  async updateUser(actor: PublicUser, userId: string, input: UserChangeInput): Promise<ManagedAccount> {
    if (actor.role !== 'admin') throw new ForbiddenError('Nur die Administration darf Konten ändern.')
    const { name, department, role, active } = input
    if (name !== undefined && (typeof name !== 'string' || !name.trim() || name.length > maxNameLength)) throw new InvalidInputError(`Bitte einen Namen (höchstens ${maxNameLength} Zeichen) angeben.`)
    if (department !== undefined && (typeof department !== 'string' || department.length > maxNameLength)) throw new InvalidInputError(`Bitte einen Fachdienst (höchstens ${maxNameLength} Zeichen) angeben.`)
    if (role !== undefined && (typeof role !== 'string' || !roles.includes(role as Role))) throw new InvalidInputError('Die Rolle muss admin, editor oder reviewer sein.')
    if (active !== undefined && typeof active !== 'boolean') throw new InvalidInputError('active muss wahr oder falsch sein.')
    if (name === undefined && department === undefined && role === undefined && active === undefined) throw new InvalidInputError('Bitte name, department, role oder active angeben.')
    if (userId === actor.id && (active === false || (role !== undefined && role !== 'admin'))) {
      throw new ForbiddenError('Das eigene Konto kann man weder deaktivieren noch herabstufen.')
    }
    const changes = {
      ...(typeof name === 'string' ? { name: name.trim() } : {}),
      ...(typeof department === 'string' ? { department: department.trim() } : {}),
      ...(role !== undefined ? { role: role as Role } : {}),
      ...(typeof active === 'boolean' ? { active } : {}),
    }
    if (!(await this.accounts.updateUser(userId, changes))) throw new NotFoundError('Dieses Konto gibt es nicht.')
    if (changes.department) await this.accounts.addDepartment(changes.department)
    if (active === false) await this.accounts.deleteSessionsOfUser(userId)
    const updated = await this.accounts.findUserById(userId)
    if (!updated) throw new NotFoundError('Dieses Konto gibt es nicht.')
    return toManagedAccount(updated)
  }

  /** Sets a new password for an account (admins only, the password policy applies); its sessions end at once. */
  async resetPassword(actor: PublicUser, userId: string, password: unknown): Promise<ManagedAccount> {
    if (actor.role !== 'admin') throw new ForbiddenError('Nur die Administration darf Passwörter zurücksetzen.')
    const user = await this.accounts.findUserById(userId)
    if (!user) throw new NotFoundError('Dieses Konto gibt es nicht.')
    if (typeof password !== 'string') throw new InvalidInputError(`Bitte ein Passwort mit mindestens ${PasswordPolicy.minimumLength} Zeichen angeben.`)
    const problem = await this.passwordPolicy.findProblem(password, user.username)
    if (problem) throw new InvalidInputError(problem)
    if (!(await this.accounts.setPasswordHash(userId, await hashPassword(password)))) throw new NotFoundError('Dieses Konto gibt es nicht.')
    // Whoever knew the old password (or holds a session opened with it) is signed out.
    await this.accounts.deleteSessionsOfUser(userId)
    return toManagedAccount(user)
  }

  /** The Fachdienste in the order they were added; that order gives each its colour. */
  async listDepartments(): Promise<string[]> {
    return this.accounts.listDepartments()
  }

  async addDepartment(actor: PublicUser, name: unknown): Promise<string> {
    if (actor.role !== 'admin') throw new ForbiddenError('Nur die Administration darf Fachdienste anlegen.')
    const department = readDepartmentName(name)
    if (!(await this.accounts.addDepartment(department))) throw new ConflictError(`Den Fachdienst „${department}“ gibt es bereits.`)
    return department
  }

  /** Renames a Fachdienst and with it every account's; its colour stays. */
  async renameDepartment(actor: PublicUser, from: unknown, to: unknown): Promise<string> {
    if (actor.role !== 'admin') throw new ForbiddenError('Nur die Administration darf Fachdienste umbenennen.')
    if (typeof from !== 'string' || !from.trim()) throw new InvalidInputError('Bitte angeben, welcher Fachdienst umbenannt werden soll.')
    const department = readDepartmentName(to)
    const existing = await this.accounts.listDepartments()
    const current = existing.find((name) => name.toLowerCase() === from.trim().toLowerCase())
    if (!current) throw new NotFoundError(`Den Fachdienst „${from.trim()}“ gibt es nicht.`)
    if (!(await this.accounts.renameDepartment(current, department))) throw new ConflictError(`Den Fachdienst „${department}“ gibt es bereits.`)
    return department
  }

  private async storeUser(input: NewUserInput): Promise<PublicUser> {
    const { username, password, name, department, role } = input
    if (typeof username !== 'string' || !usernamePattern.test(username)) throw new InvalidInputError('Der Benutzername muss 2–64 Zeichen lang sein (Buchstaben, Ziffern, . _ -).')
    if (typeof password !== 'string') throw new InvalidInputError(`Bitte ein Passwort mit mindestens ${PasswordPolicy.minimumLength} Zeichen angeben.`)
    const passwordProblem = await this.passwordPolicy.findProblem(password, username)
    if (passwordProblem) throw new InvalidInputError(passwordProblem)
    if (typeof name !== 'string' || !name.trim() || name.length > maxNameLength) throw new InvalidInputError(`Bitte einen Namen (höchstens ${maxNameLength} Zeichen) angeben.`)
    if (typeof department !== 'string' || department.length > maxNameLength) throw new InvalidInputError(`Bitte einen Fachdienst (höchstens ${maxNameLength} Zeichen) angeben.`)
    if (typeof role !== 'string' || !roles.includes(role as Role)) throw new InvalidInputError('Die Rolle muss admin, editor oder reviewer sein.')
    if (await this.accounts.findUserByUsername(username)) throw new ConflictError('Dieser Benutzername ist bereits vergeben.')
    const user: StoredUser = {
      id: randomUUID(),
      username,
      name: name.trim(),
      department: department.trim(),
      role: role as Role,
      passwordHash: await hashPassword(password),
      createdAt: new Date().toISOString(),
      active: true,
    }
    await this.accounts.createUser(user)
    if (user.department) await this.accounts.addDepartment(user.department)
    return toPublicUser(user)
  }

  private dummyHashValue: Promise<string> | null = null

  private dummyHash(): Promise<string> {
    this.dummyHashValue ??= hashPassword(randomBytes(16).toString('hex'))
    return this.dummyHashValue
  }
}

function readDepartmentName(name: unknown): string {
  if (typeof name !== 'string' || !name.trim() || name.length > maxNameLength) throw new InvalidInputError(`Bitte einen Namen für den Fachdienst (höchstens ${maxNameLength} Zeichen) angeben.`)
  return name.trim()
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

function toPublicUser(user: StoredUser): PublicUser {
  return { id: user.id, username: user.username, name: user.name, department: user.department, role: user.role }
}

function toManagedAccount(user: StoredUser): ManagedAccount {
  return { ...toPublicUser(user), active: user.active }
}
