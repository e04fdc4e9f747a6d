import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { CloseCode } from '../../../shared/collab/closeCodes'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { createDocument, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'

describe('websocket origin check and rate limit', () => {
  let server: TestServer
  let admin: SignedIn
  let documentId: string

  beforeAll(async () => {
    server = await createTestServer({ allowedOrigins: ['https://ratsinfo.kreis.example'], collaboration: { limits: { messagesPerSecond: 20, messageBurst: 40 } } })
    admin = await signInAsAdmin(server)
    documentId = await createDocument(server, admin, 'Herkunft')
  })

  afterAll(async () => {
    await server.cleanup()
  })

  const open = (origin?: string) =>
    new Promise<{ opened: boolean; status: number | null }>((resolve) => {
      const socket = new WebSocket(`${server.wsUrl}/${documentId}?token=${admin.token}`, origin ? { origin } : {})
      socket.on('open', () => {
        socket.close()
        resolve({ opened: true, status: null })
      })
      socket.on('unexpected-response', (_request, response) => resolve({ opened: false, status: response.statusCode ?? null }))
      socket.on('error', () => resolve({ opened: false, status: null }))
    })

  it('refuses the upgrade from a foreign origin and accepts its own and configured ones', async () => {
    expect(await open('https://boese.example')).toEqual({ opened: false, status: 403 })
    expect(await open(server.url)).toEqual({ opened: true, status: null })
    expect(await open('https://ratsinfo.kreis.example')).toEqual({ opened: true, status: null })
  })

  it('closes a connection that floods the server', async () => {
    const socket = new WebSocket(`${server.wsUrl}/${documentId}?token=${admin.token}`)
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)))
    await new Promise((resolve) => socket.on('open', resolve))
    // Query-awareness messages are harmless one by one; a hundred at once exceed the burst.
    for (let index = 0; index < 100; index += 1) socket.send(new Uint8Array([3]))
    expect(await closed).toBe(CloseCode.rateLimited)
  })
})
