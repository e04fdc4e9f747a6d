import { CloseCode } from '../../shared/collab/closeCodes'
import type { Logger } from '../logging/Logger'
import type { ClientConnection } from './ClientConnection'
import type { ConnectionAuthorization, RecheckScope } from './ConnectionAuthorization'

interface Watched {
  authorization: ConnectionAuthorization
  expiryTimer: NodeJS.Timeout | null
}

// setTimeout cannot wait longer; a later expiry is reached in several steps.
const longestTimeoutMs = 2 ** 31 - 1

/**
 * Keeps open connections within what their accounts may do: closes a connection when its session expires
 * (4401), and re-checks connections when told that sessions, accounts or access lists changed, and every
 * `sweepIntervalMs` in case such news got lost between instances: a connection whose session is gone is
 * closed with 4401, one without access with 4403, one whose role no longer writes continues read-only.
 */
export class AuthorizationWatch {
  private readonly watched = new Map<ClientConnection, Watched>()
  private readonly sweepTimer: NodeJS.Timeout | null

  constructor(
    private readonly logger: Logger,
    sweepIntervalMs: number,
  ) {
    this.sweepTimer = sweepIntervalMs > 0 ? setInterval(() => void this.recheck({ all: true }), sweepIntervalMs) : null
    this.sweepTimer?.unref()
  }

  watch(connection: ClientConnection, authorization: ConnectionAuthorization): void {
    const watched: Watched = { authorization, expiryTimer: null }
    this.watched.set(connection, watched)
    this.scheduleExpiry(connection, watched)
  }

  unwatch(connection: ClientConnection): void {
    const watched = this.watched.get(connection)
    if (watched?.expiryTimer) clearTimeout(watched.expiryTimer)
    this.watched.delete(connection)
  }

  /** Asks again for every matching connection and acts on the answers; resolves when all are applied. */
  async recheck(scope: RecheckScope): Promise<void> {
    const matching = [...this.watched].filter(([connection]) => matches(connection, scope))
    await Promise.all(matching.map(([connection, watched]) => this.recheckOne(connection, watched)))
  }

  stop(): void {
    if (this.sweepTimer) clearInterval(this.sweepTimer)
    for (const connection of [...this.watched.keys()]) this.unwatch(connection)
  }

  private async recheckOne(connection: ClientConnection, watched: Watched) {
    let verdict
    try {
      verdict = await watched.authorization.recheck()
    } catch (error) {
      // Closing everyone on a storage hiccup would sign them all out; the next sweep asks again.
      this.logger.error('re-checking a connection failed; it stays open until the next check', { documentId: connection.documentId, userId: connection.identity.userId, error })
      return
    }
    if (connection.isClosed) return
    if ('closeCode' in verdict) {
      this.logger.info('closing a connection whose authorization ended', { documentId: connection.documentId, userId: connection.identity.userId, closeCode: verdict.closeCode })
      connection.close(verdict.closeCode, verdict.reason)
    } else if (!verdict.canWrite && connection.identity.canWrite) {
      // Closed rather than silently restricted: the client must learn it can no longer write, or its typing would vanish.
      this.logger.info('closing a connection whose account may no longer write', { documentId: connection.documentId, userId: connection.identity.userId })
      connection.restrictToReading()
      connection.close(CloseCode.roleChanged, 'Rolle geändert')
    }
  }

  private scheduleExpiry(connection: ClientConnection, watched: Watched) {
    const remainingMs = watched.authorization.expiresAt - Date.now()
    if (remainingMs <= 0) {
      connection.close(CloseCode.unauthorized, 'Sitzung abgelaufen')
      return
    }
    watched.expiryTimer = setTimeout(() => this.scheduleExpiry(connection, watched), Math.min(remainingMs, longestTimeoutMs))
    watched.expiryTimer.unref()
  }
}

function matches(connection: ClientConnection, scope: RecheckScope): boolean {
  if ('userId' in scope) return connection.identity.userId === scope.userId
  if ('documentId' in scope) return connection.documentId === scope.documentId
  return true
}
