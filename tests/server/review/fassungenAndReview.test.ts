import fs from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChangeModel } from '../../../shared/changes/ChangeModel'
import { CONTENT_FRAGMENT } from '../../../shared/schema/nodeNames'
import { createEditingClient, type EditingClient } from '../../utils/createEditingClient'
import { waitFor } from '../../utils/createTestClient'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { findTextblock } from '../../utils/findTextblock'
import { callApi, createAccount, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'

const seed003 = new URL('../../fixtures/rendsburg-eckernfoerde-beschlussvorlage.txt', import.meta.url)
const maßgabeSentence = 'In einem zweijährigen Turnus wird dem Kreistag ein Bericht'

describe('Fassungen, comparison and review through the real server', () => {
  let server: TestServer
  let zuwanderung: SignedIn
  let jugend: SignedIn
  let kreistag: SignedIn
  let reviewer: SignedIn
  let documentId: string
  const clients: EditingClient[] = []

  const json = async <T>(response: Response, status = 200): Promise<T> => {
    if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${await response.text()}`)
    return (await response.json()) as T
  }

  const freeze = async (account: SignedIn, body: Record<string, unknown>) => (await json<{ id: string }>(await callApi(server, account.token, 'POST', `/api/documents/${documentId}/fassungen`, body), 201)).id
  const compare = async (from: string, to = 'draft') => json<ChangeModel>(await callApi(server, reviewer.token, 'GET', `/api/documents/${documentId}/compare?from=${from}&to=${to}`))
  const connect = async (account: SignedIn) => {
    const client = await createEditingClient(server, documentId, account)
    clients.push(client)
    return client
  }
  const draftText = (client: EditingClient) => client.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString()

  beforeAll(async () => {
    server = await createTestServer()
    const admin = await signInAsAdmin(server)
    zuwanderung = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    jugend = await createAccount(server, admin, { username: 'jugend', name: 'Jana Krüger', department: 'Jugend und Familie', role: 'editor' })
    kreistag = await createAccount(server, admin, { username: 'kreistag', name: 'Büro des Kreistags', department: 'Kreistag', role: 'editor' })
    reviewer = await createAccount(server, admin, { username: 'sga', name: 'Karl Ausschuss', department: 'Sozial- und Gesundheitsausschuss', role: 'reviewer' })
    const imported = await json<{ id: string }>(await callApi(server, zuwanderung.token, 'POST', '/api/documents/import', { text: await fs.readFile(seed003, 'utf8') }), 201)
    documentId = imported.id
  })

  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.cleanup()
  })

  it('records the Kreistag’s Maßgabe in section 5 as a change with the Kreistag as its source', async () => {
    const metadata = await json<{ beratungsfolge: { id: string; gremium: string }[] }>(
      await callApi(server, zuwanderung.token, 'PUT', `/api/documents/${documentId}/metadata`, {
        beratungsfolge: [
          { datum: '2020-08-27', gremium: 'Sozial- und Gesundheitsausschuss (SGA)', zustaendigkeit: 'Vorberatung' },
          { datum: '2020-09-14', gremium: 'Kreistag', zustaendigkeit: 'Entscheidung' },
        ],
      }),
    )
    const [sga, kreistagEntry] = metadata.beratungsfolge
    const empfehlung = await freeze(zuwanderung, { name: 'Beschlussempfehlung', gremium: 'Sozial- und Gesundheitsausschuss (SGA)', date: '2020-08-27', status: 'Beschlussempfehlung', beratungsfolgeId: sga!.id })

    const editor = await connect(kreistag)
    editor.editor.edit((tr) => {
      const found = findTextblock(tr.doc, maßgabeSentence)
      const from = found.textStart + 'In einem zweijährigen Turnus wird dem '.length
      tr.insertText('Sozial- und Gesundheitsausschuss', from, from + 'Kreistag'.length)
    })
    const observer = await connect(zuwanderung)
    await waitFor(() => draftText(observer).includes('wird dem Sozial- und Gesundheitsausschuss ein Bericht'), 'Maßgabe arrived')
    const beschluss = await freeze(kreistag, { name: 'Beschluss', gremium: 'Kreistag', date: '2020-09-14', status: 'Beschluss', beratungsfolgeId: kreistagEntry!.id })

    const fassungen = await json<{ fassungen: { id: string; beratungsfolgeId: string }[] }>(await callApi(server, reviewer.token, 'GET', `/api/documents/${documentId}/fassungen`))
    expect(fassungen.fassungen.map((fassung) => fassung.beratungsfolgeId)).toEqual([sga!.id, kreistagEntry!.id])

    const model = await compare(empfehlung, beschluss)
    expect(model.to.label).toContain('(Kreistag)')
    expect(model.changes.map((change) => [change.kind, change.summary, change.author?.department])).toEqual([
      ['deletion', 'Kreistag', 'Kreistag'],
      ['insertion', 'Sozial- und Gesundheitsausschuss', 'Kreistag'],
    ])
    const berichtswesen = model.blocks.find((block) => block.runs.some((run) => run.text.includes('In einem zweijährigen Turnus')))!
    expect(berichtswesen.runs.map((run) => run.status)).toEqual(['unchanged', 'deleted', 'inserted', 'unchanged'])
    expect(berichtswesen.runs[0]!.text.endsWith('In einem zweijährigen Turnus wird dem ')).toBe(true)
    // A Fassung is immutable: the draft moves on, the frozen comparison does not.
    editor.editor.edit((tr) => tr.insertText(' Nachtrag.', findTextblock(tr.doc, 'Entwurf').position + 1))
    await waitFor(() => draftText(observer).includes('Nachtrag.'), 'later edit arrived')
    expect((await compare(empfehlung, beschluss)).changes).toHaveLength(2)
    expect((await compare(empfehlung)).changes).toHaveLength(3)
  })

  it('lets a reviewer comment but not decide, and an editor reject changes so that everyone sees the text restored', async () => {
    const fassung = await freeze(zuwanderung, { name: 'Vorlage AFS', gremium: 'Ausschuss für Familie und Soziales (AFS)', date: '2021-03-21', status: 'Entwurf' })
    const writer = await connect(jugend)
    const observer = await connect(zuwanderung)
    writer.editor.edit((tr) => {
      const target = findTextblock(tr.doc, 'Kinder mit Migrationshintergrund')
      tr.insertText(' und ihre Familien', target.position + 1 + target.node.content.size)
      const goal = findTextblock(tr.doc, 'Die Sprachförderung von Kindern')
      tr.delete(goal.textStart + 'Die '.length, goal.textStart + 'Die Sprachförderung '.length)
    })
    await waitFor(() => draftText(observer).includes('und ihre Familien'), 'edit arrived')

    const model = await compare(fassung)
    const byJugend = model.changes.filter((change) => change.author?.department === 'Jugend und Familie')
    expect(byJugend.map((change) => [change.kind, change.summary])).toEqual([
      ['insertion', 'und ihre Familien'],
      ['deletion', 'Sprachförderung'],
    ])

    const denied = await callApi(server, reviewer.token, 'POST', `/api/documents/${documentId}/decisions`, { from: fassung, decision: 'reject', all: true })
    expect(denied.status).toBe(403)
    const thread = await json<{ thread: { id: string; comments: { authorName: string; body: string }[] } }>(
      await callApi(server, reviewer.token, 'POST', `/api/documents/${documentId}/comments`, { anchor: { blockId: byJugend[0]!.blockId, changeId: byJugend[0]!.id, quote: 'und ihre Familien' }, body: 'Bitte begründen.' }),
      201,
    )
    expect(thread.thread.comments[0]).toMatchObject({ authorName: 'Karl Ausschuss', body: 'Bitte begründen.' })
    await json(await callApi(server, jugend.token, 'POST', `/api/documents/${documentId}/comments/${thread.thread.id}/replies`, { body: 'Eltern gehören dazu.' }), 201)
    const resolved = await json<{ thread: { resolved: boolean } }>(await callApi(server, reviewer.token, 'PUT', `/api/documents/${documentId}/comments/${thread.thread.id}/resolved`, { resolved: true }))
    expect(resolved.thread.resolved).toBe(true)

    const decision = await json<{ decided: string[] }>(await callApi(server, zuwanderung.token, 'POST', `/api/documents/${documentId}/decisions`, { from: fassung, decision: 'reject', department: 'Jugend und Familie' }))
    expect(decision.decided).toHaveLength(2)
    await waitFor(() => !draftText(writer).includes('und ihre Familien') && draftText(writer).includes('Die Sprachförderung von Kindern'), 'the writer sees both rejections live')
    expect(draftText(observer)).not.toContain('und ihre Familien')

    const after = await compare(fassung)
    expect(after.changes.filter((change) => change.author?.department === 'Jugend und Familie')).toEqual([])
    const history = await json<{ history: { department: string }[] }>(await callApi(server, reviewer.token, 'GET', `/api/documents/${documentId}/history`))
    expect(history.history.at(-1)!.department).toBe('Fachdienst Zuwanderung')
  })

  it('answers bad comparison requests with clear errors', async () => {
    expect((await callApi(server, reviewer.token, 'GET', `/api/documents/${documentId}/compare`)).status).toBe(400)
    expect((await callApi(server, reviewer.token, 'GET', `/api/documents/${documentId}/compare?from=gibt-es-nicht`)).status).toBe(404)
    expect((await callApi(server, zuwanderung.token, 'POST', `/api/documents/${documentId}/fassungen`, { name: 'X', gremium: 'Y', date: '21.03.2019', status: 'Entwurf' })).status).toBe(400)
    expect((await callApi(server, reviewer.token, 'POST', `/api/documents/${documentId}/fassungen`, { name: 'X', gremium: 'Y', date: '2019-03-21', status: 'Entwurf' })).status).toBe(403)
  })
})
