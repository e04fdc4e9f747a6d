import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import { getConceptSchema } from '../../shared/schema/getConceptSchema'
import { normalizeConceptDocument } from '../../shared/schema/normalizeConceptDocument'
import { conceptJsonToYDoc } from '../../shared/yjs/conceptConversions'
import { importPlainTextConcept } from '../../shared/import/importPlainTextConcept'
import type { ImportSummary } from '../../shared/import/ImportSummary'
import type { DocumentRecord, DocumentStorage } from '../storage/DocumentStorage'
import { createDocumentId } from './createDocumentId'
import { InvalidInputError } from './InvalidInputError'

const maxTitleLength = 300

/** Creating, importing and listing documents; their content changes only through the collaboration core. */
export class DocumentService {
  constructor(private readonly storage: DocumentStorage) {}

  list(): Promise<DocumentRecord[]> {
    return this.storage.listDocuments()
  }

  get(id: string): Promise<DocumentRecord | null> {
    return this.storage.getDocument(id)
  }

  async create(title: string): Promise<DocumentRecord> {
    return this.store(validateTitle(title), { type: 'doc', content: [{ type: 'paragraph' }] })
  }

  async importPlainText(text: string, title?: string): Promise<{ document: DocumentRecord; summary: ImportSummary }> {
    if (typeof text !== 'string' || text.trim().length === 0) throw new InvalidInputError('Die Datei enthält keinen Text.')
    const { doc, summary } = importPlainTextConcept(text, title ? { title } : undefined)
    const document = await this.store(validateTitle(title || summary.title || 'Importiertes Konzept'), doc)
    return { document, summary }
  }

  private async store(title: string, json: JSONContent): Promise<DocumentRecord> {
    const normalized = normalizeConceptDocument(getConceptSchema().nodeFromJSON(json))
    const ydoc = conceptJsonToYDoc(normalized.toJSON() as JSONContent)
    const now = new Date().toISOString()
    const document: DocumentRecord = { id: createDocumentId(), title, createdAt: now, updatedAt: now }
    await this.storage.createDocument(document)
    await this.storage.appendUpdate(document.id, Y.encodeStateAsUpdate(ydoc))
    ydoc.destroy()
    return document
  }
}

function validateTitle(title: unknown): string {
  if (typeof title !== 'string' || title.trim().length === 0) throw new InvalidInputError('Bitte einen Titel angeben.')
  const trimmed = title.trim()
  if (trimmed.length > maxTitleLength) throw new InvalidInputError(`Der Titel darf höchstens ${maxTitleLength} Zeichen lang sein.`)
  return trimmed
}
