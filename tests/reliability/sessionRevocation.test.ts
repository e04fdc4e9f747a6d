import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode } from '../../shared/collab/closeCodes'
import { createConceptYDoc } from '../../shared/yjs/createConceptYDoc'
import { createScaledOutServers, type ScaledOutServers } from '../server/scaleout/createScaledOutServers'
import { appendParagraph, contentXml } from '../utils/appendParagraph'
import { createRawCollabClient, type RawCollabClient } from '../utils/createRawCollabClient'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../utils/createTestClient'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { redisTestUrl } from '../utils/redisTestUrl'
import { callApi, createAccount, createDocument, signIn, signInAsAdmin, testPasswordFor, type SignedIn } from '../utils/testAccounts'

/** The document as storage holds it: what survives, whatever any instance has in memory. */
async function storedContent(server: TestServer, documentId: string): Promise<string> {
  const ydoc = createConceptYDoc()
  for (const update of (await server.storage.documents.loadUpdates(documentId)).updates) Y.applyUpdate(ydoc, update)
  return contentXml(ydoc)
}

/** The close code of a socket the server is expected to close now; fails instead of waiting for the test's timeout. */
function closeCodeOf(socket: RawCollabClient, timeoutMs = 15_000): Promise<number> {
  return Promise.race([socket.closed, new Promise<number>((_, reject) => setTimeout(() => reject(new Error('the socket is still open')), timeoutMs).unref())])
}

/** Resolves with the close code of the next connection the provider loses for good. */
function nextTerminalClose(client: TestClient): Promise<number> {
  return new Promise((resolve) => client.provider.once('closed', ({ code }: { code: number }) => resolve(code)))
}

describe('revoked access, sign-out, expiry, deactivation and demotion reach open websockets at once', () => {
  const servers: TestServer[] = []
  const sockets: RawCollabClient[] = []
  const clients: TestClient[] = []

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.close()
    for (const client of clients.splice(0)) client.destroy()
    for (const server of servers.splice(0)) await server.cleanup()
  })

  async function setUp(options: Parameters<typeof createTestServer>[0] = {}) {
    const server = await createTestServer(options)
    servers.push(server)
    const admin = await signInAsAdmin(server)
    const victim = await createAccount(server, admin, { username: 'betroffen', name: 'Bea Troffen', department: 'Fachdienst Jugend', role: 'editor' })
    const colleague = await createAccount(server, admin, { username: 'kollege', name: 'Kai Kollege', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const documentId = await createDocument(server, colleague, 'Integrationskonzept 2025')
    const observer = createTestClient(server.wsUrl, documentId, { params: { token: colleague.token } })
    clients.push(observer)
    await waitForSync(observer.provider)
    return { server, admin, victim, colleague, documentId, observer }
  }

  const openRaw = async (server: TestServer, documentId: string, account: SignedIn) => {
    const socket = await createRawCollabClient(server.wsUrl, documentId, account.token)
    sockets.push(socket)
    return socket
  }

  const openStock = async (server: TestServer, documentId: string, account: SignedIn) => {
    const client = createTestClient(server.wsUrl, documentId, { params: { token: account.token } })
    clients.push(client)
    await waitForSync(client.provider)
    return client
  }

  /** Live text reaches the socket before the revocation: otherwise "receives nothing after" proves nothing. */
  async function expectLive(observer: TestClient, receivers: Y.Doc[], text: string) {
    appendParagraph(observer.ydoc, text)
    for (const ydoc of receivers) await waitFor(() => contentXml(ydoc).includes(text), `"${text}" arrives live`)
  }

  /**
   * After the revocation: the colleague's next text reaches none of the revoked clients, and what they write
   * now (the stock provider deliberately reconnecting with it) is stored nowhere and seen by nobody.
   */
  async function expectCutOff(server: TestServer, documentId: string, observer: TestClient, revoked: { raw: RawCollabClient; stock: TestClient }, expectedCode: number) {
    appendParagraph(revoked.raw.ydoc, 'Roh nach dem Entzug')
    appendParagraph(revoked.stock.ydoc, 'Anbieter nach dem Entzug')
    const again = nextTerminalClose(revoked.stock)
    revoked.stock.provider.connect()
    expect(await again).toBe(expectedCode)
    appendParagraph(observer.ydoc, 'Geheim nach dem Entzug')
    await waitFor(() => contentXml(observer.ydoc).includes('Geheim nach dem Entzug'), 'the colleague types on')
    const check = await openStock(server, documentId, await signInAsAdmin(server))
    await waitFor(() => contentXml(check.ydoc).includes('Geheim nach dem Entzug'), 'a fresh client sees the colleague')
    for (const ydoc of [revoked.raw.ydoc, revoked.stock.ydoc]) expect(contentXml(ydoc)).not.toContain('Geheim nach dem Entzug')
    expect(revoked.raw.messagesAfterClose()).toBe(0)
    for (const ydoc of [observer.ydoc, check.ydoc]) {
      expect(contentXml(ydoc)).not.toContain('Roh nach dem Entzug')
      expect(contentXml(ydoc)).not.toContain('Anbieter nach dem Entzug')
    }
    const stored = await storedContent(server, documentId)
    expect(stored).toContain('Geheim nach dem Entzug')
    expect(stored).not.toContain('Roh nach dem Entzug')
    expect(stored).not.toContain('Anbieter nach dem Entzug')
  }

  it('closes with 4403 when the account is taken off the document’s access list', async () => {
    const { server, admin, victim, colleague, documentId, observer } = await setUp()
    const raw = await openRaw(server, documentId, victim)
    const stock = await openStock(server, documentId, victim)
    await expectLive(observer, [raw.ydoc, stock.ydoc], 'Vor dem Entzug')
    const stockClosed = nextTerminalClose(stock)

    const response = await callApi(server, admin.token, 'PUT', `/api/documents/${documentId}/access`, { userIds: [colleague.user.id] })
    expect(response.status).toBe(200)
    expect(await closeCodeOf(raw)).toBe(CloseCode.forbidden)
    expect(await stockClosed).toBe(CloseCode.forbidden)
    await expectCutOff(server, documentId, observer, { raw, stock }, CloseCode.forbidden)
  })

  it('closes with 4401 the sockets of the session that signed out, and only those', async () => {
    const { server, victim, documentId, observer } = await setUp()
    const otherSession = await signIn(server, 'betroffen', testPasswordFor('betroffen'))
    const raw = await openRaw(server, documentId, victim)
    const stock = await openStock(server, documentId, victim)
    const elsewhere = await openRaw(server, documentId, otherSession)
    await expectLive(observer, [raw.ydoc, stock.ydoc, elsewhere.ydoc], 'Vor der Abmeldung')
    const stockClosed = nextTerminalClose(stock)

    expect((await callApi(server, victim.token, 'DELETE', '/api/session')).status).toBe(204)
    expect(await closeCodeOf(raw)).toBe(CloseCode.unauthorized)
    expect(await stockClosed).toBe(CloseCode.unauthorized)
    await expectCutOff(server, documentId, observer, { raw, stock }, CloseCode.unauthorized)
    // The same person signed in elsewhere keeps working.
    await waitFor(() => contentXml(elsewhere.ydoc).includes('Geheim nach dem Entzug'), 'the other session still receives')
    appendParagraph(elsewhere.ydoc, 'Andere Sitzung schreibt weiter')
    await elsewhere.roundTrip()
    expect(await storedContent(server, documentId)).toContain('Andere Sitzung schreibt weiter')
  })

  it('closes with 4401 when the session expires, with nothing else happening', async () => {
    const { server, documentId, observer } = await setUp({ sessionLifetimeMs: 8_000 })
    // Signed in just now, so that its session ends while the sockets are open.
    const shortLived = await signIn(server, 'betroffen', testPasswordFor('betroffen'))
    const raw = await openRaw(server, documentId, shortLived)
    const stock = await openStock(server, documentId, shortLived)
    await expectLive(observer, [raw.ydoc, stock.ydoc], 'Vor dem Ablauf')
    const stockClosed = nextTerminalClose(stock)
    expect(await closeCodeOf(raw)).toBe(CloseCode.unauthorized)
    expect(await stockClosed).toBe(CloseCode.unauthorized)
    // The observer's own session is as short: it is replaced to keep typing.
    observer.destroy()
    const colleague = await signIn(server, 'kollege', testPasswordFor('kollege'))
    const freshObserver = await openStock(server, documentId, colleague)
    await expectCutOff(server, documentId, freshObserver, { raw, stock }, CloseCode.unauthorized)
  })

  it('closes with 4401 and ends every session when an administrator deactivates the account', async () => {
    const { server, admin, victim, documentId, observer } = await setUp()
    const raw = await openRaw(server, documentId, victim)
    const stock = await openStock(server, documentId, victim)
    await expectLive(observer, [raw.ydoc, stock.ydoc], 'Vor der Deaktivierung')
    const stockClosed = nextTerminalClose(stock)

    const response = await callApi(server, admin.token, 'PATCH', `/api/users/${victim.user.id}`, { active: false })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { user: { active: boolean } }).user.active).toBe(false)
    expect(await closeCodeOf(raw)).toBe(CloseCode.unauthorized)
    expect(await stockClosed).toBe(CloseCode.unauthorized)
    await expectCutOff(server, documentId, observer, { raw, stock }, CloseCode.unauthorized)
    expect(await (await callApi(server, victim.token, 'GET', '/api/session')).json()).toEqual({ user: null })
    expect((await callApi(server, null, 'POST', '/api/session', { username: 'betroffen', password: testPasswordFor('betroffen') })).status).toBe(401)

    // Reactivated, the account signs in again; the old sessions stay ended.
    expect((await callApi(server, admin.token, 'PATCH', `/api/users/${victim.user.id}`, { active: true })).status).toBe(200)
    expect(await (await callApi(server, victim.token, 'GET', '/api/session')).json()).toEqual({ user: null })
    await signIn(server, 'betroffen', testPasswordFor('betroffen'))
  })

  it('tells an editor made reviewer at once: the socket closes with 4512, the stock client reconnects and reads on, and its writes are stored nowhere', async () => {
    const { server, admin, victim, documentId, observer } = await setUp()
    const raw = await openRaw(server, documentId, victim)
    const stock = await openStock(server, documentId, victim)
    appendParagraph(raw.ydoc, 'Als Redakteurin geschrieben')
    await raw.roundTrip()
    expect(await storedContent(server, documentId)).toContain('Als Redakteurin geschrieben')
    const stockCloseCodes: number[] = []
    stock.provider.on('connection-close', (event: CloseEvent | null) => {
      if (event) stockCloseCodes.push(event.code)
    })

    const response = await callApi(server, admin.token, 'PATCH', `/api/users/${victim.user.id}`, { role: 'reviewer' })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { user: { role: string } }).user.role).toBe('reviewer')
    expect(await closeCodeOf(raw)).toBe(CloseCode.roleChanged)
    await waitFor(() => stockCloseCodes.includes(CloseCode.roleChanged), 'the stock client hears why')
    await waitFor(() => stock.provider.synced, 'the stock client reconnects')
    await expectLive(observer, [stock.ydoc], 'Nach der Herabstufung weiter sichtbar')

    appendParagraph(stock.ydoc, 'Als Ausschussmitglied geschrieben')
    await expectLive(observer, [stock.ydoc], 'Danach geschrieben')
    expect(await storedContent(server, documentId)).not.toContain('Als Ausschussmitglied geschrieben')
    expect(contentXml(observer.ydoc)).not.toContain('Als Ausschussmitglied geschrieben')
  })

  it('PATCH /api/users/:id: admins only, never on themselves to deactivate or demote, 404 for unknown accounts', async () => {
    const { server, admin, victim, colleague } = await setUp()
    expect((await callApi(server, colleague.token, 'PATCH', `/api/users/${victim.user.id}`, { active: false })).status).toBe(403)
    expect((await callApi(server, null, 'PATCH', `/api/users/${victim.user.id}`, { active: false })).status).toBe(401)
    for (const change of [{ active: false }, { role: 'editor' }, { role: 'reviewer' }]) {
      const response = await callApi(server, admin.token, 'PATCH', `/api/users/${admin.user.id}`, change)
      expect(response.status, JSON.stringify(change)).toBe(403)
      expect(((await response.json()) as { error: string }).error).toMatch(/eigene Konto/)
    }
    expect((await callApi(server, admin.token, 'PATCH', `/api/users/${admin.user.id}`, { name: 'Verwaltung', role: 'admin', active: true })).status).toBe(200)
    expect((await callApi(server, admin.token, 'PATCH', '/api/users/gibt-es-nicht', { name: 'Niemand' })).status).toBe(404)
    expect((await callApi(server, admin.token, 'PATCH', `/api/users/${victim.user.id}`, {})).status).toBe(400)
    const renamed = await callApi(server, admin.token, 'PATCH', `/api/users/${victim.user.id}`, { name: ' Bea Neu ', department: 'Ordnungsamt' })
    expect(((await renamed.json()) as { user: unknown }).user).toEqual({ ...victim.user, name: 'Bea Neu', department: 'Ordnungsamt', active: true })
    const listed = (await (await callApi(server, admin.token, 'GET', '/api/users')).json()) as { users: { id: string; active: boolean }[] }
    expect(listed.users.find((user) => user.id === victim.user.id)?.active).toBe(true)
  })
})

describe('revocation across two instances on one PostgreSQL and one Redis', () => {
  let installation: ScaledOutServers | null = null
  const sockets: RawCollabClient[] = []
  const clients: TestClient[] = []

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.close()
    for (const client of clients.splice(0)) client.destroy()
    await installation?.cleanup()
    installation = null
  })

  it('closes the sockets on instance B when access, the session or the account changes through instance A', async () => {
    installation = await createScaledOutServers([redisTestUrl, redisTestUrl])
    const [first, second] = installation.servers as [TestServer, TestServer]
    const admin = await signInAsAdmin(first)
    const victim = await createAccount(first, admin, { username: 'betroffen', name: 'Bea Troffen', department: 'Fachdienst Jugend', role: 'editor' })
    const colleague = await createAccount(first, admin, { username: 'kollege', name: 'Kai Kollege', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const documentId = await createDocument(first, colleague, 'Integrationskonzept 2025')
    const observer = createTestClient(second.wsUrl, documentId, { params: { token: colleague.token } })
    clients.push(observer)
    await waitForSync(observer.provider)

    const openOnSecond = async (account: SignedIn) => {
      const socket = await createRawCollabClient(second.wsUrl, documentId, account.token)
      sockets.push(socket)
      return socket
    }
    const expectReceivesNothingMore = async (socket: RawCollabClient, marker: string) => {
      appendParagraph(observer.ydoc, marker)
      await waitFor(() => contentXml(observer.ydoc).includes(marker), 'the colleague types on')
      const check = createTestClient(first.wsUrl, documentId, { params: { token: admin.token } })
      clients.push(check)
      await waitFor(() => contentXml(check.ydoc).includes(marker), 'instance A has the text too')
      expect(contentXml(socket.ydoc)).not.toContain(marker)
    }

    // Access list changed on A.
    const accessRevoked = await openOnSecond(victim)
    appendParagraph(observer.ydoc, 'Vor dem Entzug')
    await waitFor(() => contentXml(accessRevoked.ydoc).includes('Vor dem Entzug'), 'live text arrives on B')
    expect((await callApi(first, admin.token, 'PUT', `/api/documents/${documentId}/access`, { userIds: [colleague.user.id] })).status).toBe(200)
    expect(await closeCodeOf(accessRevoked)).toBe(CloseCode.forbidden)
    await expectReceivesNothingMore(accessRevoked, 'Nach dem Entzug der Zugriffsliste')
    expect((await callApi(first, admin.token, 'PUT', `/api/documents/${documentId}/access`, { userIds: [] })).status).toBe(200)

    // Signed out on A.
    const session = await signIn(first, 'betroffen', testPasswordFor('betroffen'))
    const signedOut = await openOnSecond(session)
    expect((await callApi(first, session.token, 'DELETE', '/api/session')).status).toBe(204)
    expect(await closeCodeOf(signedOut)).toBe(CloseCode.unauthorized)
    await expectReceivesNothingMore(signedOut, 'Nach der Abmeldung auf A')

    // Deactivated on A; a write it tries on B before the close lands nowhere.
    const deactivated = await openOnSecond(victim)
    expect((await callApi(first, admin.token, 'PATCH', `/api/users/${victim.user.id}`, { active: false })).status).toBe(200)
    expect(await closeCodeOf(deactivated)).toBe(CloseCode.unauthorized)
    appendParagraph(deactivated.ydoc, 'Nach der Deaktivierung geschrieben')
    await expectReceivesNothingMore(deactivated, 'Nach der Deaktivierung auf A')
    for (const server of [first, second]) expect(await storedContent(server, documentId)).not.toContain('Nach der Deaktivierung geschrieben')
    expect(contentXml(observer.ydoc)).not.toContain('Nach der Deaktivierung geschrieben')
  })
})
