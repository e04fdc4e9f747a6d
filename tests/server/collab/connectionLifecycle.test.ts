import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { CloseCode } from '../../../shared/collab/closeCodes'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createSqliteStorage } from '../../../server/storage/sqlite/createSqliteStorage'
import { appendParagraph, contentXml } from '../../utils/appendParagraph'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../../utils/createTestClient'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { FlakyDocumentStorage } from '../../utils/FlakyDocumentStorage'
import { createAccount, createDocument, signInAsAdmin } from '../../utils/testAccounts'

const text = contentXml

describe('connection and document lifecycle', () => {
  let server: TestServer | null = null
  const clients: TestClient[] = []

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server?.cleanup()
    server = null
  })

  it('drops a socket that stops answering pings', async () => {
    server = await createTestServer({ collaboration: { pingIntervalMs: 100 } })
    const admin = await signInAsAdmin(server)
    const documentId = await createDocument(server, admin, 'Ping')
    const silent = new WebSocket(`${server.wsUrl}/${documentId}?token=${admin.token}`, { autoPong: false })
    const code = await new Promise<number>((resolve) => silent.on('close', (closeCode) => resolve(closeCode)))
    expect(code).toBe(CloseCode.timeout)
  })

  it('compacts stored updates while editing and on unload, and loads the same content afterwards', async () => {
    server = await createTestServer({ collaboration: { compactAfterUpdates: 10 } })
    const admin = await signInAsAdmin(server)
    const documentId = await createDocument(server, admin, 'Kompaktierung')
    const writer = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    clients.push(writer)
    await waitForSync(writer.provider)
    for (let index = 0; index < 35; index += 1) appendParagraph(writer.ydoc, `Absatz ${index}`)
    const observer = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    clients.push(observer)
    await waitFor(() => text(observer.ydoc).includes('Absatz 34'), 'all paragraphs arrived')
    expect(await server.storage.documents.countUpdates(documentId)).toBeLessThan(12)

    const expected = text(writer.ydoc)
    writer.destroy()
    observer.destroy()
    clients.length = 0
    await waitFor(() => server!.collaboration.listPresentUsers(documentId).length === 0, 'connections gone')
    await waitFor(() => !server!.collaboration.isLoaded(documentId), 'document unloaded')
    expect(await server.storage.documents.countUpdates(documentId)).toBe(1)

    const reader = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    clients.push(reader)
    await waitForSync(reader.provider)
    expect(text(reader.ydoc)).toBe(expected)
  })

  it('stamps presence with the verified name and department', async () => {
    server = await createTestServer()
    const admin = await signInAsAdmin(server)
    const editor = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const documentId = await createDocument(server, admin, 'Präsenz')
    const liar = createTestClient(server.wsUrl, documentId, { params: { token: editor.token } })
    const watcher = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    clients.push(liar, watcher)
    liar.provider.awareness.setLocalStateField('user', { name: 'Landrat', department: 'Verwaltungsspitze', color: '#005a9c' })
    await waitFor(() => watcher.provider.awareness.getStates().has(liar.ydoc.clientID), 'presence arrived')
    const state = watcher.provider.awareness.getStates().get(liar.ydoc.clientID) as { user: Record<string, unknown> }
    expect(state.user).toMatchObject({ name: 'Said Najj', department: 'Fachdienst Zuwanderung', color: '#005a9c', canWrite: true })
  })

  it('keeps the document in memory and refuses writes with a clear close code when storing fails', async () => {
    const dataDirectory = await fs.mkdtemp(path.join(os.tmpdir(), 'fassung-failing-'))
    const storage = createSqliteStorage(path.join(dataDirectory, 'fassung.sqlite'))
    const documents = new FlakyDocumentStorage(storage.documents)
    server = await createTestServer({ dataDirectory, storage: { ...storage, documents } })
    const admin = await signInAsAdmin(server)
    const documentId = await createDocument(server, admin, 'Speicherfehler')
    const writer = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    const observer = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    clients.push(writer, observer)
    await Promise.all([waitForSync(writer.provider), waitForSync(observer.provider)])
    appendParagraph(writer.ydoc, 'vor dem Fehler')
    await waitFor(() => text(observer.ydoc).includes('vor dem Fehler'), 'stored edit arrives')

    documents.failing = true
    const closeCodes: number[] = []
    writer.provider.on('connection-close', (event: CloseEvent | null) => closeCodes.push(event?.code ?? 0))
    appendParagraph(writer.ydoc, 'nicht gespeichert')
    await waitFor(() => closeCodes.includes(CloseCode.storageFailure), 'writer told that storage failed')
    expect(text(observer.ydoc)).not.toContain('nicht gespeichert')

    documents.failing = false
    // The writer reconnects by itself and hands over what it kept; now it is stored and shared.
    await waitFor(() => text(observer.ydoc).includes('nicht gespeichert'), 'edit arrives once storage works again', 20_000)
  })
})

