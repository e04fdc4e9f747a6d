import type { DocumentMetadata } from '../../shared/documentMeta/DocumentMetadata'
import type { UpdateAttribution } from '../../shared/history/UpdateAttribution'

export interface DocumentRecord {
  id: string
  title: string
  createdAt: string
  updatedAt: string
}

export interface StoredUpdates {
  /** Yjs updates in the order they were accepted; the first may be a compacted snapshot. */
  updates: Uint8Array[]
  /** Sequence number of the last update returned, to compact up to it later. */
  lastSequence: number
}

/**
 * Where documents live. Every method is asynchronous so that SQLite and PostgreSQL implement the same
 * contract; an update counts as stored once `appendUpdate` has resolved.
 */
export interface DocumentStorage {
  createDocument(document: DocumentRecord): Promise<void>
  getDocument(id: string): Promise<DocumentRecord | null>
  listDocuments(): Promise<DocumentRecord[]>
  /**
   * Appends one Yjs update with its attribution, and claims the clientIDs it inserted with for the
   * attributed user, in one transaction; resolves once both are durable.
   */
  appendUpdate(documentId: string, update: Uint8Array, attribution: UpdateAttribution | null): Promise<number>
  /** Every attribution ever recorded for the document, oldest first; compaction keeps them. */
  listAttributions(documentId: string): Promise<UpdateAttribution[]>
  /** Which user owns which clientID in this document. */
  getClientOwners(documentId: string): Promise<Map<number, string>>
  loadUpdates(documentId: string): Promise<StoredUpdates>
  /** Replaces the updates up to `upToSequence` by one snapshot that contains them all. */
  compact(documentId: string, snapshot: Uint8Array, upToSequence: number): Promise<void>
  countUpdates(documentId: string): Promise<number>
  /** Beratungsfolge and cover fields; null if never set. */
  getMetadata(documentId: string): Promise<DocumentMetadata | null>
  setMetadata(documentId: string, metadata: DocumentMetadata): Promise<void>
}
