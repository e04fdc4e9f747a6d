import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import { getConceptSchema } from '../../shared/schema/getConceptSchema'
import { normalizeConceptDocument } from '../../shared/schema/normalizeConceptDocument'
import { conceptJsonToYDoc } from '../../shared/yjs/conceptConversions'
import { importPlainTextConcept } from '../../shared/import/importPlainTextConcept'
import { parseBeschlussvorlageCover } from '../../shared/import/parseBeschlussvorlageCover'
import { coverToMetadata } from '../../shared/documentMeta/coverToMetadata'
import { randomUUID } from 'node:crypto'
import type { ImportSummary } from '../../shared/import/ImportSummary'
import { describeUpdateItems } from '../../shared/history/describeUpdateItems'
import type { PublicUser } from '../../shared/accounts/PublicUser'
import type { DocumentRecord, DocumentStorage } from '../storage/DocumentStorage'
import { createDocumentId } from './createDocumentId'
import { InvalidInputError } from '../errors/InvalidInputError'

const maxTitleLength = 300

/** Creating and importing documents; afterwards their content changes only through the collaboration core. */
export class DocumentService {
  constructor(private readonly storage: DocumentStorage) {}

  async create(author: PublicUser, title: unknown): Promise<DocumentRecord> {
    return this.store(author, validateTitle(title), { type: 'doc', content: [{ type: 'paragraph' }] })
  }

  async importPlainText(author: PublicUser, text: unknown, title?: string): Promise<{ document: DocumentRecord; summary: ImportSummary }> {
    if (typeof text !== 'string' || text.trim().length === 0) throw new InvalidInputError('Die Datei enthält keinen Text.')
    // A cover sheet in front of the concept fills the Beschlussvorlage fields and the Beratungsfolge; the
    // document itself then holds the concept alone, as the Anlage it becomes.
    const cover = parseBeschlussvorlageCover(text)
    const { doc, summary } = importPlainTextConcept(text, { ...(title ? { title } : {}), omitCoverSheet: cover !== null })
    const document = await this.store(author, validateTitle(title || summary.title || 'Importiertes Konzept'), doc)
    if (cover) await this.storage.setMetadata(document.id, coverToMetadata(cover, text, randomUUID))
    return { document, summary }
  }

  /** Creates a document from imported ProseMirror JSON (DOCX import); normalized and validated like every import. */
  async importJson(author: PublicUser, json: JSONContent, title: unknown): Promise<DocumentRecord> {
    return this.store(author, validateTitle(title), json)
  }

  private async store(author: PublicUser, title: string, json: JSONContent): Promise<DocumentRecord> {
    const normalized = normalizeConceptDocument(getConceptSchema().nodeFromJSON(json))
    const ydoc = conceptJsonToYDoc(normalized.toJSON() as JSONContent)
    const now = new Date().toISOString()
    const document: DocumentRecord = { id: createDocumentId(), title, createdAt: now, updatedAt: now }
    await this.storage.createDocument(document)
    const update = Y.encodeStateAsUpdate(ydoc)
    const attribution = { userId: author.id, at: now, ...describeUpdateItems(Y.decodeUpdate(update)) }
    await this.storage.appendUpdate(document.id, update, attribution)
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
