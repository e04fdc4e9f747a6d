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
  /** Appends one Yjs update; resolves once it is durable. */
  appendUpdate(documentId: string, update: Uint8Array): Promise<number>
  loadUpdates(documentId: string): Promise<StoredUpdates>
  /** Replaces the updates up to `upToSequence` by one snapshot that contains them all. */
  compact(documentId: string, snapshot: Uint8Array, upToSequence: number): Promise<void>
  countUpdates(documentId: string): Promise<number>
  close(): Promise<void>
}
