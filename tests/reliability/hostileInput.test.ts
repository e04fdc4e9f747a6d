import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { CloseCode } from '../../shared/collab/closeCodes'
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../utils/createTestClient'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { callApi, createAccount, createDocument, signInAsAdmin, type SignedIn } from '../utils/testAccounts'

function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarUint(encoder, 2)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** An update of one garbage-collected run: `length` clocks of `client` from `clock` on. */
function garbageCollectedRun(client: number, clock: number, length: number): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint(encoder, client)
  encoding.writeVarUint(encoder, clock)
  encoding.writeUint8(encoder, 0)
  encoding.writeVarUint(encoder, length)
  encoding.writeVarUint(encoder, 0)
  return encoding.toUint8Array(encoder)
}

function paragraphUpdate(text: string, client?: number, baseState?: Uint8Array): Uint8Array {
  const ydoc = new Y.Doc({ gc: false })
  if (baseState) Y.applyUpdate(ydoc, baseState)
  if (client !== undefined) ydoc.clientID = client
  const before = Y.encodeStateVector(ydoc)
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  ydoc.getXmlFragment(CONTENT_FRAGMENT).push([paragraph])
  return Y.encodeStateAsUpdate(ydoc, before)
}

describe('hostile input: decoder traps, gaps and limits', () => {
  let server: TestServer
  let admin: SignedIn
  let attacker: SignedIn
  let documentId: string
  let victim: TestClient
  let witness: TestClient

  beforeAll(async () => {
    server = await createTestServer({ collaboration: { maxDocumentBytes: 200_000 } })
    admin = await signInAsAdmin(server)
    attacker = await createAccount(server, admin, { username: 'angreifer', name: 'Mallory', department: 'Unbekannt', role: 'editor' })
    documentId = await createDocument(server, admin, 'Ziel')
    victim = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    witness = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    await Promise.all([waitForSync(victim.provider), waitForSync(witness.provider)])
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText('Text des Opfers')])
    victim.ydoc.getXmlFragment(CONTENT_FRAGMENT).push([paragraph])
    await waitFor(() => witness.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString().includes('Text des Opfers'), 'victim text arrived')
  })

  afterAll(async () => {
    victim.destroy()
    witness.destroy()
    await server.cleanup()
  })

  const sendAs = async (account: SignedIn, message: Uint8Array) => {
    const socket = new WebSocket(`${server.wsUrl}/${documentId}?token=${account.token}`)
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)))
    await new Promise((resolve) => socket.on('open', resolve))
    socket.send(message)
    return closed
  }

  const expectDocumentIntact = async (marker: string) => {
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText(marker)])
    victim.ydoc.getXmlFragment(CONTENT_FRAGMENT).push([paragraph])
    await waitFor(() => witness.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString().includes(marker), `${marker} arrived`)
    expect(witness.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString()).toBe(victim.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString())
  }

  it('refuses a zero-length update', async () => {
    expect(await sendAs(attacker, syncUpdateMessage(new Uint8Array()))).toBe(CloseCode.malformedMessage)
    await expectDocumentIntact('nach leerem Update')
  })

  it('refuses a huge garbage-collected run over another user’s clocks, which would swallow their later edits', async () => {
    const victimClock = Y.decodeStateVector(Y.encodeStateVector(victim.ydoc)).get(victim.ydoc.clientID) ?? 0
    expect(await sendAs(attacker, syncUpdateMessage(garbageCollectedRun(victim.ydoc.clientID, victimClock, 2 ** 31)))).toBe(CloseCode.clientIdTaken)
    await expectDocumentIntact('das Opfer schreibt weiter')
  })

  it('accepts a huge run in the sender’s own clock space without harm', async () => {
    const code = await new Promise<number>((resolve) => {
      const socket = new WebSocket(`${server.wsUrl}/${documentId}?token=${attacker.token}`)
      socket.on('open', () => {
        socket.send(syncUpdateMessage(garbageCollectedRun(987654, 0, 2 ** 31)))
        setTimeout(() => socket.close(1000), 200)
      })
      socket.on('close', (closeCode) => resolve(closeCode))
    })
    expect(code).toBe(1000)
    await expectDocumentIntact('nach großem Lauf')
  })

  it('sends an update that starts beyond the server’s state back to resynchronise, without keeping it pending', async () => {
    const gapUpdate = garbageCollectedRun(123456, 50, 3)
    expect(await sendAs(attacker, syncUpdateMessage(gapUpdate))).toBe(CloseCode.outOfSync)
    const loaded = await server.collaboration.getLoadedDocument(documentId)
    expect(loaded?.ydoc.store.pendingStructs).toBeNull()
    await expectDocumentIntact('nach Lücke')
  })

  it('refuses updates that would grow the document past its limit', async () => {
    const code = await sendAs(attacker, syncUpdateMessage(paragraphUpdate('x'.repeat(250_000))))
    expect(code).toBe(CloseCode.messageTooLarge)
    expect(witness.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString()).not.toContain('xxxxxxxxxx')
    await expectDocumentIntact('nach Größenlimit')
  })

  it('answers over-limit and malformed API payloads with clear errors', async () => {
    const huge = await fetch(`${server.url}/api/documents/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'a'.repeat(11 * 1024 * 1024) }),
    })
    expect(huge.status).toBe(413)
    expect(((await huge.json()) as { error: string }).error).toMatch(/zu groß/)
    const broken = await fetch(`${server.url}/api/documents`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' }, body: '{"title":' })
    expect(broken.status).toBe(400)
    expect((await callApi(server, admin.token, 'POST', '/api/documents/import', { text: 42 })).status).toBe(400)
    expect((await callApi(server, admin.token, 'PUT', `/api/documents/${documentId}/metadata`, { beratungsfolge: [{ datum: 'gestern', gremium: 'Rat' }] })).status).toBe(400)
    expect((await callApi(server, admin.token, 'POST', `/api/documents/${documentId}/comments`, { anchor: {}, body: 'x'.repeat(20_000) })).status).toBe(400)
  })
})
