import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import { afterAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { NodeName } from '../../shared/schema/nodeNames'
import { createTeilzielNode } from '../../shared/schema/nodes/teilziel/createTeilzielNode'
import { teilzielFieldNames } from '../../shared/schema/nodes/teilziel/teilzielFieldDefinitions'
import { createEditingClient, type EditingClient } from '../utils/createEditingClient'
import { waitFor, waitForSync } from '../utils/createTestClient'
import { createSeededRandom } from '../utils/createSeededRandom'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { callApi, createAccount, signInAsAdmin, type SignedIn } from '../utils/testAccounts'

const clientCount = 20
const rounds = 12
const seed = Number(process.env['FUZZ_SEED'] ?? 20261121)

type Edit = (tr: Transaction, random: ReturnType<typeof createSeededRandom>) => void

function textblocks(doc: ProseMirrorNode): { node: ProseMirrorNode; position: number }[] {
  const found: { node: ProseMirrorNode; position: number }[] = []
  doc.descendants((node, position) => {
    if (node.isTextblock) found.push({ node, position })
    return !node.isTextblock
  })
  return found
}

function blocksOfType(doc: ProseMirrorNode, type: string): { node: ProseMirrorNode; position: number }[] {
  const found: { node: ProseMirrorNode; position: number }[] = []
  doc.descendants((node, position) => {
    if (node.type.name === type) found.push({ node, position })
    return !node.isTextblock
  })
  return found
}

const edits: Edit[] = [
  (tr, random) => {
    const candidates = textblocks(tr.doc)
    if (candidates.length === 0) return
    const target = random.pick(candidates)
    tr.insertText(` w${random.integer(1000)}`, target.position + 1 + random.integer(target.node.content.size + 1))
  },
  (tr, random) => {
    const candidates = textblocks(tr.doc)
    if (candidates.length === 0) return
    const target = random.pick(candidates)
    if (target.node.content.size < 2) return
    const from = target.position + 1 + random.integer(target.node.content.size - 1)
    tr.delete(from, Math.min(from + 1 + random.integer(5), target.position + 1 + target.node.content.size))
  },
  (tr, random) => {
    const handlungsfelder = blocksOfType(tr.doc, NodeName.handlungsfeld)
    if (handlungsfelder.length === 0) return
    const target = random.pick(handlungsfelder)
    tr.insert(target.position + target.node.nodeSize - 1, createTeilzielNode(tr.doc.type.schema))
  },
  (tr, random) => {
    // Clears a whole field away, as a selection across field borders would; the repair brings it back.
    const teilziele = blocksOfType(tr.doc, NodeName.teilziel)
    if (teilziele.length === 0) return
    const teilziel = random.pick(teilziele)
    let offset = 0
    const index = random.integer(teilziel.node.childCount)
    for (let child = 0; child < index; child += 1) offset += teilziel.node.child(child).nodeSize
    const from = teilziel.position + 1 + offset
    tr.delete(from, from + teilziel.node.child(index).nodeSize)
  },
  (tr, random) => {
    const teilziele = blocksOfType(tr.doc, NodeName.teilziel)
    if (teilziele.length < 2) return
    const moved = random.pick(teilziele)
    tr.delete(moved.position, moved.position + moved.node.nodeSize)
    const handlungsfelder = blocksOfType(tr.doc, NodeName.handlungsfeld)
    if (handlungsfelder.length === 0) return
    const target = random.pick(handlungsfelder)
    tr.insert(target.position + target.node.nodeSize - 1, moved.node)
  },
  (tr, random) => {
    const teilziele = blocksOfType(tr.doc, NodeName.teilziel)
    if (teilziele.length < 3) return
    const removed = random.pick(teilziele)
    tr.delete(removed.position, removed.position + removed.node.nodeSize)
  },
]

describe('convergence under random concurrent editing with disconnects', () => {
  let server: TestServer
  const clients: EditingClient[] = []

  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.cleanup()
  })

  it(`brings ${clientCount} clients and the stored document to one state in which no Teilziel lacks a field (seed ${seed})`, async () => {
    const random = createSeededRandom(seed)
    server = await createTestServer()
    const admin = await signInAsAdmin(server)
    const accounts: SignedIn[] = []
    for (let index = 0; index < 4; index += 1) {
      accounts.push(await createAccount(server, admin, { username: `fd${index}`, name: `Fachdienst ${index}`, department: `Fachdienst ${index}`, role: 'editor' }))
    }
    const created = await callApi(server, accounts[0]!.token, 'POST', '/api/documents', { title: 'Fuzz' })
    const { id: documentId } = (await created.json()) as { id: string }
    const author = await createEditingClient(server, documentId, accounts[0]!)
    clients.push(author)
    author.editor.edit((tr) => {
      const schema = tr.doc.type.schema
      const handlungsfeld = (title: string) =>
        schema.nodes['handlungsfeld']!.create(null, [schema.nodes['handlungsfeldTitel']!.create(null, schema.text(title)), createTeilzielNode(schema), createTeilzielNode(schema)])
      tr.replaceWith(0, tr.doc.content.size, [handlungsfeld('Bildung'), handlungsfeld('Arbeit'), handlungsfeld('Teilhabe')])
    })
    for (let index = 1; index < clientCount; index += 1) clients.push(await createEditingClient(server, documentId, accounts[index % accounts.length]!))
    await waitFor(() => clients.every((client) => blocksOfType(client.editor.read(), NodeName.handlungsfeld).length === 3), 'structure everywhere')

    for (let round = 0; round < rounds; round += 1) {
      for (const client of clients) {
        if (random.next() < 0.15) {
          if (client.provider.wsconnected) client.provider.disconnect()
          else client.provider.connect()
        }
        const edit = random.pick(edits)
        client.editor.edit((tr) => edit(tr, random))
      }
      await new Promise((resolve) => setTimeout(resolve, 20 + random.integer(60)))
    }

    for (const client of clients) if (!client.provider.wsconnected) client.provider.connect()
    await Promise.all(clients.map((client) => waitForSync(client.provider, 20_000)))
    const stateOf = (client: EditingClient) => Buffer.from(Y.encodeStateVector(client.ydoc)).toString('base64')
    await waitFor(() => new Set(clients.map(stateOf)).size === 1, 'all clients have the same items', 30_000)
    // Each client now repairs what concurrent edits left incomplete (as its editor plugin would), then all converge again.
    for (const client of clients) client.editor.edit(() => {})
    await waitFor(() => new Set(clients.map(stateOf)).size === 1, 'all clients converge after repairs', 30_000)
    await waitFor(() => new Set(clients.map((client) => JSON.stringify(client.editor.read().toJSON()))).size === 1, 'identical documents', 30_000)

    const finalDoc = clients[0]!.editor.read()
    finalDoc.check()
    for (const { node } of blocksOfType(finalDoc, NodeName.teilziel)) {
      expect(new Set(node.content.content.map((field) => field.type.name))).toEqual(new Set(teilzielFieldNames))
    }

    await server.close()
    server = await createTestServer({ dataDirectory: server.dataDirectory })
    const reader = await createEditingClient(server, documentId, await signInAsAdmin(server))
    clients.push(reader)
    expect(JSON.stringify(reader.editor.read().toJSON())).toBe(JSON.stringify(finalDoc.toJSON()))
  })
})
