import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { CloseCode } from '../../shared/collab/closeCodes'
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames'
import { createConceptYDoc } from '../../shared/yjs/createConceptYDoc'
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

const attackerClient = 666_001
const marker = 'GEFÄLSCHT'

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph')
  element.insert(0, [new Y.XmlText(text)])
  return element
}

/** The victim's paragraph: the last one of the document. */
function victimText(ydoc: Y.Doc): Y.XmlText {
  const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT)
  return (fragment.get(fragment.length - 1) as Y.XmlElement).get(0) as Y.XmlText
}

/**
 * The attacker's copy of the document: the victim's state, then one step the victim has not taken yet
 * (under the victim's clientID), then the attacker's own change that builds on that step. Only the
 * attacker's part is sent.
 */
function updateBuildingOnTheVictimsFuture(victim: Y.Doc, victimStep: (ydoc: Y.Doc) => void, attack: (ydoc: Y.Doc) => void): Uint8Array {
  const copy = createConceptYDoc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(victim))
  copy.clientID = victim.clientID
  victimStep(copy)
  const afterVictimStep = Y.encodeStateVector(copy)
  copy.clientID = attackerClient
  attack(copy)
  return Y.encodeStateAsUpdate(copy, afterVictimStep)
}

/** An update of the attacker's, based on the server's current state as the victim sees it. */
function attackerUpdate(victim: Y.Doc, change: (ydoc: Y.Doc) => void): Uint8Array {
  const copy = createConceptYDoc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(victim))
  copy.clientID = attackerClient + 1
  const before = Y.encodeStateVector(copy)
  copy.transact(() => change(copy))
  return Y.encodeStateAsUpdate(copy, before)
}

describe('forged and poisoned updates through the real server', () => {
  let server: TestServer
  let admin: SignedIn
  let victimAccount: SignedIn
  let attacker: SignedIn
  let documentId: string
  let victim: TestClient
  let witness: TestClient

  const sendAsAttacker = async (message: Uint8Array) => {
    const socket = new WebSocket(`${server.wsUrl}/${documentId}?token=${attacker.token}`)
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)))
    await new Promise((resolve) => socket.on('open', resolve))
    socket.send(message)
    return closed
  }

  const storedText = async () => {
    const stored = await server.storage.documents.loadUpdates(documentId)
    const ydoc = createConceptYDoc()
    for (const update of stored.updates) Y.applyUpdate(ydoc, update)
    return ydoc.getXmlFragment(CONTENT_FRAGMENT).toString()
  }

  const victimTypes = async (text: string) => {
    const target = victimText(victim.ydoc)
    target.insert(target.length, text)
    await waitFor(() => witness.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString().includes(text), `${text} arrived`)
  }

  const expectNothingPendingOrForged = async () => {
    const loaded = await server.collaboration.getLoadedDocument(documentId)
    expect(loaded?.ydoc.store.pendingStructs).toBeNull()
    expect(loaded?.ydoc.store.pendingDs).toBeNull()
    expect(witness.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString()).not.toContain(marker)
    expect(await storedText()).not.toContain(marker)
  }

  beforeAll(async () => {
    server = await createTestServer()
    admin = await signInAsAdmin(server)
    victimAccount = await createAccount(server, admin, { username: 'opfer', name: 'Olga Opfer', department: 'Jugend und Familie', role: 'editor' })
    attacker = await createAccount(server, admin, { username: 'angreifer', name: 'Mallory', department: 'Unbekannt', role: 'editor' })
    documentId = await createDocument(server, admin, 'Integrationskonzept')
    victim = createTestClient(server.wsUrl, documentId, { params: { token: victimAccount.token } })
    witness = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    await Promise.all([waitForSync(victim.provider), waitForSync(witness.provider)])
    victim.ydoc.getXmlFragment(CONTENT_FRAGMENT).push([paragraph('Sprachförderung in der Kita')])
    await waitFor(() => witness.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString().includes('Kita'), 'victim text arrived')
  })

  afterAll(async () => {
    victim.destroy()
    witness.destroy()
    await server.cleanup()
  })

  it('refuses text whose origin is the victim’s next, unwritten character, so the victim’s typing is never credited with it', async () => {
    const forged = updateBuildingOnTheVictimsFuture(
      victim.ydoc,
      (copy) => victimText(copy).insert(victimText(copy).length, '!'),
      (copy) => victimText(copy).insert(victimText(copy).length, marker),
    )
    expect(await sendAsAttacker(syncUpdateMessage(forged))).toBe(CloseCode.outOfSync)
    await expectNothingPendingOrForged()

    // The victim, in the same session with the same clientID, now writes exactly the character the forgery built on.
    await victimTypes('!')
    await victimTypes(' Elterncafé')
    await expectNothingPendingOrForged()
    const attributions = await server.storage.documents.listAttributions(documentId)
    const victimClients = attributions.filter((attribution) => attribution.userId === victimAccount.user.id).flatMap((attribution) => attribution.inserted.map(([client]) => client))
    expect(new Set(victimClients)).toEqual(new Set([victim.ydoc.clientID]))
    const owners = await server.storage.documents.getClientOwners(documentId)
    expect(owners.has(attackerClient)).toBe(false)
    const history = (await (await callApi(server, admin.token, 'GET', `/api/documents/${documentId}/history`)).json()) as { history: { userId: string }[] }
    expect(history.history.map((entry) => entry.userId)).not.toContain(attacker.user.id)
  })

  it('refuses a deletion of the victim’s next character and text inside the victim’s next paragraph', async () => {
    const deletion = updateBuildingOnTheVictimsFuture(
      victim.ydoc,
      (copy) => victimText(copy).insert(victimText(copy).length, '?'),
      (copy) => victimText(copy).delete(victimText(copy).length - 1, 1),
    )
    expect(await sendAsAttacker(syncUpdateMessage(deletion))).toBe(CloseCode.outOfSync)
    const insideFutureParagraph = updateBuildingOnTheVictimsFuture(
      victim.ydoc,
      (copy) => copy.getXmlFragment(CONTENT_FRAGMENT).insert(0, [new Y.XmlElement('paragraph')]),
      (copy) => (copy.getXmlFragment(CONTENT_FRAGMENT).get(0) as Y.XmlElement).insert(0, [new Y.XmlText(marker)]),
    )
    expect(await sendAsAttacker(syncUpdateMessage(insideFutureParagraph))).toBe(CloseCode.outOfSync)
    await victimTypes('?')
    expect(witness.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString()).toContain('Elterncafé?')
    await expectNothingPendingOrForged()
  })

  it('parks no data in server memory: every update with a missing dependency is refused whole', async () => {
    const loaded = await server.collaboration.getLoadedDocument(documentId)
    for (let round = 0; round < 10; round++) {
      const forged = updateBuildingOnTheVictimsFuture(
        victim.ydoc,
        (copy) => victimText(copy).insert(victimText(copy).length, '#'),
        (copy) => victimText(copy).insert(victimText(copy).length, `${marker}${'x'.repeat(512 * 1024)}`),
      )
      expect(await sendAsAttacker(syncUpdateMessage(forged))).toBe(CloseCode.outOfSync)
    }
    expect(loaded?.ydoc.store.pendingStructs).toBeNull()
    await expectNothingPendingOrForged()
  })

  let typedAfterRefusal = 0
  it.each([
    ['a raw value in the content fragment', (ydoc: Y.Doc) => ydoc.getXmlFragment(CONTENT_FRAGMENT).insert(0, [{ roh: marker } as unknown as Y.XmlElement])],
    ['an unknown node', (ydoc: Y.Doc) => ydoc.getXmlFragment(CONTENT_FRAGMENT).insert(0, [new Y.XmlElement('iframe')])],
    ['an unknown mark on the victim’s text', (ydoc: Y.Doc) => victimText(ydoc).format(0, 5, { [marker]: {} })],
    ['a Maßnahme code that is an object', (ydoc: Y.Doc) => {
      const massnahme = new Y.XmlElement('massnahme')
      ydoc.getXmlFragment(CONTENT_FRAGMENT).insert(0, [massnahme])
      massnahme.setAttribute('code', { marker } as unknown as string)
    }],
    ['Handlungsfelder nested 3,000 deep', (ydoc: Y.Doc) => {
      ydoc.getXmlFragment(CONTENT_FRAGMENT).insert(0, [new Y.XmlElement('handlungsfeld')])
      let current = ydoc.getXmlFragment(CONTENT_FRAGMENT).get(0) as Y.XmlElement
      for (let depth = 0; depth < 3000; depth++) {
        current.insert(0, [new Y.XmlElement('handlungsfeld')])
        current = current.get(0) as Y.XmlElement
      }
    }],
    ['another root type', (ydoc: Y.Doc) => ydoc.getMap('fremd').set(marker, 1)],
  ])('refuses %s with 4400 and stores nothing', async (_, change) => {
    const updatesBefore = (await server.storage.documents.loadUpdates(documentId)).updates.length
    const textBefore = witness.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString()
    expect(await sendAsAttacker(syncUpdateMessage(attackerUpdate(victim.ydoc, change)))).toBe(CloseCode.malformedMessage)
    const typed = ` [${(typedAfterRefusal += 1)}]`
    await victimTypes(typed)
    const lastParagraphEnd = textBefore.lastIndexOf('</paragraph>')
    expect(witness.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString()).toBe(`${textBefore.slice(0, lastParagraphEnd)}${typed}${textBefore.slice(lastParagraphEnd)}`)
    expect((await server.storage.documents.loadUpdates(documentId)).updates.length).toBe(updatesBefore + 1)
    const draft = await callApi(server, admin.token, 'GET', `/api/documents/${documentId}/versions/draft`)
    expect(draft.status).toBe(200)
    expect(JSON.stringify(await draft.json())).not.toContain(marker)
  })

  it('still holds only the victim’s text after a restart', async () => {
    const dataDirectory = server.dataDirectory
    victim.destroy()
    witness.destroy()
    await server.close()
    const restarted = await createTestServer({ dataDirectory })
    try {
      const signedIn = await signInAsAdmin(restarted)
      const draft = await callApi(restarted, signedIn.token, 'GET', `/api/documents/${documentId}/versions/draft`)
      const text = JSON.stringify(await draft.json())
      expect(text).toContain('Elterncafé?')
      expect(text).not.toContain(marker)
    } finally {
      await restarted.cleanup()
    }
  })
})
