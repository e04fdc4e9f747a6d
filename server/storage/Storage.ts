import type { AccountStorage } from './AccountStorage'
import type { DocumentStorage } from './DocumentStorage'
import type { FassungStorage } from './FassungStorage'
import type { NotificationStorage } from './NotificationStorage'
import type { ReviewStorage } from './ReviewStorage'

/** Everything the server stores, behind interfaces that SQLite and PostgreSQL implement alike. */
export interface Storage {
  documents: DocumentStorage
  accounts: AccountStorage
  fassungen: FassungStorage
  review: ReviewStorage
  notifications: NotificationStorage
  close(): Promise<void>
}
