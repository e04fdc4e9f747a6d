import type { DocumentMetadata } from '../api/apiTypes'

/** A document in the list, with the accounts that have it open right now (`GET /api/documents`). */
export interface DocumentListEntry extends DocumentMetadata {
  present: { userId: string; name: string; department: string }[]
}
