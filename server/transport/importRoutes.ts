import type { Hono } from 'hono'
import type { PublicUser } from '../../shared/accounts/PublicUser'
import type { ImportSummary } from '../../shared/import/ImportSummary'
import type { DocumentAccess } from '../auth/DocumentAccess'
import { InvalidInputError } from '../errors/InvalidInputError'
import type { DocumentRecord } from '../storage/DocumentStorage'
import type { AppEnv } from './AppEnv'

const docxContentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export interface ImportRouteDependencies {
  access: DocumentAccess
  /** Creates a document from a Word file (DocumentService.importDocx). */
  documents: { importDocx(author: PublicUser, file: Uint8Array, title?: string): Promise<{ document: DocumentRecord; summary: ImportSummary }> }
}

/**
 * `POST /api/documents/import-docx?title=…` with the .docx file as the raw body: creates a document from it
 * and answers 201 with its id and what the import recognised (ImportSummary). Editors and admins only; a file
 * beyond the import limits gets 413.
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
    const { document, summary } = await dependencies.documents.importDocx(user, body, c.req.query('title')?.trim() || undefined)
    return c.json({ id: document.id, document, summary }, 201)
  })
}
