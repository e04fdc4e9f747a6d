import type { Hono } from 'hono'
import type { AuthService } from '../auth/AuthService'
import type { DocumentAccess } from '../auth/DocumentAccess'
import type { CollaborationServer } from '../collab/CollaborationServer'
import type { DocumentService } from '../documents/DocumentService'
import { summarizeHistory } from '../documents/summarizeHistory'
import { ForbiddenError } from '../errors/ForbiddenError'
import { InvalidInputError } from '../errors/InvalidInputError'
import type { DocumentStorage } from '../storage/DocumentStorage'
import type { AppEnv } from './AppEnv'
import { readJsonBody, requireJsonContentType } from './readJsonBody'
import { requireUser } from './requireUser'

const maxAccessListLength = 10_000

export interface DocumentRouteDependencies {
  auth: AuthService
  access: DocumentAccess
  documents: DocumentService
  documentStorage: DocumentStorage
  collaboration: CollaborationServer
}

export function registerDocumentRoutes(app: Hono<AppEnv>, dependencies: DocumentRouteDependencies): void {
  const { auth, access, documents, documentStorage, collaboration } = dependencies
  app.use('/api/documents', requireUser(auth))
  app.use('/api/documents/*', requireUser(auth))

  app.get('/api/documents', async (c) => {
    const user = c.get('user')
    const readable = []
    for (const document of await documentStorage.listDocuments()) {
      if (await access.canOpen(user, document.id)) readable.push({ ...document, present: collaboration.listPresentUsers(document.id) })
    }
    return c.json({ documents: readable })
  })

  app.post('/api/documents', async (c) => {
    const user = c.get('user')
    access.requireEditor(user)
    const body = await readJsonBody(c)
    const document = await documents.create(user, body['title'])
    return c.json({ id: document.id, document }, 201)
  })

  app.post('/api/documents/import', async (c) => {
    const user = c.get('user')
    access.requireEditor(user)
    requireJsonContentType(c)
    // A long concept's JSON is parsed and checked in the worker that imports it, not on the event loop.
    const { document, summary } = await documents.importTextRequest(user, new Uint8Array(await c.req.arrayBuffer()))
    return c.json({ id: document.id, document, summary }, 201)
  })

  app.get('/api/documents/:id', async (c) => {
    const document = await access.requireReadable(c.get('user'), c.req.param('id'))
    return c.json({ ...document, present: collaboration.listPresentUsers(document.id) })
  })

  app.get('/api/documents/:id/access', async (c) => {
    const user = c.get('user')
    if (user.role !== 'admin') throw new ForbiddenError('Nur die Administration sieht Zugriffslisten.')
    const document = await access.requireReadable(user, c.req.param('id'))
    return c.json({ userIds: await access.getAccessList(document.id) })
  })

  app.put('/api/documents/:id/access', async (c) => {
    const user = c.get('user')
    if (user.role !== 'admin') throw new ForbiddenError('Nur die Administration legt Zugriffslisten fest.')
    const document = await access.requireReadable(user, c.req.param('id'))
    const body = await readJsonBody(c)
    const userIds = body['userIds']
    if (!Array.isArray(userIds) || !userIds.every((id) => typeof id === 'string')) throw new InvalidInputError('userIds muss eine Liste von Konto-IDs sein.')
    if (userIds.length > maxAccessListLength) throw new InvalidInputError(`Eine Zugriffsliste nennt höchstens ${maxAccessListLength} Konten.`)
    await access.setAccessList(document.id, userIds as string[])
    // Whoever is no longer on the list loses the open document now, on every instance.
    await collaboration.recheckConnections({ documentId: document.id })
    return c.json({ userIds })
  })

  app.get('/api/documents/:id/history', async (c) => {
    const document = await access.requireReadable(c.get('user'), c.req.param('id'))
    const users = new Map((await auth.listUsers()).map((user) => [user.id, user]))
    const [attributions, { state }] = await Promise.all([documentStorage.listAttributions(document.id), collaboration.readDocumentState(document.id)])
    const places = await documents.locateHistory(c.get('user'), state, attributions, c.req.raw.signal)
    return c.json({ history: summarizeHistory(attributions, users, places) })
  })
}
