import fs from 'node:fs/promises'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppNotification } from '../../../shared/notifications/AppNotification'
import type { ChangeModel } from '../../../shared/changes/ChangeModel'
import type { CommentThread } from '../../../shared/review/CommentThread'
import { createEditingClient, type EditingClient } from '../../utils/createEditingClient'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { findTextblock } from '../../utils/findTextblock'
import { callApi, createAccount, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'

const seed003 = new URL('../../fixtures/rendsburg-eckernfoerde-beschlussvorlage.txt', import.meta.url)

describe('notifications of mentions, replies and decisions through the real server', () => {
  let server: TestServer
  let najj: SignedIn
  let krueger: SignedIn
  let ausschuss: SignedIn
  let outsider: SignedIn
  let documentId: string
  const clients: EditingClient[] = []

  const json = async <T>(response: Response, status = 200): Promise<T> => {
    if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${await response.text()}`)
    return (await response.json()) as T
  }
  const listFor = async (account: SignedIn) => json<{ notifications: AppNotification[]; unread: number }>(await callApi(server, account.token, 'GET', '/api/notifications'))

  beforeAll(async () => {
    server = await createTestServer()
    const admin = await signInAsAdmin(server)
    najj = await createAccount(server, admin, { username: 'najj', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    krueger = await createAccount(server, admin, { username: 'krueger', name: 'Jana Krüger', department: 'Jugend und Familie', role: 'editor' })
    ausschuss = await createAccount(server, admin, { username: 'sga', name: 'Karl Ausschuss', department: 'Sozialausschuss', role: 'reviewer' })
    outsider = await createAccount(server, admin, { username: 'extern', name: 'Erika Extern', department: 'Kämmerei', role: 'editor' })
    documentId = (await json<{ id: string }>(await callApi(server, najj.token, 'POST', '/api/documents/import', { text: await fs.readFile(seed003, 'utf8') }), 201)).id
    await json(await callApi(server, admin.token, 'PUT', `/api/documents/${documentId}/access`, { userIds: [najj.user.id, krueger.user.id, ausschuss.user.id] }))
  })

  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.cleanup()
  })

  it('lists who may be mentioned: the active accounts that may open the document', async () => {
    const { people } = await json<{ people: { username: string }[] }>(await callApi(server, krueger.token, 'GET', `/api/documents/${documentId}/people`))
    expect(people.map((person) => person.username).sort()).toEqual(['admin', 'krueger', 'najj', 'sga'])
    expect((await callApi(server, outsider.token, 'GET', `/api/documents/${documentId}/people`)).status).toBe(404)
  })

  it('tells a mentioned account, everyone who wrote in a thread of a reply, and nobody of their own comment', async () => {
    const created = await json<{ thread: CommentThread }>(
      await callApi(server, najj.token, 'POST', `/api/documents/${documentId}/comments`, {
        anchor: { blockId: null, changeId: null, quote: 'Sprachförderung' },
        body: 'Bitte prüfen, @krueger. Mit @najj und @extern und mail@sga.de',
      }),
      201,
    )
    const forKrueger = await listFor(krueger)
    expect(forKrueger.unread).toBe(1)
    expect(forKrueger.notifications[0]).toMatchObject({ kind: 'mention', actorName: 'Said Najj', threadId: created.thread.id, documentId, readAt: null })
    expect(forKrueger.notifications[0]!.excerpt).toContain('Bitte prüfen, @krueger.')
    // Oneself, an account without access to the document and an e-mail address are not told.
    expect((await listFor(najj)).notifications).toEqual([])
    expect((await listFor(outsider)).notifications).toEqual([])
    expect((await listFor(ausschuss)).notifications).toEqual([])

    await json(await callApi(server, krueger.token, 'POST', `/api/documents/${documentId}/comments/${created.thread.id}/replies`, { body: 'Erledigt.' }), 201)
    await json(await callApi(server, ausschuss.token, 'POST', `/api/documents/${documentId}/comments/${created.thread.id}/replies`, { body: 'Danke, @KRUEGER.' }), 201)
    const forNajj = await listFor(najj)
    expect(forNajj.notifications.map((item) => [item.kind, item.actorName, item.excerpt])).toEqual([
      ['reply', 'Karl Ausschuss', 'Danke, @KRUEGER.'],
      ['reply', 'Jana Krüger', 'Erledigt.'],
    ])
    expect((await listFor(krueger)).notifications.map((item) => [item.kind, item.actorName])).toEqual([
      ['mention', 'Karl Ausschuss'],
      ['mention', 'Said Najj'],
    ])
  })

  it('marks one notification read for its own account only', async () => {
    const before = await listFor(najj)
    const first = before.notifications[0]!
    expect((await callApi(server, krueger.token, 'POST', `/api/notifications/${first.id}/read`, {})).status).toBe(404)
    const after = await json<{ notifications: AppNotification[]; unread: number }>(await callApi(server, najj.token, 'POST', `/api/notifications/${first.id}/read`, {}))
    expect(after.unread).toBe(before.unread - 1)
    expect(after.notifications.find((item) => item.id === first.id)!.readAt).not.toBeNull()
    expect((await callApi(server, null, 'GET', '/api/notifications')).status).toBe(401)
  })

  it('tells authors once per decision on their changes', async () => {
    const fassung = (await json<{ id: string }>(await callApi(server, najj.token, 'POST', `/api/documents/${documentId}/fassungen`, { name: 'Vorlage', gremium: 'AFS', date: '2021-03-21', status: 'Entwurf' }), 201)).id
    const writer = await createEditingClient(server, documentId, krueger)
    clients.push(writer)
    writer.editor.edit((tr) => {
      const target = findTextblock(tr.doc, 'Kinder mit Migrationshintergrund')
      tr.insertText(' und ihre Familien', target.position + 1 + target.node.content.size)
      const goal = findTextblock(tr.doc, 'Die Sprachförderung von Kindern')
      tr.insertText('frühe ', goal.textStart + 'Die '.length)
    })
    await expect
      .poll(async () => {
        const model = await json<ChangeModel>(await callApi(server, najj.token, 'GET', `/api/documents/${documentId}/compare?from=${fassung}&to=draft`))
        return model.changes.filter((change) => change.author?.userId === krueger.user.id).length
      })
      .toBe(2)
    const unreadBefore = (await listFor(krueger)).unread
    await json(await callApi(server, najj.token, 'POST', `/api/documents/${documentId}/decisions`, { from: fassung, decision: 'accept', userId: krueger.user.id }))
    const after = await listFor(krueger)
    expect(after.unread).toBe(unreadBefore + 1)
    expect(after.notifications[0]).toMatchObject({ kind: 'decision', decision: 'accepted', actorName: 'Said Najj', actorDepartment: 'Fachdienst Zuwanderung' })
    expect(after.notifications[0]!.excerpt).toMatch(/^2 Änderungen, darunter: /)
  })

  it('refuses a comment range that is no relative position, and keeps one that is', async () => {
    const refused = await callApi(server, najj.token, 'POST', `/api/documents/${documentId}/comments`, { anchor: { blockId: null, changeId: null, quote: 'x', range: { start: 'kein base64!', end: 'AA==' } }, body: 'x' })
    expect(refused.status).toBe(400)
    expect(((await refused.json()) as { error: string }).error).toBe('Die markierte Stelle des Kommentars ist ungültig.')
    const ydoc = new Y.Doc()
    const text = ydoc.getText('t')
    text.insert(0, 'Sprachförderung')
    const encode = (index: number) => Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, index))).toString('base64')
    const range = { start: encode(0), end: encode(5) }
    const created = await json<{ thread: CommentThread }>(await callApi(server, najj.token, 'POST', `/api/documents/${documentId}/comments`, { anchor: { blockId: null, changeId: null, quote: 'Sprac', range }, body: 'Gut.' }), 201)
    expect(created.thread.anchor.range).toEqual(range)
  })
})
