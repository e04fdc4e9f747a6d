import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { ClientIdRecovery } from '../../../client/editor/collaboration/ClientIdRecovery'
import { fetchServerState } from '../../../client/editor/collaboration/fetchServerState'
import type { ChangeModel } from '../../../shared/changes/ChangeModel'
import { CloseCode } from '../../../shared/collab/closeCodes'
import { CONTENT_FRAGMENT } from '../../../shared/schema/nodeNames'
import { createConceptYDoc } from '../../../shared/yjs/createConceptYDoc'
import { appendParagraph, contentXml } from '../../utils/appendParagraph'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../../utils/createTestClient'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { callApi, createAccount, createDocument, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'
import { writeWithClientId, type ForeignWriter } from '../../utils/writeWithClientId'

const victimClientId = 424_242

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph')
  element.insert(0, [new Y.XmlText(text)])
  return element
}

/** The text of the paragraph that starts with `start`. */
function textOf(ydoc: Y.Doc, start: string): Y.XmlText {
  for (const block of ydoc.getXmlFragment(CONTENT_FRAGMENT).toArray()) {
    const text = block instanceof Y.XmlElement ? block.get(0) : null
    if (text instanceof Y.XmlText && text.toString().startsWith(start)) return text
  }
  throw new Error(`no paragraph starts with ${start}`)
}

/** The document's paragraphs after the empty one every new document starts with. */
function body(ydoc: Y.Doc): string {
  return contentXml(ydoc).replace(/^<paragraph id="[^"]+"><\/paragraph>/, '')
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1
}

describe('a clientID another editor took while its owner was offline', () => {
  let server: TestServer
  const clients: TestClient[] = []
  const recoveries: ClientIdRecovery[] = []
  const writers: ForeignWriter[] = []

  afterEach(async () => {
    for (const recovery of recoveries.splice(0)) recovery.destroy()
    for (const client of clients.splice(0)) client.destroy()
    for (const writer of writers.splice(0)) writer.close()
    await server.cleanup()
  })

  async function setUp() {
    server = await createTestServer()
    const admin = await signInAsAdmin(server)
    const owner = await createAccount(server, admin, { username: 'najj', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const squatter = await createAccount(server, admin, { username: 'lindner', name: 'Maria Lindner', department: 'Gleichstellungsbeauftragte', role: 'editor' })
    const documentId = await createDocument(server, admin, 'Integrationskonzept')
    const observer = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    clients.push(observer)
    await waitForSync(observer.provider)
    appendParagraph(observer.ydoc, 'Sprache ist der Schlüssel zur Integration.')
    appendParagraph(observer.ydoc, 'Arbeit und Ausbildung')
    await waitForDraft(admin, documentId, 'Arbeit und Ausbildung')
    const frozen = await callApi(server, admin.token, 'POST', `/api/documents/${documentId}/fassungen`, { name: 'Entwurf', gremium: 'Verwaltung', date: '2025-01-15', status: 'Entwurf' })
    expect(frozen.status).toBe(201)
    const fassungId = ((await frozen.json()) as { id: string }).id
    return { admin, owner, squatter, documentId, observer, fassungId }
  }

  async function waitForDraft(account: SignedIn, documentId: string, text: string) {
    for (let attempt = 0; attempt < 100; attempt++) {
      const response = await callApi(server, account.token, 'GET', `/api/documents/${documentId}/versions/draft`)
      if (JSON.stringify(await response.json()).includes(text)) return
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    throw new Error(`the draft never contained ${text}`)
  }

  /** The owner's document on one connection, watched by the same recovery the browser session uses. */
  function connectOwner(documentId: string, owner: SignedIn, ydoc: Y.Doc) {
    const client = createTestClient(server.wsUrl, documentId, { params: { token: owner.token }, ydoc })
    const closeCodes: number[] = []
    client.provider.on('closed', ({ code }) => closeCodes.push(code))
    let handOver: (state: Uint8Array) => void = () => undefined
    const rebuilt = new Promise<Uint8Array>((resolve) => (handOver = resolve))
    const recovery = new ClientIdRecovery({
      ydoc,
      provider: client.provider,
      loadServerState: () => fetchServerState(server.wsUrl, documentId, { WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket, params: { token: owner.token } }),
      onRecovered: handOver,
    })
    recoveries.push(recovery)
    return { client, recovery, closeCodes, rebuilt }
  }

  /** The squatter writes first with the owner's clientID, through a socket of its own, as any script could. */
  async function squat(documentId: string, squatter: SignedIn, observer: TestClient, write: (forged: Y.Doc) => void, marker: string) {
    const writer = await writeWithClientId(server, documentId, squatter, observer.ydoc, victimClientId, write)
    writers.push(writer)
    await waitFor(() => contentXml(observer.ydoc).includes(marker), 'the squatter’s text on the server')
    expect(writer.closeCodes).toEqual([])
  }

  /** The owner opens the document, lets it sync without writing (its clientID is now known), and goes offline. */
  async function openAndGoOffline(documentId: string, owner: SignedIn): Promise<Y.Doc> {
    const ydoc = createConceptYDoc()
    ydoc.clientID = victimClientId
    const online = connectOwner(documentId, owner, ydoc)
    await waitForSync(online.client.provider)
    online.recovery.destroy()
    online.client.provider.destroy()
    return ydoc
  }

  async function changesBy(account: SignedIn, documentId: string, fassungId: string): Promise<Map<string, string[]>> {
    const response = await callApi(server, account.token, 'GET', `/api/documents/${documentId}/compare?from=${fassungId}&to=draft`)
    expect(response.status).toBe(200)
    const model = (await response.json()) as ChangeModel
    const byUser = new Map<string, string[]>()
    for (const change of model.changes) {
      if (change.kind !== 'insertion' || !change.author) continue
      byUser.set(change.author.userId, [...(byUser.get(change.author.userId) ?? []), change.summary])
    }
    return byUser
  }

  it('moves the offline text to a fresh clientID after the 4422 refusal; it reaches everyone, credited to its author', async () => {
    const { owner, squatter, documentId, observer, fassungId } = await setUp()
    const ydoc = await openAndGoOffline(documentId, owner)

    const first = textOf(ydoc, 'Sprache')
    first.insert(first.length, ' Offline ergänzt im Zug.')
    ydoc.getXmlFragment(CONTENT_FRAGMENT).push([paragraph('Ein offline geschriebener Absatz mit Tippfehlr')])
    const last = textOf(ydoc, 'Ein offline')
    last.delete(last.length - 'Tippfehlr'.length, 'Tippfehlr'.length)
    last.insert(last.length, 'Tippfehler, korrigiert')
    // Fewer items than the owner wrote, some deleted again: the server's delete set then names the owner's own ids.
    await squat(
      documentId,
      squatter,
      observer,
      (forged) => {
        forged.getXmlFragment(CONTENT_FRAGMENT).insert(2, [paragraph('Von B')])
        textOf(forged, 'Sprache').insert(0, 'weg ')
        textOf(forged, 'weg ').delete(0, 4)
      },
      'Von B',
    )

    const reconnected = connectOwner(documentId, owner, ydoc)
    const state = await reconnected.rebuilt
    expect(reconnected.closeCodes).toEqual([CloseCode.clientIdTaken])

    const rebuilt = createConceptYDoc()
    Y.applyUpdate(rebuilt, state)
    const resumed = connectOwner(documentId, owner, rebuilt)
    clients.push(reconnected.client, resumed.client)
    await waitFor(() => contentXml(observer.ydoc).includes('Offline ergänzt im Zug.'), 'the offline text on the server')
    await waitFor(() => contentXml(observer.ydoc) === contentXml(rebuilt), 'owner and observer agree')
    expect(body(observer.ydoc)).toBe(
      '<paragraph>Sprache ist der Schlüssel zur Integration. Offline ergänzt im Zug.</paragraph><paragraph>Von B</paragraph><paragraph>Arbeit und Ausbildung</paragraph><paragraph>Ein offline geschriebener Absatz mit Tippfehler, korrigiert</paragraph>',
    )
    expect(rebuilt.clientID).not.toBe(victimClientId)

    // The owner goes on writing on the new document; the connection stays open.
    textOf(rebuilt, 'Arbeit').insert(0, 'Danach: ')
    await waitFor(() => contentXml(observer.ydoc).includes('Danach: Arbeit'), 'the next edit on the server')
    expect(resumed.closeCodes).toEqual([])
    expect(resumed.recovery.isRecovering).toBe(false)

    const late = createTestClient(server.wsUrl, documentId, { params: { token: squatter.token } })
    clients.push(late)
    await waitForSync(late.provider)
    expect(contentXml(late.ydoc)).toBe(contentXml(observer.ydoc))

    const changes = await changesBy(owner, documentId, fassungId)
    expect(changes.get(owner.user.id)?.join(' | ')).toContain('Offline ergänzt im Zug.')
    expect(changes.get(owner.user.id)?.join(' | ')).toContain('Ein offline geschriebener Absatz mit Tippfehler, korrigiert')
    expect(changes.get(owner.user.id)?.join(' | ')).toContain('Danach:')
    expect(changes.get(squatter.user.id)).toEqual(['Von B'])
  })

  it('moves the offline text when the squatter wrote further than the owner, so that the server never refuses anything', async () => {
    const { owner, squatter, documentId, observer, fassungId } = await setUp()
    const ydoc = await openAndGoOffline(documentId, owner)

    textOf(ydoc, 'Arbeit').insert(0, 'Offline: ')
    // More items than the owner wrote, the first ones deleted again: the server's reply extends the owner's
    // clientID and its delete set names the owner's own offline ids.
    const long = 'Ein langer Absatz von B. '.repeat(20)
    await squat(
      documentId,
      squatter,
      observer,
      (forged) => {
        forged.getXmlFragment(CONTENT_FRAGMENT).push([paragraph(`Weg. ${long}`)])
        textOf(forged, 'Weg. ').delete(0, 5)
      },
      `<paragraph>${long}`,
    )

    const reconnected = connectOwner(documentId, owner, ydoc)
    const state = await reconnected.rebuilt
    expect(reconnected.closeCodes).toEqual([])

    const rebuilt = createConceptYDoc()
    Y.applyUpdate(rebuilt, state)
    const resumed = connectOwner(documentId, owner, rebuilt)
    clients.push(reconnected.client, resumed.client)
    await waitFor(() => contentXml(observer.ydoc).includes('Offline: Arbeit'), 'the offline text on the server')
    await waitFor(() => contentXml(observer.ydoc) === contentXml(rebuilt), 'owner and observer agree')
    const text = contentXml(observer.ydoc)
    expect(occurrences(text, 'Offline: ')).toBe(1)
    expect(occurrences(text, long)).toBe(1)
    expect(body(observer.ydoc)).toBe(`<paragraph>Sprache ist der Schlüssel zur Integration.</paragraph><paragraph>Offline: Arbeit und Ausbildung</paragraph><paragraph>${long}</paragraph>`)

    const changes = await changesBy(owner, documentId, fassungId)
    expect(changes.get(owner.user.id)).toEqual(['Offline:'])
    expect(changes.get(squatter.user.id)?.join('')).toContain('Ein langer Absatz von B.')
  })
})
