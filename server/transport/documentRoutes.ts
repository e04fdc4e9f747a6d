import type { Hono } from 'hono'
import type { DocumentService } from '../documents/DocumentService'
import { InvalidInputError } from '../documents/InvalidInputError'
import { readJsonBody } from './readJsonBody'

export function registerDocumentRoutes(app: Hono, documents: DocumentService): void {
  app.get('/api/documents', async (c) => c.json({ documents: await documents.list() }))

  app.post('/api/documents', async (c) => {
    const body = await readJsonBody(c)
    const document = await documents.create(body['title'] as string)
    return c.json({ id: document.id, document }, 201)
  })

  app.post('/api/documents/import', async (c) => {
    const body = await readJsonBody(c)
    if (typeof body['text'] !== 'string') throw new InvalidInputError('Bitte eine Textdatei (.txt) hochladen.')
    const title = typeof body['title'] === 'string' && body['title'].trim() ? body['title'] : undefined
    const { document, summary } = await documents.importPlainText(body['text'], title)
    return c.json({ id: document.id, document, summary }, 201)
  })

  app.get('/api/documents/:id', async (c) => {
    const document = await documents.get(c.req.param('id'))
    if (!document) return c.json({ error: 'Dokument nicht gefunden.' }, 404)
    return c.json(document)
  })
}
