import type { JSONContent } from '@tiptap/core'
import type { Hono } from 'hono'
import type { PublicUser } from '../../shared/accounts/PublicUser'
import { DocxImportError } from '../../shared/import/docx/DocxImportError'
import type { DocumentAccess } from '../auth/DocumentAccess'
import { InvalidInputError } from '../errors/InvalidInputError'
import type { DocumentRecord } from '../storage/DocumentStorage'
import type { AppEnv } from './AppEnv'

const docxContentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export interface ImportRouteDependencies {
  access: DocumentAccess
  /** Creates a document from imported ProseMirror JSON (DocumentService.importJson). */
  documents: { importJson(author: PublicUser, json: JSONContent, title: unknown): Promise<DocumentRecord> }
}

/**
 * `POST /api/documents/import-docx?title=…` with the .docx file as the raw body: creates a document from it
 * and answers 201 with its id and what the import recognised (ImportSummary). Editors and admins only.
 */
export function registerImportRoutes(app: Hono<AppEnv>, dependencies: ImportRouteDependencies): void {
  app.post('/api/documents/import-docx', async (c) => {
    const user = c.get('user')
    dependencies.access.requireEditor(user)
    const contentType = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
    if (contentType !== docxContentType && contentType !== 'application/octet-stream') {
      throw new InvalidInputError('Bitte eine Word-Datei (.docx) senden (Content-Type application/vnd.openxmlformats-officedocument.wordprocessingml.document).')
    }
    const body = new Uint8Array(await c.req.arrayBuffer())
    if (body.byteLength === 0) throw new InvalidInputError('Die Datei ist leer.')
    let imported
    try {
      // mammoth loads with the first Word import, not at server start.
      const { importDocxConcept } = await import('../../shared/import/docx/importDocxConcept')
      imported = await importDocxConcept(body)
    } catch (error) {
      if (error instanceof DocxImportError) throw new InvalidInputError(error.message)
      throw error
    }
    const title = c.req.query('title')?.trim() || imported.summary.title || 'Importiertes Konzept'
    const document = await dependencies.documents.importJson(user, imported.doc, title)
    return c.json({ id: document.id, document, summary: { ...imported.summary, title: document.title } }, 201)
  })
}
