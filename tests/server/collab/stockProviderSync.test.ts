import { afterEach, describe, expect, it } from 'vitest'
import { CloseCode } from '../../../shared/collab/closeCodes'
import { appendParagraph, contentXml } from '../../utils/appendParagraph'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../../utils/createTestClient'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { createAccount, createDocument, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'

const documentText = contentXml


describe('collaboration with the stock y-websocket provider', () => {
  const clients: TestClient[] = []
  const servers: TestServer[] = []

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    for (const server of servers.splice(0)) await server.cleanup()
  })

  const connect = (server: TestServer, documentId: string, account: SignedIn) => {
    const client = createTestClient(server.wsUrl, documentId, { params: { token: account.token } })
    clients.push(client)
    return client
  }

  it('lets two providers converge and gives a late third one the full state', async () => {
    const server = await createTestServer()
    servers.push(server)
    const admin = await signInAsAdmin(server)
    const zuwanderung = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const jugend = await createAccount(server, admin, { username: 'jugend', name: 'Jana Krüger', department: 'Jugend und Familie', role: 'editor' })
    const documentId = await createDocument(server, zuwanderung, 'Integrationskonzept Testkreis')
    const first = connect(server, documentId, zuwanderung)
    const second = connect(server, documentId, jugend)
    await Promise.all([waitForSync(first.provider), waitForSync(second.provider)])

    appendParagraph(first.ydoc, 'Fachdienst Zuwanderung schreibt')
    appendParagraph(second.ydoc, 'Jugend und Familie schreibt')
    await waitFor(() => documentText(first.ydoc) === documentText(second.ydoc) && documentText(first.ydoc).includes('Jugend und Familie') && documentText(first.ydoc).includes('Fachdienst Zuwanderung'), 'convergence')

    const late = connect(server, documentId, admin)
    await waitForSync(late.provider)
    await waitFor(() => documentText(late.ydoc) === documentText(first.ydoc), 'late joiner has full state')
    expect(documentText(late.ydoc)).toContain('Fachdienst Zuwanderung schreibt')
    expect(documentText(late.ydoc)).toContain('Jugend und Familie schreibt')
  })

  it('keeps edits across a server restart', async () => {
    const server = await createTestServer()
    const admin = await signInAsAdmin(server)
    const documentId = await createDocument(server, admin, 'Neustart')
    const writer = connect(server, documentId, admin)
    await waitForSync(writer.provider)
    appendParagraph(writer.ydoc, 'bleibt erhalten')
    const observer = connect(server, documentId, admin)
    await waitFor(() => documentText(observer.ydoc).includes('bleibt erhalten'), 'observer received the edit')
    writer.destroy()
    observer.destroy()
    clients.length = 0
    await server.close()

    const restarted = await createTestServer({ dataDirectory: server.dataDirectory })
    servers.push(restarted)
    const reader = connect(restarted, documentId, await signInAsAdmin(restarted))
    await waitForSync(reader.provider)
    expect(documentText(reader.ydoc)).toContain('bleibt erhalten')
  })

  it('closes a connection to an unknown document with the documented close code', async () => {
    const server = await createTestServer()
    servers.push(server)
    const client = connect(server, 'gibt-es-nicht', await signInAsAdmin(server))
    const code = await new Promise<number>((resolve) => {
      client.provider.on('connection-close', (event: CloseEvent | null) => resolve(event?.code ?? 0))
    })
    expect(code).toBe(CloseCode.documentNotFound)
  })
})
