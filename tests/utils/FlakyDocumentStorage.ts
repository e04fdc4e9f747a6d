import type { DocumentMetadata } from '../../shared/documentMeta/DocumentMetadata'
import type { UpdateAttribution } from '../../shared/history/UpdateAttribution'
import type { DocumentRecord, DocumentStorage, StoredUpdates } from '../../server/storage/DocumentStorage'

/** A real storage whose appends fail while `failing` is set, like a full disk. */
export class FlakyDocumentStorage implements DocumentStorage {
  failing = false

  constructor(private readonly inner: DocumentStorage) {}

  async appendUpdate(documentId: string, update: Uint8Array, attribution: UpdateAttribution | null): Promise<number> {
    if (this.failing) throw new Error('disk full')
    return this.inner.appendUpdate(documentId, update, attribution)
  }

  createDocument(document: DocumentRecord) {
    return this.inner.createDocument(document)
  }
  getDocument(id: string) {
    return this.inner.getDocument(id)
  }
  listDocuments() {
    return this.inner.listDocuments()
  }
  loadUpdates(documentId: string): Promise<StoredUpdates> {
    return this.inner.loadUpdates(documentId)
  }
  compact(documentId: string, snapshot: Uint8Array, upToSequence: number) {
    return this.inner.compact(documentId, snapshot, upToSequence)
  }
  countUpdates(documentId: string) {
    return this.inner.countUpdates(documentId)
  }
  listAttributions(documentId: string) {
    return this.inner.listAttributions(documentId)
  }
  getMetadata(documentId: string) {
    return this.inner.getMetadata(documentId)
  }
  setMetadata(documentId: string, metadata: DocumentMetadata) {
    return this.inner.setMetadata(documentId, metadata)
  }
  getClientOwners(documentId: string) {
    return this.inner.getClientOwners(documentId)
  }
}
