import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CONTENT_FRAGMENT } from '../../../shared/schema/nodeNames'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../../utils/createTestClient'
import type { TestServer } from '../../utils/createTestServer'
import { redisProxy, type RedisProxy } from '../../utils/redisProxy'
import { callApi, createAccount, createDocument, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'
import { createScaledOutServers, type ScaledOutServers } from './createScaledOutServers'

function appendParagraph(ydoc: Y.Doc, text: string) {
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  ydoc.getXmlFragment(CONTENT_FRAGMENT).push([paragraph])
}

const text = (ydoc: Y.Doc) => ydoc.getXmlFragment(CONTENT_FRAGMENT).toString()
const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds))

describe('losing Redis for a while', () => {
  const clients: TestClient[] = []
  const proxies: RedisProxy[] = []
  let installation: ScaledOutServers | null = null

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await installation?.cleanup()
    installation = null
    for (const proxy of proxies.splice(0)) await proxy.close()
  })

  const connect = (server: TestServer, documentId: string, account: SignedIn) => {
    const client = createTestClient(server.wsUrl, documentId, { params: { token: account.token } })
    clients.push(client)
    return client
  }

  /** Two instances, each reaching Redis through a proxy of its own that the test can cut. */
  const start = async () => {
    const [firstProxy, secondProxy] = [await redisProxy(), await redisProxy()]
    proxies.push(firstProxy, secondProxy)
    installation = await createScaledOutServers([firstProxy.url, secondProxy.url])
    const [first, second] = installation.servers as [TestServer, TestServer]
    const admin = await signInAsAdmin(first)
    const zuwanderung = await createAccount(first, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const jugend = await createAccount(first, admin, { username: 'jugend', name: 'Jana Krüger', department: 'Jugend und Familie', role: 'editor' })
    const documentId = await createDocument(first, zuwanderung, 'Ausfalltest')
    const onFirst = connect(first, documentId, zuwanderung)
    const alsoOnFirst = connect(first, documentId, admin)
    const onSecond = connect(second, documentId, jugend)
    await Promise.all([onFirst, alsoOnFirst, onSecond].map((client) => waitForSync(client.provider)))
    appendParagraph(onFirst.ydoc, 'vor dem Ausfall')
    await waitFor(() => text(onSecond.ydoc).includes('vor dem Ausfall'), 'fan-out works before the outage')
    return { first, second, admin, zuwanderung, jugend, documentId, onFirst, alsoOnFirst, onSecond, cut: () => [firstProxy, secondProxy].forEach((proxy) => proxy.cut()), restore: () => [firstProxy, secondProxy].forEach((proxy) => proxy.restore()) }
  }

  it('keeps editing on each instance, and converges without losing an update once Redis is back', async () => {
    const { second, admin, documentId, onFirst, alsoOnFirst, onSecond, cut, restore } = await start()
    onFirst.provider.awareness.setLocalStateField('user', { color: '#005a9c' })
    await waitFor(() => onSecond.provider.awareness.getStates().has(onFirst.ydoc.clientID), 'presence crossed before the outage')

    cut()
    await pause(200)
    for (let index = 0; index < 10; index += 1) {
      appendParagraph(onFirst.ydoc, `A während des Ausfalls ${index}`)
      appendParagraph(onSecond.ydoc, `B während des Ausfalls ${index}`)
    }
    await waitFor(() => text(alsoOnFirst.ydoc).includes('A während des Ausfalls 9'), 'editing goes on within instance A')
    await pause(300)
    expect(text(onSecond.ydoc)).not.toContain('A während des Ausfalls')
    expect(text(onFirst.ydoc)).not.toContain('B während des Ausfalls')

    restore()
    await waitFor(
      () =>
        text(onFirst.ydoc) === text(onSecond.ydoc) &&
        text(alsoOnFirst.ydoc) === text(onFirst.ydoc) &&
        text(onFirst.ydoc).includes('B während des Ausfalls 9') &&
        text(onSecond.ydoc).includes('A während des Ausfalls 9'),
      'all clients converge after Redis is back',
      20_000,
    )
    for (let index = 0; index < 10; index += 1) {
      expect(text(onFirst.ydoc)).toContain(`A während des Ausfalls ${index}`)
      expect(text(onFirst.ydoc)).toContain(`B während des Ausfalls ${index}`)
    }
    expect(text(onFirst.ydoc)).toContain('vor dem Ausfall')

    appendParagraph(onSecond.ydoc, 'nach dem Ausfall')
    await waitFor(() => text(onFirst.ydoc).includes('nach dem Ausfall'), 'fan-out works again')
    await waitFor(() => onSecond.provider.awareness.getStates().has(onFirst.ydoc.clientID), 'presence crosses again')

    const late = connect(second, documentId, admin)
    await waitForSync(late.provider)
    await waitFor(() => text(late.ydoc) === text(onFirst.ydoc), 'a late joiner has everything')
  })

  it('freezes a Fassung on one instance with what was typed on the other, even while Redis is away', async () => {
    const { second, jugend, documentId, onFirst, onSecond, cut } = await start()
    cut()
    await pause(200)
    appendParagraph(onFirst.ydoc, 'nur auf Instanz A getippt')
    await pause(300)
    expect(text(onSecond.ydoc)).not.toContain('nur auf Instanz A getippt')

    const response = await callApi(second as TestServer, jugend.token, 'POST', `/api/documents/${documentId}/fassungen`, {
      name: 'Entwurf zur Vorberatung',
      gremium: 'Ausschuss für Soziales (AFS)',
      date: '2019-03-21',
      status: 'Entwurf',
    })
    expect(response.status).toBe(201)
    const { id } = (await response.json()) as { id: string }
    const fassung = await second.storage.fassungen.getFassung(documentId, id)
    const frozen = new Y.Doc({ gc: false })
    Y.applyUpdate(frozen, fassung!.state)
    expect(text(frozen)).toContain('nur auf Instanz A getippt')
    // Reading from storage on B brought the text to B's clients as well.
    await waitFor(() => text(onSecond.ydoc).includes('nur auf Instanz A getippt'), 'B’s client caught up')
  })
})
