import type { CloseCodeValue } from '../../shared/collab/closeCodes'

/** The answer to "may this connection stay open?": yes, writing or only reading, or no, closed with this code. */
export type AuthorizationVerdict = { canWrite: boolean } | { closeCode: CloseCodeValue; reason: string }

/** What the transport tells the core about a connection's right to stay open, besides who it is. */
export interface ConnectionAuthorization {
  /** When the session behind the connection ends (milliseconds since the epoch); the connection closes then. */
  expiresAt: number
  /** Asks again, after access lists, accounts or sessions changed. */
  recheck(): Promise<AuthorizationVerdict>
}

/** Whose connections to check again: one account's, one document's, or all of them. */
export type RecheckScope = { userId: string } | { documentId: string } | { all: true }
