import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CONTENT_FRAGMENT } from '../../../shared/schema/nodeNames'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../../utils/createTestClient'
import type { TestServer } from '../../utils/createTestServer'
import { postgresTestSchema, type PostgresTestSchema } from '../../utils/postgresTestSchema'
import { startServerProcess, type ServerProcess } from '../../utils/startServerProcess'
import { createDocument, signInAsAdmin } from '../../utils/testAccounts'

/** True if `container` holds every item `contained` has. */
function containsState(container: Y.Doc, contained: Y.Doc): boolean {
  const have = Y.decodeStateVector(Y.encodeStateVector(container))
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(contained))) {
    if ((have.get(client) ?? 0) < clock) return false
  }
  return true
}

describe('durability on PostgreSQL across kill -9', () => {
  const processes: ServerProcess[] = []
  const clients: TestClient[] = []
  let schema: PostgresTestSchema | null = null
  let dataDirectory = ''

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    for (const process of processes.splice(0)) await process.kill()
    await schema?.drop()
    schema = null
    await fs.rm(dataDirectory, { recursive: true, force: true })
  })

  it('keeps every update any client had received when the server is killed mid-typing', async () => {
    schema = await postgresTestSchema()
    // The data directory stays empty: with DATABASE_URL, everything goes to PostgreSQL.
    dataDirectory = await fs.mkdtemp(path.join(os.tmpdir(), 'fassung-crash-pg-'))
    const environment = { DATABASE_URL: schema.databaseUrl }
    const first = await startServerProcess(dataDirectory, environment)
    processes.push(first)
    const asTestServer = first as unknown as TestServer
    const admin = await signInAsAdmin(asTestServer)
    const documentId = await createDocument(asTestServer, admin, 'Absturztest PostgreSQL')

    const typist = createTestClient(first.wsUrl, documentId, { params: { token: admin.token } })
    const observer = createTestClient(first.wsUrl, documentId, { params: { token: admin.token } })
    clients.push(typist, observer)
    await Promise.all([waitForSync(typist.provider), waitForSync(observer.provider)])

    const paragraph = new Y.XmlElement('paragraph')
    const textNode = new Y.XmlText('')
    paragraph.insert(0, [textNode])
    typist.ydoc.getXmlFragment(CONTENT_FRAGMENT).push([paragraph])
    let typed = 0
    const typing = setInterval(() => {
      textNode.insert(textNode.length, `Wort${typed} `)
      typed += 1
    }, 5)
    await waitFor(() => observer.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString().includes('Wort150 '), 'observer has received a good part of the typing')
    await first.kill('SIGKILL')
    clearInterval(typing)

    const received = new Y.Doc({ gc: false })
    Y.applyUpdate(received, Y.encodeStateAsUpdate(observer.ydoc))
    typist.destroy()
    observer.destroy()
    clients.length = 0
    expect(await fs.readdir(dataDirectory)).toEqual([])

    const second = await startServerProcess(dataDirectory, environment)
    processes.push(second)
    // The session survives the crash too: it is stored in PostgreSQL.
    const reader = createTestClient(second.wsUrl, documentId, { params: { token: admin.token } })
    clients.push(reader)
    await waitForSync(reader.provider)
    expect(containsState(reader.ydoc, received)).toBe(true)
    const receivedText = received.getXmlFragment(CONTENT_FRAGMENT).toString().replace(/<\/paragraph>$/, '')
    expect(reader.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString().startsWith(receivedText)).toBe(true)
  })
})
