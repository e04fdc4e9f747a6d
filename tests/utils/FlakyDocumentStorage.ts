import type { DocumentMetadata } from '../../shared/documentMeta/DocumentMetadata'
import type { UpdateAttribution } from '../../shared/history/UpdateAttribution'
import type { DocumentRecord, DocumentStorage, StoredUpdates } from '../../server/storage/DocumentStorage'

/** A real storage whose appends fail while `failing` is set, like a full disk, or wait while stalled, like a slow one. */
export class FlakyDocumentStorage implements DocumentStorage {
  failing = false
  private stalled: Promise<void> | null = null

  constructor(private readonly inner: DocumentStorage) {}

  /** Makes appends wait until the returned function is called. */
  stall(): () => void {
    let release = () => {}
    this.stalled = new Promise((resolve) => {
      release = () => {
        this.stalled = null
        resolve()
      }
    })
    return release
  }

  async appendUpdate(documentId: string, update: Uint8Array, attribution: UpdateAttribution | null): Promise<number> {
    if (this.stalled) await this.stalled
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
