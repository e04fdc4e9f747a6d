import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { CloseCode } from '../../../shared/collab/closeCodes'
import { createConceptYDoc } from '../../../shared/yjs/createConceptYDoc'
import { appendParagraph, contentXml } from '../../utils/appendParagraph'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../../utils/createTestClient'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { callApi, createAccount, createDocument, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'

const text = contentXml

function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarUint(encoder, 2)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

describe('server-side write authorization', () => {
  let server: TestServer
  const clients: TestClient[] = []

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.cleanup()
  })

  async function setUp() {
    server = await createTestServer()
    const admin = await signInAsAdmin(server)
    const editor = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const colleague = await createAccount(server, admin, { username: 'gleichstellung', name: 'Gesa Hansen', department: 'Gleichstellungsbeauftragte', role: 'editor' })
    const reviewer = await createAccount(server, admin, { username: 'ausschuss', name: 'Karl Ausschuss', department: 'Sozial- und Gesundheitsausschuss', role: 'reviewer' })
    const documentId = await createDocument(server, editor, 'Konzept')
    return { admin, editor, colleague, reviewer, documentId }
  }

  const connect = (documentId: string, account: SignedIn, ydoc?: Y.Doc) => {
    const client = createTestClient(server.wsUrl, documentId, { params: { token: account.token }, ydoc })
    clients.push(client)
    return client
  }

  async function historyUserIds(account: SignedIn, documentId: string): Promise<string[]> {
    const response = await callApi(server, account.token, 'GET', `/api/documents/${documentId}/history`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { history: { userId: string }[] }
    return body.history.map((entry) => entry.userId)
  }

  it('drops a reviewer’s update: it reaches neither other clients nor storage', async () => {
    const { editor, reviewer, documentId, admin } = await setUp()
    const writer = connect(documentId, editor)
    const committee = connect(documentId, reviewer)
    await Promise.all([waitForSync(writer.provider), waitForSync(committee.provider)])

    appendParagraph(committee.ydoc, 'Ausschuss ändert heimlich')
    appendParagraph(writer.ydoc, 'Fachdienst schreibt')
    await waitFor(() => text(committee.ydoc).includes('Fachdienst schreibt'), 'reviewer still receives edits')
    // The writer's own later edit has arrived, so the reviewer's earlier one would have too.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(text(writer.ydoc)).not.toContain('Ausschuss ändert heimlich')

    const late = connect(documentId, admin)
    await waitForSync(late.provider)
    expect(text(late.ydoc)).toContain('Fachdienst schreibt')
    expect(text(late.ydoc)).not.toContain('Ausschuss ändert heimlich')
    expect(await historyUserIds(admin, documentId)).not.toContain(reviewer.user.id)

    await server.close()
    server = await createTestServer({ dataDirectory: server.dataDirectory })
    const reloaded = connect(documentId, await signInAsAdmin(server))
    await waitForSync(reloaded.provider)
    expect(text(reloaded.ydoc)).toContain('Fachdienst schreibt')
    expect(text(reloaded.ydoc)).not.toContain('Ausschuss ändert heimlich')
  })

  it('rejects an update that writes with another user’s clientID and closes that connection', async () => {
    const { editor, colleague, documentId, admin } = await setUp()
    const writer = connect(documentId, editor)
    await waitForSync(writer.provider)
    appendParagraph(writer.ydoc, 'Original von Zuwanderung')
    const observer = connect(documentId, admin)
    await waitFor(() => text(observer.ydoc).includes('Original von Zuwanderung'), 'observer synced')

    // The colleague forges an update in the name of the editor's clientID.
    const forgedDoc = createConceptYDoc()
    Y.applyUpdate(forgedDoc, Y.encodeStateAsUpdate(observer.ydoc))
    forgedDoc.clientID = writer.ydoc.clientID
    const before = Y.encodeStateVector(forgedDoc)
    appendParagraph(forgedDoc, 'Gefälscht im Namen von Zuwanderung')
    const forgedUpdate = Y.encodeStateAsUpdate(forgedDoc, before)

    const socket = new WebSocket(`${server.wsUrl}/${documentId}?token=${colleague.token}`)
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)))
    await new Promise((resolve) => socket.on('open', resolve))
    socket.send(encodeUpdateMessage(forgedUpdate))
    expect(await closed).toBe(CloseCode.clientIdTaken)

    appendParagraph(writer.ydoc, 'Danach weiter')
    await waitFor(() => text(observer.ydoc).includes('Danach weiter'), 'sync continues')
    expect(text(observer.ydoc)).not.toContain('Gefälscht')
    expect(await historyUserIds(admin, documentId)).not.toContain(colleague.user.id)
  })

  it('closes unauthenticated and unauthorised websockets before sending any document data', async () => {
    const { colleague, documentId, admin } = await setUp()
    const restricted = await callApi(server, admin.token, 'PUT', `/api/documents/${documentId}/access`, { userIds: [admin.user.id] })
    expect(restricted.status).toBe(200)

    const attempt = (query: string) =>
      new Promise<{ code: number; messages: number }>((resolve) => {
        const socket = new WebSocket(`${server.wsUrl}/${documentId}${query}`)
        let messages = 0
        socket.on('message', () => (messages += 1))
        socket.on('close', (code) => resolve({ code, messages }))
      })
    expect(await attempt('')).toEqual({ code: CloseCode.unauthorized, messages: 0 })
    expect(await attempt('?token=falsch')).toEqual({ code: CloseCode.unauthorized, messages: 0 })
    expect(await attempt(`?token=${colleague.token}`)).toEqual({ code: CloseCode.forbidden, messages: 0 })
  })
})
