import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { CloseCode } from '../../shared/collab/closeCodes'
import { createSqliteStorage } from '../../server/storage/sqlite/createSqliteStorage'
import { appendParagraph, contentXml } from '../utils/appendParagraph'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../utils/createTestClient'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { FlakyDocumentStorage } from '../utils/FlakyDocumentStorage'
import { createAccount, createDocument, signInAsAdmin } from '../utils/testAccounts'

function syncStep1(): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(new Y.Doc()))
  return encoding.toUint8Array(encoder)
}

/** A raw socket that stops reading once open: what it is sent piles up in the server's socket buffer. */
async function openNonReadingSocket(url: string): Promise<{ socket: WebSocket; closed: Promise<number>; resumeReading(): void }> {
  const socket = new WebSocket(url)
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)))
  await new Promise((resolve) => socket.on('open', resolve))
  const tcp = (socket as unknown as { _socket: Socket })._socket
  tcp.pause()
  return { socket, closed, resumeReading: () => tcp.resume() }
}

const textOfSize = (label: string, kilobytes: number) => `${label} ${'Sprachförderung und Elternarbeit '.repeat(kilobytes * 31)}`

describe('backpressure: readers that do not read and writers faster than storage', () => {
  let server: TestServer | null = null
  const clients: TestClient[] = []

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server?.cleanup()
    server = null
  })

  it('closes a reviewer who floods sync requests without reading, before the answers pile up in memory', async () => {
    server = await createTestServer()
    const admin = await signInAsAdmin(server)
    const reviewer = await createAccount(server, admin, { username: 'ausschuss', name: 'Rita Rat', department: 'Ausschuss', role: 'reviewer' })
    const documentId = await createDocument(server, admin, 'Großes Konzept')
    const writer = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    clients.push(writer)
    await waitForSync(writer.provider)
    for (let index = 0; index < 3; index++) appendParagraph(writer.ydoc, textOfSize(`Abschnitt ${index}`, 1024))
    await waitFor(() => (server?.collaboration.isLoaded(documentId) ?? false), 'document loaded')
    const document = await server.collaboration.getLoadedDocument(documentId)
    await document?.flush()

    const rssBefore = process.memoryUsage().rss
    const flooder = await openNonReadingSocket(`${server.wsUrl}/${documentId}?token=${reviewer.token}`)
    const request = syncStep1()
    for (let index = 0; index < 150; index++) flooder.socket.send(request)
    await waitFor(() => document?.connections.size === 1, 'flooding reviewer disconnected')
    await document?.flush()
    const growthMegabytes = (process.memoryUsage().rss - rssBefore) / (1024 * 1024)
    // 150 answers of ~3 MB each would be ~450 MB; what may remain is a handful of answers.
    expect(growthMegabytes).toBeLessThan(120)
    flooder.resumeReading()
    expect(await flooder.closed).toBe(CloseCode.rateLimited)

    appendParagraph(writer.ydoc, 'danach geht es weiter')
    const late = createTestClient(server.wsUrl, documentId, { params: { token: reviewer.token } })
    clients.push(late)
    await waitFor(() => contentXml(late.ydoc).includes('danach geht es weiter'), 'a well-behaved reader still syncs')
  })

  it('closes a connection whose unread data outgrows the limit while everyone else keeps editing', async () => {
    server = await createTestServer({ collaboration: { limits: { maxBufferedBytes: 2 * 1024 * 1024 } } })
    const admin = await signInAsAdmin(server)
    const documentId = await createDocument(server, admin, 'Stau')
    const writer = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    const witness = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    clients.push(writer, witness)
    await Promise.all([waitForSync(writer.provider), waitForSync(witness.provider)])
    const stalled = await openNonReadingSocket(`${server.wsUrl}/${documentId}?token=${admin.token}`)
    const document = await server.collaboration.getLoadedDocument(documentId)
    await waitFor(() => document?.connections.size === 3, 'three connections')

    for (let index = 0; index < 24; index++) {
      appendParagraph(writer.ydoc, textOfSize(`Teil ${index}`, 1024))
      await waitFor(() => contentXml(witness.ydoc).includes(`Teil ${index} `), `part ${index} arrived`)
    }
    await waitFor(() => document?.connections.size === 2, 'the connection that does not read is closed')
    stalled.resumeReading()
    expect(await stalled.closed).toBe(CloseCode.timeout)
    expect(contentXml(witness.ydoc)).toBe(contentXml(writer.ydoc))
  })

  it('turns writers away while the document’s queue is full, and the stock client’s resend loses nothing', async () => {
    const dataDirectory = await fs.mkdtemp(path.join(os.tmpdir(), 'fassung-slow-storage-'))
    const storage = createSqliteStorage(path.join(dataDirectory, 'fassung.sqlite'))
    const documents = new FlakyDocumentStorage(storage.documents)
    server = await createTestServer({ dataDirectory, storage: { ...storage, documents }, collaboration: { maxQueuedBytes: 1024 * 1024 } })
    const admin = await signInAsAdmin(server)
    const documentId = await createDocument(server, admin, 'Langsamer Speicher')
    const writer = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    clients.push(writer)
    await waitForSync(writer.provider)
    const closeCodes: number[] = []
    writer.provider.on('connection-close', (event: CloseEvent | null) => {
      if (event) closeCodes.push(event.code)
    })
    const release = documents.stall()
    for (let index = 0; index < 6; index++) appendParagraph(writer.ydoc, textOfSize(`Block ${index}`, 400))
    await waitFor(() => closeCodes.includes(CloseCode.rateLimited), 'writer turned away while the queue is full')
    release()

    const reader = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    clients.push(reader)

    await waitFor(() => contentXml(reader.ydoc) === contentXml(writer.ydoc), 'every block arrives after the resend', 30_000)
    for (let index = 0; index < 6; index++) expect(contentXml(reader.ydoc)).toContain(`Block ${index} `)
  })
})
