import type { JSONContent } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChangeEntry, ChangeModel } from '../../../shared/changes/ChangeModel'
import { DecisionIndex } from '../../../shared/review/DecisionIndex'
import type { ReviewDecision } from '../../../shared/review/ReviewDecision'
import { NodeName } from '../../../shared/schema/nodeNames'
import { createEditingClient, type EditingClient } from '../../utils/createEditingClient'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { findNode } from '../../utils/findNode'
import { findTextblock } from '../../utils/findTextblock'
import { replaceContent } from '../../utils/replaceContent'
import { smallConceptJson } from '../../utils/smallConceptJson'
import { callApi, createAccount, createDocument, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'

/**
 * Regression tests for issue 10 (items 5, 6 and 8), each the scenario through the real server: a stock
 * y-websocket client that stays connected (one clientID, many edits) and the public API.
 */
describe('decisions on changes through the real server', () => {
  let server: TestServer
  let zuwanderung: SignedIn
  let jugend: SignedIn
  let kreistag: SignedIn
  const clients: EditingClient[] = []

  const json = async <T>(response: Response, status = 200): Promise<T> => {
    if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${await response.text()}`)
    return (await response.json()) as T
  }

  /** A document holding the small concept, written by Zuwanderung, and a Fassung of it. */
  const createFrozenConcept = async () => {
    const documentId = await createDocument(server, zuwanderung, 'Integrationskonzept')
    await replaceContent(server, documentId, zuwanderung.user.id, smallConceptJson)
    const fassung = (await json<{ id: string }>(await callApi(server, zuwanderung.token, 'POST', `/api/documents/${documentId}/fassungen`, { name: 'Vorlage', gremium: 'AFS', date: '2021-03-21', status: 'Entwurf' }), 201)).id
    return { documentId, fassung }
  }
  const connect = async (account: SignedIn, documentId: string) => {
    const client = await createEditingClient(server, documentId, account)
    clients.push(client)
    return client
  }
  const compare = async (documentId: string, fassung: string) => json<ChangeModel>(await callApi(server, kreistag.token, 'GET', `/api/documents/${documentId}/compare?from=${fassung}&to=draft`))
  /** Polls the comparison until `done` holds: the client's edits reach the server asynchronously. */
  const compareUntil = async (documentId: string, fassung: string, done: (model: ChangeModel) => boolean, description: string) => {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const model = await compare(documentId, fassung)
      if (done(model)) return model
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    throw new Error(`timed out waiting for: ${description}`)
  }
  const decide = (account: SignedIn, documentId: string, body: Record<string, unknown>, status = 200) =>
    callApi(server, account.token, 'POST', `/api/documents/${documentId}/decisions`, body).then((response) => json<{ decided: string[] }>(response, status))
  const decisionsOf = async (documentId: string) => new DecisionIndex((await json<{ decisions: ReviewDecision[] }>(await callApi(server, kreistag.token, 'GET', `/api/documents/${documentId}/decisions`))).decisions)
  const version = async (documentId: string, versionId: string) => (await json<{ doc: JSONContent }>(await callApi(server, kreistag.token, 'GET', `/api/documents/${documentId}/versions/${versionId}`))).doc
  const history = async (documentId: string) => (await json<{ history: { department: string; updates: number }[] }>(await callApi(server, kreistag.token, 'GET', `/api/documents/${documentId}/history`))).history
  const summaries = (changes: readonly ChangeEntry[]) => changes.map((change) => change.summary)

  beforeAll(async () => {
    server = await createTestServer()
    const admin = await signInAsAdmin(server)
    zuwanderung = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    jugend = await createAccount(server, admin, { username: 'jugend', name: 'Jana Krüger', department: 'Jugend und Familie', role: 'editor' })
    kreistag = await createAccount(server, admin, { username: 'kreistag', name: 'Büro des Kreistags', department: 'Kreistag', role: 'editor' })
  })

  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.cleanup()
  })

  it('issue 10, item 5: an accepted insertion stays accepted while its author types on next to it; the new text is a new, open change', async () => {
    const { documentId, fassung } = await createFrozenConcept()
    const writer = await connect(jugend, documentId)
    const appendTo = (needle: string, text: string) =>
      writer.editor.edit((tr) => {
        const target = findTextblock(tr.doc, needle)
        tr.insertText(text, target.position + 1 + target.node.content.size)
      })
    appendTo('Die Betreuung ist sichergestellt.', ' Sofortprogramm')
    const first = await compareUntil(documentId, fassung, (model) => model.changes.length > 0, 'the insertion reached the server')
    expect(summaries(first.changes)).toEqual(['Sofortprogramm'])
    expect(await decide(kreistag, documentId, { from: fassung, decision: 'accept', changeIds: [first.changes[0]!.id] })).toEqual({ decided: [first.changes[0]!.id] })

    appendTo('Sofortprogramm', ' für Kitas')
    const second = await compareUntil(documentId, fassung, (model) => JSON.stringify(model.changes).includes('für Kitas'), 'the second insertion reached the server')
    const decisions = await decisionsOf(documentId)
    const open = second.changes.filter((change) => !decisions.decisionOf(change))
    const accepted = second.changes.filter((change) => decisions.decisionOf(change)?.decision === 'accepted')
    expect(summaries(open)).toEqual(['für Kitas'])
    expect(summaries(accepted)).toEqual(['Sofortprogramm'])

    // "All open changes" are the new text alone; rejecting them leaves exactly the accepted characters.
    expect((await decide(kreistag, documentId, { from: fassung, decision: 'reject', all: true })).decided).toEqual(open.map((change) => change.id))
    const after = await compareUntil(documentId, fassung, (model) => !JSON.stringify(model.changes).includes('für Kitas'), 'the rejection reached the draft')
    expect(summaries(after.changes)).toEqual(['Sofortprogramm'])
    expect((await decisionsOf(documentId)).decisionOf(after.changes[0]!)?.decision).toBe('accepted')
    expect(findTextblock(writer.editor.read(), 'Die Betreuung').node.textContent).toBe('Die Betreuung ist sichergestellt. Sofortprogramm')
  })

  it('issue 10, item 6: rejecting the move of a moved and edited Teilziel puts it back and keeps the edit', async () => {
    const { documentId, fassung } = await createFrozenConcept()
    const writer = await connect(jugend, documentId)
    writer.editor.edit((tr) => {
      const moved = findNode(tr.doc, (node) => node.type.name === NodeName.teilziel, 1)
      tr.delete(moved.position, moved.position + moved.node.nodeSize)
      const massnahme = findNode(tr.doc, (node) => node.type.name === NodeName.massnahme)
      tr.insert(massnahme.position + massnahme.node.nodeSize, moved.node)
    })
    writer.editor.edit((tr) => {
      const goal = findTextblock(tr.doc, 'Die Sprachförderung ist sichergestellt.')
      tr.insertText(' Bis 2026.', goal.position + 1 + goal.node.content.size)
    })
    const model = await compareUntil(documentId, fassung, (current) => JSON.stringify(current).includes('Bis 2026.'), 'the move and the edit reached the server')
    const move = model.changes.find((change) => change.kind === 'move')
    expect(move).toBeDefined()

    await decide(kreistag, documentId, { from: fassung, decision: 'reject', changeIds: [move!.id] })
    const after = await compareUntil(documentId, fassung, (current) => !current.changes.some((change) => change.kind === 'move'), 'the move was taken back')
    expect(after.changes.map((change) => change.kind)).not.toContain('reorder')
    // The older text with the edit in it: the Teilziel stands where it stood, and says what it was edited to say.
    const expected = textOnly(await version(documentId, fassung)).replace('Die Sprachförderung ist sichergestellt.', 'Die Sprachförderung ist sichergestellt. Bis 2026.')
    expect(textOnly(await version(documentId, 'draft'))).toBe(expected)
  })

  it('issue 10, item 8: rejecting what a selection-delete across a Handlungsfeld boundary removed never fails, alone or all at once', async () => {
    const deleteAcrossHandlungsfelder = (writer: EditingClient) =>
      writer.editor.edit((tr) => {
        const from = findTextblock(tr.doc, 'Fachgruppe Integration')
        const to = findTextblock(tr.doc, 'Sprachstand feststellen')
        tr.setSelection(TextSelection.create(tr.doc, from.textStart + 'Fach'.length, to.textStart + 'Sprach'.length))
        tr.deleteSelection()
      })

    // One at a time, "Ablehnen" on the deleted text first, each through its own request.
    const single = await createFrozenConcept()
    deleteAcrossHandlungsfelder(await connect(jugend, single.documentId))
    let model = await compareUntil(single.documentId, single.fassung, (current) => current.changes.some((change) => change.kind === 'deletion'), 'the deletion reached the server')
    const older = textOnly(await version(single.documentId, single.fassung))
    for (let round = 0; model.changes.length > 0; round += 1) {
      expect(round).toBeLessThan(20)
      const next = model.changes.find((change) => change.kind === 'deletion') ?? model.changes[0]!
      await decide(kreistag, single.documentId, { from: single.fassung, decision: 'reject', changeIds: [next.id] })
      model = await compare(single.documentId, single.fassung)
    }
    expect(textOnly(await version(single.documentId, 'draft'))).toBe(older)

    // All at once: one edit, attributed to the deciding editor.
    const all = await createFrozenConcept()
    deleteAcrossHandlungsfelder(await connect(jugend, all.documentId))
    await compareUntil(all.documentId, all.fassung, (current) => current.changes.some((change) => change.kind === 'deletion'), 'the deletion reached the server')
    await decide(kreistag, all.documentId, { from: all.fassung, decision: 'reject', all: true })
    expect(textOnly(await version(all.documentId, 'draft'))).toBe(textOnly(await version(all.documentId, all.fassung)))
    expect((await history(all.documentId)).at(-1)).toMatchObject({ department: 'Kreistag', updates: 1 })
    expect((await compare(all.documentId, all.fassung)).changes).toEqual([])
  })

  it('issue 10, item 8: rejects by department and then by person, each department’s changes alone', async () => {
    const { documentId, fassung } = await createFrozenConcept()
    const jugendWriter = await connect(jugend, documentId)
    const zuwanderungWriter = await connect(zuwanderung, documentId)
    jugendWriter.editor.edit((tr) => {
      const from = findTextblock(tr.doc, 'Fachgruppe Integration')
      const to = findTextblock(tr.doc, 'Sprachstand feststellen')
      tr.setSelection(TextSelection.create(tr.doc, from.textStart + 'Fach'.length, to.textStart + 'Sprach'.length))
      tr.deleteSelection()
    })
    await compareUntil(documentId, fassung, (model) => model.changes.length > 0, 'the deletion reached the server')
    await new Promise((resolve) => setTimeout(resolve, 200))
    zuwanderungWriter.editor.edit((tr) => {
      const target = findTextblock(tr.doc, 'Alle Kinder haben Zugang zu Bildung.')
      tr.insertText(' Von Anfang an.', target.position + 1 + target.node.content.size)
    })
    await compareUntil(documentId, fassung, (model) => JSON.stringify(model.changes).includes('Von Anfang an.'), 'the insertion reached the server')

    const before = await compare(documentId, fassung)
    const byJugend = before.changes.filter((change) => change.author?.department === 'Jugend und Familie')
    expect(byJugend.length).toBeGreaterThan(0)
    expect((await decide(kreistag, documentId, { from: fassung, decision: 'reject', department: 'Jugend und Familie' })).decided).toEqual(byJugend.map((change) => change.id))
    const afterDepartment = await compare(documentId, fassung)
    expect(afterDepartment.changes.map((change) => [change.kind, change.summary, change.author?.department])).toEqual([['insertion', 'Von Anfang an.', 'Fachdienst Zuwanderung']])
    const expected = textOnly(await version(documentId, fassung)).replace('Alle Kinder haben Zugang zu Bildung.', 'Alle Kinder haben Zugang zu Bildung. Von Anfang an.')
    expect(textOnly(await version(documentId, 'draft'))).toBe(expected)

    await decide(kreistag, documentId, { from: fassung, decision: 'reject', userId: zuwanderung.user.id })
    expect(textOnly(await version(documentId, 'draft'))).toBe(textOnly(await version(documentId, fassung)))
  })
})

/** The document without block ids, as text: a restored block may carry its id again, but its text is what counts. */
function textOnly(doc: JSONContent): string {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip)
    if (typeof node !== 'object' || node === null) return node
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key]) => key !== 'id')
        .map(([key, value]) => [key, strip(value)]),
    )
  }
  return JSON.stringify(strip(doc))
}
