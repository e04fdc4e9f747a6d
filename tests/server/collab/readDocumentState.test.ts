import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { appendParagraph, contentXml } from '../../utils/appendParagraph'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../../utils/createTestClient'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { createDocument, signInAsAdmin } from '../../utils/testAccounts'
import { createConceptYDoc } from '../../../shared/yjs/createConceptYDoc'

describe('reading a document’s state for comparisons and exports', () => {
  let server: TestServer | null = null
  const clients: TestClient[] = []

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server?.cleanup()
    server = null
  })

  it('encodes the state once per change and keeps a document nobody has open loaded for a while after a read', async () => {
    server = await createTestServer({ collaboration: { keepReadDocumentsMs: 400 } })
    const admin = await signInAsAdmin(server)
    const documentId = await createDocument(server, admin, 'Lesen')
    const writer = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    clients.push(writer)
    await waitForSync(writer.provider)
    appendParagraph(writer.ydoc, 'erste Fassung des Textes')
    await waitFor(() => contentXml(writer.ydoc).includes('erste'), 'typed')
    writer.destroy()
    clients.splice(0)
    await waitFor(() => !server!.collaboration.isLoaded(documentId), 'unloaded when the writer left')

    const first = await server.collaboration.readDocumentState(documentId)
    expect(server.collaboration.isLoaded(documentId)).toBe(true)
    const again = await server.collaboration.readDocumentState(documentId)
    expect(again.state).toBe(first.state)
    const read = createConceptYDoc()
    Y.applyUpdate(read, first.state)
    expect(contentXml(read)).toContain('erste Fassung des Textes')

    const editor = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    clients.push(editor)
    await waitForSync(editor.provider)
    appendParagraph(editor.ydoc, 'zweiter Absatz')
    await waitFor(() => contentXml(editor.ydoc).includes('zweiter'), 'typed again')
    const document = await server.collaboration.getLoadedDocument(documentId)
    await waitFor(() => contentXml(document!.ydoc).includes('zweiter Absatz'), 'the server has it')
    const changed = await server.collaboration.readDocumentState(documentId)
    expect(changed.state).not.toBe(first.state)
    const readChanged = createConceptYDoc()
    Y.applyUpdate(readChanged, changed.state)
    expect(contentXml(readChanged)).toContain('zweiter Absatz')
    editor.destroy()
    clients.splice(0)
    await waitFor(() => !server!.collaboration.isLoaded(documentId), 'unloaded once idle')
  })
})
