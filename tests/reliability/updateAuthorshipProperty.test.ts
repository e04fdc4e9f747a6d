import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { CloseCode } from '../../shared/collab/closeCodes'
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames'
import { inspectConceptContent } from '../../shared/schema/validation/inspectConceptContent'
import { createConceptYDoc } from '../../shared/yjs/createConceptYDoc'
import { appendParagraph, contentXml } from '../utils/appendParagraph'
import { createSeededRandom } from '../utils/createSeededRandom'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../utils/createTestClient'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { createAccount, createDocument, signInAsAdmin, type SignedIn } from '../utils/testAccounts'

const seeds = process.env['FUZZ_SEEDS'] ? Array.from({ length: Number(process.env['FUZZ_SEEDS']) }, (_, index) => 9001 + index) : [9001, 9002]
const steps = Number(process.env['FUZZ_STEPS'] ?? 120)
const marker = 'UNTERGESCHOBEN'

function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarUint(encoder, 2)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

interface Participant {
  account: SignedIn
  client: TestClient
}

function texts(ydoc: Y.Doc): Y.XmlText[] {
  const found: Y.XmlText[] = []
  const visit = (element: Y.XmlFragment) => {
    for (const child of element.toArray()) {
      if (child instanceof Y.XmlText) found.push(child)
      else if (child instanceof Y.XmlElement) visit(child)
    }
  }
  visit(ydoc.getXmlFragment(CONTENT_FRAGMENT))
  return found
}

/** A copy of `source` whose further changes are written under `clientId`; returns the update they make. */
function changeOnCopy(source: Y.Doc, clientId: number, change: (copy: Y.Doc) => void, since?: (copy: Y.Doc) => Uint8Array): Uint8Array {
  const copy = createConceptYDoc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(source))
  copy.clientID = clientId
  const before = since ? since(copy) : Y.encodeStateVector(copy)
  copy.transact(() => change(copy))
  return Y.encodeStateAsUpdate(copy, before)
}

const poisons: ((copy: Y.Doc) => void)[] = [
  (copy) => copy.getXmlFragment(CONTENT_FRAGMENT).insert(0, [{ marker } as unknown as Y.XmlElement]),
  (copy) => copy.getXmlFragment(CONTENT_FRAGMENT).insert(0, [new Y.XmlElement(marker.toLowerCase())]),
  (copy) => texts(copy)[0]?.format(0, 1, { [marker]: true }),
  (copy) => copy.getMap(marker).set('x', 1),
  (copy) => (copy.getXmlFragment(CONTENT_FRAGMENT).get(0) as Y.XmlElement).setAttribute('id', { marker } as unknown as string),
]

describe('property: whatever valid and invalid updates several users interleave, the stored record stays exact', () => {
  let server: TestServer | null = null
  const clients: TestClient[] = []

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server?.cleanup()
    server = null
  })

  it.each(seeds)('seed %i: everything stored fits the schema and is credited to the account that sent it', async (seed) => {
    const random = createSeededRandom(seed)
    server = await createTestServer()
    const admin = await signInAsAdmin(server)
    const documentId = await createDocument(server, admin, `Eigenschaftstest ${seed}`)
    const departments = ['Zuwanderung', 'Jugend und Familie', 'Gleichstellung']
    const editors: Participant[] = []
    for (const [index, department] of departments.entries()) {
      const account = await createAccount(server, admin, { username: `redaktion${index}`, name: `Redaktion ${index}`, department, role: 'editor' })
      const client = createTestClient(server.wsUrl, documentId, { params: { token: account.token } })
      clients.push(client)
      editors.push({ account, client })
    }
    const reviewer = await createAccount(server, admin, { username: 'ausschuss', name: 'Ausschuss', department: 'Ausschuss', role: 'reviewer' })
    await Promise.all(editors.map(({ client }) => waitForSync(client.provider)))
    appendParagraph(editors[0]!.client.ydoc, 'Sprache ist der Schlüssel zur Integration')

    const sendRaw = async (account: SignedIn, update: Uint8Array): Promise<number> => {
      const socket = new WebSocket(`${server!.wsUrl}/${documentId}?token=${account.token}`)
      const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)))
      await new Promise((resolve) => socket.on('open', resolve))
      socket.send(syncUpdateMessage(update))
      // A dropped write closes nothing: give the server a moment, then leave.
      const timer = setTimeout(() => socket.close(1000), 150)
      const code = await closed
      clearTimeout(timer)
      return code
    }
    const converged = () => {
      const first = contentXml(editors[0]!.client.ydoc)
      return editors.every(({ client }) => contentXml(client.ydoc) === first)
    }

    for (let step = 0; step < steps; step++) {
      const actor = random.pick(editors)
      const ydoc = actor.client.ydoc
      const roll = random.next()
      if (roll < 0.6) {
        const candidates = texts(ydoc)
        const target = candidates.length > 0 ? random.pick(candidates) : null
        const kind = random.integer(4)
        if (!target || kind === 0) appendParagraph(ydoc, `Absatz ${seed}-${step}`)
        else if (kind === 1) target.insert(random.integer(target.length + 1), ` w${step}`)
        else if (kind === 2 && target.length > 0) {
          const start = random.integer(target.length)
          target.delete(start, Math.min(target.length - start, 1 + random.integer(4)))
        } else if (target.length > 0) target.format(random.integer(target.length), 1 + random.integer(3), { bold: random.next() < 0.5 ? {} : null })
        continue
      }
      await waitFor(converged, `converged before step ${step}`)
      const victim = random.pick(editors.filter((editor) => editor !== actor))
      const attack = random.integer(4)
      if (attack === 0) {
        // Builds on the victim's next character, which the victim has not typed yet.
        const victimText = texts(victim.client.ydoc)[0]
        if (!victimText) continue
        const update = changeOnCopy(
          victim.client.ydoc,
          777_000 + step,
          (copy) => texts(copy)[0]!.insert(1, marker),
          (copy) => {
            const saved = copy.clientID
            copy.clientID = victim.client.ydoc.clientID
            texts(copy)[0]!.insert(0, '·')
            copy.clientID = saved
            return Y.encodeStateVector(copy)
          },
        )
        expect(await sendRaw(actor.account, update)).toBe(CloseCode.outOfSync)
      } else if (attack === 1) {
        const update = changeOnCopy(ydoc, 778_000 + step, random.pick(poisons))
        expect(await sendRaw(actor.account, update)).toBe(CloseCode.malformedMessage)
      } else if (attack === 2 && Y.getState(victim.client.ydoc.store, victim.client.ydoc.clientID) > 0) {
        // A clientID its owner has written with; one nobody has used yet belongs to whoever writes first.
        const update = changeOnCopy(ydoc, victim.client.ydoc.clientID, (copy) => appendParagraph(copy, marker))
        expect(await sendRaw(actor.account, update)).toBe(CloseCode.clientIdTaken)
      } else if (attack === 3) {
        const update = changeOnCopy(ydoc, 779_000 + step, (copy) => appendParagraph(copy, marker))
        expect(await sendRaw(reviewer, update)).toBe(1000)
      }
      const loaded = await server.collaboration.getLoadedDocument(documentId)
      expect(loaded?.ydoc.store.pendingStructs ?? null).toBeNull()
      expect(loaded?.ydoc.store.pendingDs ?? null).toBeNull()
    }
    await waitFor(converged, 'all editors converged')

    const loaded = await server.collaboration.getLoadedDocument(documentId)
    await loaded?.flush()
    const stored = createConceptYDoc()
    for (const update of (await server.storage.documents.loadUpdates(documentId)).updates) Y.applyUpdate(stored, update)
    expect(contentXml(stored)).toBe(contentXml(editors[0]!.client.ydoc))
    expect(contentXml(stored)).not.toContain(marker)
    expect(inspectConceptContent(stored.getXmlFragment(CONTENT_FRAGMENT), { includeDeleted: true }).problems).toEqual([])
    expect([...stored.share.keys()]).toEqual([CONTENT_FRAGMENT])

    // The ledger: each editor's provider wrote with one clientID; the document's creation is the admin's.
    const ownerOf = new Map(editors.map(({ account, client }) => [client.ydoc.clientID, account.user.id]))
    const covered = new Map<number, number>()
    for (const attribution of await server.storage.documents.listAttributions(documentId)) {
      for (const [client, clock, length] of attribution.inserted) {
        expect(attribution.userId).toBe(ownerOf.get(client) ?? admin.user.id)
        covered.set(client, (covered.get(client) ?? 0) + length)
        expect(clock + length).toBeLessThanOrEqual(Y.getState(stored.store, client))
      }
    }
    for (const [client, state] of Y.decodeStateVector(Y.encodeStateVector(stored))) expect(covered.get(client)).toBe(state)

    for (const client of clients.splice(0)) client.destroy()
    await waitFor(() => !server!.collaboration.isLoaded(documentId), 'document unloaded once everyone left')
  })
})
