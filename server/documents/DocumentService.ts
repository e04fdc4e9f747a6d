import { setImmediate } from 'node:timers/promises'
import type { PublicUser } from '../../shared/accounts/PublicUser'
import type { HistoryPlace } from '../../shared/history/HistoryPlace'
import type { UpdateAttribution } from '../../shared/history/UpdateAttribution'
import type { ImportLimits } from '../../shared/import/ImportLimits'
import type { ImportSummary } from '../../shared/import/ImportSummary'
import { defaultImportLimits } from '../../shared/import/defaultImportLimits'
import { InvalidInputError } from '../errors/InvalidInputError'
import type { DocumentRecord, DocumentStorage } from '../storage/DocumentStorage'
import type { JobRunner } from '../workers/JobRunner'
import { checkTextImport } from './checkTextImport'
import { createDocumentId } from './createDocumentId'
import { prepareConceptUpdate, type PreparedDocument } from './prepareConceptUpdate'
import type { PreparedTextImport } from './prepareTextImport'
import { validateTitle } from './validateTitle'

/**
 * Creating and importing documents; afterwards their content changes only through the collaboration core.
 * Imports are parsed, normalized and encoded by the job runner (a worker thread in the server), within the
 * import limits; only storing happens here.
 */
export class DocumentService {
  constructor(
    private readonly storage: DocumentStorage,
    private readonly jobs: JobRunner,
    private readonly limits: ImportLimits = defaultImportLimits,
  ) {}

  async create(author: PublicUser, title: unknown): Promise<DocumentRecord> {
    return this.store(author, validateTitle(title), prepareConceptUpdate({ type: 'doc', content: [{ type: 'paragraph' }] }))
  }

  async importPlainText(author: PublicUser, text: unknown, title?: string): Promise<{ document: DocumentRecord; summary: ImportSummary }> {
    checkTextImport(text, title, this.limits)
    return this.storeTextImport(author, await this.jobs.run('importText', { text, ...(title ? { title } : {}) }, { userId: author.id }))
  }

  /**
   * Creates a document from the JSON body `{ text, title? }` of an import request, as it came: parsing and
   * checking it happen in the worker with the import, with the same German errors as for any JSON route.
   */
  async importTextRequest(author: PublicUser, requestBody: Uint8Array): Promise<{ document: DocumentRecord; summary: ImportSummary }> {
    return this.storeTextImport(author, await this.jobs.run('importText', { requestBody, limits: this.limits }, { userId: author.id }))
  }

  /** Creates a document from a Word file (.docx); the title comes from the file when none is given. */
  async importDocx(author: PublicUser, file: Uint8Array, title?: string): Promise<{ document: DocumentRecord; summary: ImportSummary }> {
    if (file.byteLength === 0) throw new InvalidInputError('Die Datei ist leer.')
    if (title !== undefined) validateTitle(title)
    const prepared = await this.jobs.run('importDocx', { file, limits: this.limits }, { userId: author.id })
    const document = await this.store(author, validateTitle(title || prepared.summary.title || 'Importiertes Konzept'), prepared)
    if (prepared.metadata) await this.storage.setMetadata(document.id, prepared.metadata)
    return { document, summary: { ...prepared.summary, title: document.title } }
  }

  /** Where each attributed update changed the document (by index), read from the document's current state in a worker. */
  async locateHistory(reader: PublicUser, state: Uint8Array, attributions: readonly UpdateAttribution[], signal?: AbortSignal): Promise<HistoryPlace[][]> {
    const { places } = await this.jobs.run('locateHistory', { state, attributions: [...attributions] }, { userId: reader.id, ...(signal ? { signal } : {}) })
    return places
  }

  private async storeTextImport(author: PublicUser, prepared: PreparedTextImport): Promise<{ document: DocumentRecord; summary: ImportSummary }> {
    const document = await this.store(author, validateTitle(prepared.requestedTitle || prepared.summary.title || 'Importiertes Konzept'), prepared)
    if (prepared.metadata) {
      await setImmediate()
      await this.storage.setMetadata(document.id, prepared.metadata)
    }
    return { document, summary: prepared.summary }
  }

  private async store(author: PublicUser, title: string, prepared: PreparedDocument): Promise<DocumentRecord> {
    const now = new Date().toISOString()
    const document: DocumentRecord = { id: createDocumentId(), title, createdAt: now, updatedAt: now }
    await this.storage.createDocument(document)
    // SQLite writes synchronously: between the row and a long concept's megabyte-sized update, the messages
    // that arrived meanwhile go out first.
    await setImmediate()
    await this.storage.appendUpdate(document.id, prepared.update, { userId: author.id, at: now, inserted: prepared.inserted, deleted: prepared.deleted })
    return document
  }
}
