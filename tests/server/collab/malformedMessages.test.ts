import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { CloseCode } from '../../../shared/collab/closeCodes'
import { CONTENT_FRAGMENT } from '../../../shared/schema/nodeNames'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../../utils/createTestClient'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { createDocument, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'

const maxMessageBytes = 64 * 1024

const corpus: { name: string; message: Uint8Array | string; expectedCode: number }[] = [
  { name: 'truncated varint', message: new Uint8Array([0x80]), expectedCode: CloseCode.malformedMessage },
  { name: 'empty message', message: new Uint8Array([]), expectedCode: CloseCode.malformedMessage },
  { name: 'unknown message type', message: new Uint8Array([0x09, 0x00]), expectedCode: CloseCode.malformedMessage },
  { name: 'unknown sync type', message: new Uint8Array([0x00, 0x07, 0x00]), expectedCode: CloseCode.malformedMessage },
  { name: 'update length beyond the message', message: new Uint8Array([0x00, 0x02, 0x7f, 0x01, 0x02]), expectedCode: CloseCode.malformedMessage },
  { name: 'truncated update body', message: new Uint8Array([0x00, 0x02, 0x03, 0x01, 0x05, 0x80]), expectedCode: CloseCode.malformedMessage },
  { name: 'garbage state vector', message: new Uint8Array([0x00, 0x00, 0x03, 0xff, 0xff, 0xff]), expectedCode: CloseCode.malformedMessage },
  { name: 'garbage awareness', message: new Uint8Array([0x01, 0x04, 0x01, 0x05, 0x01, 0x7b]), expectedCode: CloseCode.malformedMessage },
  { name: 'random bytes', message: Uint8Array.from({ length: 512 }, (_, index) => (index * 7919 + 13) % 256), expectedCode: CloseCode.malformedMessage },
  { name: 'text frame', message: 'hallo', expectedCode: CloseCode.malformedMessage },
  { name: 'oversized frame', message: new Uint8Array(maxMessageBytes + 1024), expectedCode: CloseCode.messageTooLarge },
]

describe('hostile input on the collaboration websocket', () => {
  let server: TestServer
  let admin: SignedIn
  let documentId: string
  let first: TestClient
  let second: TestClient

  beforeAll(async () => {
    server = await createTestServer({ collaboration: { limits: { maxMessageBytes } } })
    admin = await signInAsAdmin(server)
    documentId = await createDocument(server, admin, 'Angriffsziel')
    first = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    second = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    await Promise.all([waitForSync(first.provider), waitForSync(second.provider)])
  })

  afterAll(async () => {
    first.destroy()
    second.destroy()
    await server.cleanup()
  })

  for (const [index, entry] of corpus.entries()) {
    it(`closes only the offending connection for: ${entry.name}`, async () => {
      const socket = new WebSocket(`${server.wsUrl}/${documentId}?token=${admin.token}`)
      const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)))
      await new Promise((resolve) => socket.on('open', resolve))
      socket.send(entry.message)
      expect(await closed).toBe(entry.expectedCode)

      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText(`nach Fall ${index}`)])
      first.ydoc.getXmlFragment(CONTENT_FRAGMENT).push([paragraph])
      await waitFor(() => second.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString().includes(`nach Fall ${index}`), 'other clients keep syncing')
      expect(first.provider.wsconnected && second.provider.wsconnected).toBe(true)
    })
  }
})
