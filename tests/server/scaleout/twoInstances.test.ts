import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CONTENT_FRAGMENT } from '../../../shared/schema/nodeNames'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../../utils/createTestClient'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { redisTestUrl } from '../../utils/redisTestUrl'
import { createAccount, createDocument, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'
import { createScaledOutServers, type ScaledOutServers } from './createScaledOutServers'

function appendParagraph(ydoc: Y.Doc, text: string) {
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  ydoc.getXmlFragment(CONTENT_FRAGMENT).push([paragraph])
}

const text = (ydoc: Y.Doc) => ydoc.getXmlFragment(CONTENT_FRAGMENT).toString()

describe('two server instances on one PostgreSQL and one Redis', () => {
  const clients: TestClient[] = []
  let installation: ScaledOutServers | null = null

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await installation?.cleanup()
    installation = null
  })

  const connect = (server: TestServer, documentId: string, account: SignedIn) => {
    const client = createTestClient(server.wsUrl, documentId, { params: { token: account.token } })
    clients.push(client)
    return client
  }

  const start = async () => {
    installation = await createScaledOutServers([redisTestUrl, redisTestUrl])
    const [first, second] = installation.servers as [TestServer, TestServer]
    const admin = await signInAsAdmin(first)
    const zuwanderung = await createAccount(first, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    // Accounts and sessions live in PostgreSQL: signing in on one instance is signing in on all.
    const jugend = await createAccount(second, admin, { username: 'jugend', name: 'Jana Krüger', department: 'Jugend und Familie', role: 'editor' })
    const documentId = await createDocument(second, zuwanderung, 'Integrationskonzept Testkreis')
    return { first, second, admin, zuwanderung, jugend, documentId }
  }

  it('lets clients on different instances see each other type, and gives late joiners on either instance everything', async () => {
    const { first, second, admin, zuwanderung, jugend, documentId } = await start()
    const onFirst = connect(first, documentId, zuwanderung)
    const onSecond = connect(second, documentId, jugend)
    await Promise.all([waitForSync(onFirst.provider), waitForSync(onSecond.provider)])

    appendParagraph(onFirst.ydoc, 'Fachdienst Zuwanderung schreibt auf Instanz A')
    await waitFor(() => text(onSecond.ydoc).includes('auf Instanz A'), 'B sees what was typed on A')
    appendParagraph(onSecond.ydoc, 'Jugend und Familie schreibt auf Instanz B')
    await waitFor(() => text(onFirst.ydoc).includes('auf Instanz B'), 'A sees what was typed on B')
    for (let index = 0; index < 20; index += 1) {
      appendParagraph(onFirst.ydoc, `A${index}`)
      appendParagraph(onSecond.ydoc, `B${index}`)
    }
    await waitFor(() => text(onFirst.ydoc) === text(onSecond.ydoc) && text(onFirst.ydoc).includes('A19') && text(onFirst.ydoc).includes('B19'), 'convergence')

    const lateOnFirst = connect(first, documentId, admin)
    const lateOnSecond = connect(second, documentId, admin)
    await Promise.all([waitForSync(lateOnFirst.provider), waitForSync(lateOnSecond.provider)])
    await waitFor(() => text(lateOnFirst.ydoc) === text(onFirst.ydoc) && text(lateOnSecond.ydoc) === text(onFirst.ydoc), 'late joiners have everything')
  })

  it('passes presence from one instance to the other, with verified names, and removes it when the client leaves', async () => {
    const { first, second, zuwanderung, jugend, documentId } = await start()
    const onFirst = connect(first, documentId, zuwanderung)
    const onSecond = connect(second, documentId, jugend)
    await Promise.all([waitForSync(onFirst.provider), waitForSync(onSecond.provider)])

    onFirst.provider.awareness.setLocalStateField('user', { name: 'Landrat', color: '#005a9c' })
    onSecond.provider.awareness.setLocalStateField('cursor', { anchor: 1 })
    await waitFor(() => onSecond.provider.awareness.getStates().has(onFirst.ydoc.clientID), 'A’s presence reached B')
    await waitFor(() => onFirst.provider.awareness.getStates().has(onSecond.ydoc.clientID), 'B’s presence reached A')
    const state = onSecond.provider.awareness.getStates().get(onFirst.ydoc.clientID) as { user: Record<string, unknown> }
    expect(state.user).toMatchObject({ name: 'Said Najj', department: 'Fachdienst Zuwanderung', color: '#005a9c' })

    const late = connect(second, documentId, jugend)
    await waitFor(() => late.provider.awareness.getStates().has(onFirst.ydoc.clientID), 'a late joiner on B sees who is on A')

    const leaving = onFirst.ydoc.clientID
    onFirst.provider.disconnect()
    await waitFor(() => !onSecond.provider.awareness.getStates().has(leaving), 'A’s presence is gone on B')
  })

  it('stores each update once, where it was accepted, and loads the same content after both instances restart', async () => {
    const { first, second, zuwanderung, jugend, documentId } = await start()
    const onFirst = connect(first, documentId, zuwanderung)
    const onSecond = connect(second, documentId, jugend)
    await Promise.all([waitForSync(onFirst.provider), waitForSync(onSecond.provider)])
    const before = await first.storage.documents.countUpdates(documentId)
    for (let index = 0; index < 5; index += 1) appendParagraph(onFirst.ydoc, `A${index}`)
    for (let index = 0; index < 5; index += 1) appendParagraph(onSecond.ydoc, `B${index}`)
    await waitFor(() => text(onFirst.ydoc) === text(onSecond.ydoc) && text(onFirst.ydoc).includes('B4') && text(onFirst.ydoc).includes('A4'), 'convergence')
    expect(await first.storage.documents.countUpdates(documentId)).toBe(before + 10)
    const attributions = await second.storage.documents.listAttributions(documentId)
    expect(attributions.filter((attribution) => attribution.userId === jugend.user.id)).toHaveLength(5)
    expect(attributions.filter((attribution) => attribution.userId === zuwanderung.user.id)).toHaveLength(6)

    const expected = text(onFirst.ydoc)
    for (const client of clients.splice(0)) client.destroy()
    await first.close()
    await second.close()
    const restarted = await createTestServer({ databaseUrl: installation!.schema.databaseUrl, redisUrl: redisTestUrl })
    installation!.servers.push(restarted)
    const reader = connect(restarted, documentId, jugend)
    await waitForSync(reader.provider)
    expect(text(reader.ydoc)).toBe(expected)
  })
})
