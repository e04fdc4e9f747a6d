import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { callApi, createAccount, createDocument, signIn, signInAsAdmin, testPasswordFor, type SignedIn } from '../../utils/testAccounts'

describe('accounts, sessions and document access', () => {
  let server: TestServer
  let admin: SignedIn
  let editor: SignedIn
  let reviewer: SignedIn

  beforeAll(async () => {
    server = await createTestServer()
    admin = await signInAsAdmin(server)
    editor = await createAccount(server, admin, { username: 'jugend', name: 'Jana Krüger', department: 'Jugend und Familie', role: 'editor' })
    reviewer = await createAccount(server, admin, { username: 'ausschuss', name: 'Karl Ausschuss', department: 'Sozialausschuss', role: 'reviewer' })
  })

  afterAll(async () => {
    await server.cleanup()
  })

  it('answers health checks without a session', async () => {
    expect((await callApi(server, null, 'GET', '/api/health')).status).toBe(200)
  })

  it('signs in with a cookie and rejects wrong passwords', async () => {
    const response = await callApi(server, null, 'POST', '/api/session', { username: 'jugend', password: testPasswordFor('jugend') })
    expect(response.status).toBe(200)
    expect(response.headers.get('set-cookie')).toMatch(/fassung_session=.+HttpOnly/i)
    const body = (await response.json()) as { token: string; user: { department: string; role: string } }
    expect(body.user).toMatchObject({ department: 'Jugend und Familie', role: 'editor' })
    expect(body.user).not.toHaveProperty('passwordHash')

    const cookie = response.headers.get('set-cookie')!.split(';')[0]!
    const viaCookie = await fetch(`${server.url}/api/session`, { headers: { cookie } })
    expect(viaCookie.status).toBe(200)

    expect((await callApi(server, null, 'POST', '/api/session', { username: 'jugend', password: 'falsch' })).status).toBe(401)
    expect((await callApi(server, null, 'POST', '/api/session', { username: 'niemand', password: 'falsch-falsch' })).status).toBe(401)
    expect((await callApi(server, null, 'POST', '/api/session', 'kein objekt')).status).toBe(400)
  })

  it('ends a session on sign-out', async () => {
    const session = await signIn(server, 'jugend', testPasswordFor('jugend'))
    expect((await callApi(server, session.token, 'DELETE', '/api/session')).status).toBe(204)
    expect((await callApi(server, session.token, 'GET', '/api/documents')).status).toBe(401)
  })

  it('lets only admins create accounts, with clear errors for bad input', async () => {
    const account = { username: 'neu', password: 'geheim-genug', name: 'Neu', department: 'FD', role: 'editor' }
    expect((await callApi(server, editor.token, 'POST', '/api/users', account)).status).toBe(403)
    expect((await callApi(server, null, 'POST', '/api/users', account)).status).toBe(401)
    expect((await callApi(server, admin.token, 'POST', '/api/users', { ...account, role: 'kaiser' })).status).toBe(400)
    expect((await callApi(server, admin.token, 'POST', '/api/users', { ...account, password: 'kurz' })).status).toBe(400)
    expect((await callApi(server, admin.token, 'POST', '/api/users', account)).status).toBe(201)
    const duplicate = await callApi(server, admin.token, 'POST', '/api/users', account)
    expect(duplicate.status).toBe(409)
    expect(((await duplicate.json()) as { error: string }).error).toMatch(/vergeben/)
  })

  it('lets editors but not reviewers create documents', async () => {
    expect((await callApi(server, reviewer.token, 'POST', '/api/documents', { title: 'Nein' })).status).toBe(403)
    expect((await callApi(server, editor.token, 'POST', '/api/documents', { title: '' })).status).toBe(400)
    expect((await callApi(server, editor.token, 'POST', '/api/documents', { title: 'Integrationskonzept 2026' })).status).toBe(201)
  })

  it('hides a document from accounts not on its access list', async () => {
    const documentId = await createDocument(server, editor, 'Vertraulich')
    expect((await callApi(server, reviewer.token, 'GET', `/api/documents/${documentId}`)).status).toBe(200)
    expect((await callApi(server, editor.token, 'PUT', `/api/documents/${documentId}/access`, { userIds: [] })).status).toBe(403)
    expect((await callApi(server, admin.token, 'PUT', `/api/documents/${documentId}/access`, { userIds: [editor.user.id] })).status).toBe(200)
    expect((await callApi(server, reviewer.token, 'GET', `/api/documents/${documentId}`)).status).toBe(404)
    const list = (await (await callApi(server, reviewer.token, 'GET', '/api/documents')).json()) as { documents: { id: string }[] }
    expect(list.documents.map((document) => document.id)).not.toContain(documentId)
    expect((await callApi(server, editor.token, 'GET', `/api/documents/${documentId}`)).status).toBe(200)
  })

  it('reports who created a document in its history', async () => {
    const documentId = await createDocument(server, editor, 'Mit Verlauf')
    const response = await callApi(server, admin.token, 'GET', `/api/documents/${documentId}/history`)
    const { history } = (await response.json()) as { history: { name: string; department: string; insertedItems: number }[] }
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({ name: 'Jana Krüger', department: 'Jugend und Familie' })
    expect(history[0]!.insertedItems).toBeGreaterThan(0)
  })
})

describe('importing a Beschlussvorlage', () => {
  it('fills the cover fields and the Beratungsfolge from the cover sheet of seed 003', async () => {
    const fs = await import('node:fs/promises')
    const server = await createTestServer()
    try {
      const admin = await signInAsAdmin(server)
      const text = await fs.readFile(new URL('../../fixtures/rendsburg-eckernfoerde-beschlussvorlage.txt', import.meta.url), 'utf8')
      const { id } = (await (await callApi(server, admin.token, 'POST', '/api/documents/import', { text })).json()) as { id: string }
      const metadata = (await (await callApi(server, admin.token, 'GET', `/api/documents/${id}/metadata`)).json()) as {
        beratungsfolge: { datum: string; gremium: string }[]
        cover: { vorlageNummer: string; fachdienst: string; beschlussvorschlag: string; oeffentlich: boolean }
      }
      expect(metadata.cover).toMatchObject({ vorlageNummer: 'VO/2020/426-001', oeffentlich: true })
      expect(metadata.cover.beschlussvorschlag).toContain('mit der Maßgabe')
      expect(metadata.beratungsfolge).toEqual([expect.objectContaining({ datum: '2020-09-14', gremium: 'Kreistag des Kreises Rendsburg-Eckernförde' })])
      // The document holds the concept alone — the Anlage — while the cover lives in the fields above.
      const draft = (await (await callApi(server, admin.token, 'GET', `/api/documents/${id}/versions/draft`)).json()) as { doc: unknown }
      const draftText = JSON.stringify(draft.doc)
      expect(draftText).not.toContain('Vorlage-Nr')
      expect(draftText).toContain('Integration als kommunale Herausforderung')
    } finally {
      await server.cleanup()
    }
  })
})
