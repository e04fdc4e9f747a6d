import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode } from '../../../shared/collab/closeCodes'
import { CONTENT_FRAGMENT } from '../../../shared/schema/nodeNames'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../../utils/createTestClient'
import { createTestServer, type TestServer } from '../../utils/createTestServer'

function appendParagraph(ydoc: Y.Doc, text: string) {
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  ydoc.getXmlFragment(CONTENT_FRAGMENT).push([paragraph])
}

function documentText(ydoc: Y.Doc): string {
  return ydoc.getXmlFragment(CONTENT_FRAGMENT).toString()
}

async function createDocument(server: TestServer, title: string): Promise<string> {
  const response = await fetch(`${server.url}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { id: string }).id
}

describe('collaboration with the stock y-websocket provider', () => {
  const clients: TestClient[] = []
  const servers: TestServer[] = []

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    for (const server of servers.splice(0)) await server.cleanup()
  })

  const connect = (server: TestServer, documentId: string) => {
    const client = createTestClient(server.wsUrl, documentId)
    clients.push(client)
    return client
  }

  it('lets two providers converge and gives a late third one the full state', async () => {
    const server = await createTestServer()
    servers.push(server)
    const documentId = await createDocument(server, 'Integrationskonzept Testkreis')
    const first = connect(server, documentId)
    const second = connect(server, documentId)
    await Promise.all([waitForSync(first.provider), waitForSync(second.provider)])

    appendParagraph(first.ydoc, 'Fachdienst Zuwanderung schreibt')
    appendParagraph(second.ydoc, 'Jugend und Familie schreibt')
    await waitFor(() => documentText(first.ydoc) === documentText(second.ydoc) && documentText(first.ydoc).includes('Jugend und Familie') && documentText(first.ydoc).includes('Fachdienst Zuwanderung'), 'convergence')

    const late = connect(server, documentId)
    await waitForSync(late.provider)
    await waitFor(() => documentText(late.ydoc) === documentText(first.ydoc), 'late joiner has full state')
    expect(documentText(late.ydoc)).toContain('Fachdienst Zuwanderung schreibt')
    expect(documentText(late.ydoc)).toContain('Jugend und Familie schreibt')
  })

  it('keeps edits across a server restart', async () => {
    const server = await createTestServer()
    const documentId = await createDocument(server, 'Neustart')
    const writer = connect(server, documentId)
    await waitForSync(writer.provider)
    appendParagraph(writer.ydoc, 'bleibt erhalten')
    const observer = connect(server, documentId)
    await waitFor(() => documentText(observer.ydoc).includes('bleibt erhalten'), 'observer received the edit')
    writer.destroy()
    observer.destroy()
    clients.length = 0
    await server.close()

    const restarted = await createTestServer({ dataDirectory: server.dataDirectory })
    servers.push(restarted)
    const reader = connect(restarted, documentId)
    await waitForSync(reader.provider)
    expect(documentText(reader.ydoc)).toContain('bleibt erhalten')
  })

  it('closes a connection to an unknown document with the documented close code', async () => {
    const server = await createTestServer()
    servers.push(server)
    const client = connect(server, 'gibt-es-nicht')
    const code = await new Promise<number>((resolve) => {
      client.provider.on('connection-close', (event: CloseEvent | null) => resolve(event?.code ?? 0))
    })
    expect(code).toBe(CloseCode.documentNotFound)
  })
})
