import type { AccountStorage } from './AccountStorage'
import type { DocumentStorage } from './DocumentStorage'

/** Everything the server stores, behind interfaces that SQLite and PostgreSQL implement alike. */
export interface Storage {
  documents: DocumentStorage
  accounts: AccountStorage
  close(): Promise<void>
}
