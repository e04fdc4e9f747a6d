import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectOutline } from '../../../shared/model/collectOutline'
import { collectTeilziele } from '../../../shared/model/readConcept'
import { getConceptSchema } from '../../../shared/schema/getConceptSchema'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { callApi, createAccount, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'
import { seedRendsburg, type SeededRendsburg } from './seedRendsburg'

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

describe('export and DOCX import over HTTP: errors, rights and the round trip', () => {
  let server: TestServer
  let admin: SignedIn
  let editor: SignedIn
  let reviewer: SignedIn
  let outsider: SignedIn
  let seed: SeededRendsburg

  const get = (path: string, account: SignedIn | null) => fetch(`${server.url}${path}`, { headers: account ? { authorization: `Bearer ${account.token}` } : {} })
  const importDocx = (body: Uint8Array, account: SignedIn, query = '', contentType = docxType) =>
    fetch(`${server.url}/api/documents/import-docx${query}`, { method: 'POST', headers: { authorization: `Bearer ${account.token}`, 'content-type': contentType }, body: Buffer.from(body) })
  const errorOf = async (response: Response) => ((await response.json()) as { error: string }).error

  beforeAll(async () => {
    server = await createTestServer()
    admin = await signInAsAdmin(server)
    editor = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    reviewer = await createAccount(server, admin, { username: 'ausschuss', name: 'Karl Ausschuss', department: 'Sozialausschuss', role: 'reviewer' })
    outsider = await createAccount(server, admin, { username: 'bauamt', name: 'Bea Bau', department: 'Bauamt', role: 'editor' })
    seed = await seedRendsburg(server, editor)
    const restricted = await callApi(server, admin.token, 'PUT', `/api/documents/${seed.documentId}/access`, { userIds: [editor.user.id, reviewer.user.id] })
    expect(restricted.status).toBe(200)
  })

  afterAll(async () => {
    await server?.cleanup()
  })

  it('answers unknown kinds, formats and a Synopse without `from` with a clear 400', async () => {
    const base = `/api/documents/${seed.documentId}/export`
    const kind = await get(`${base}?kind=protokoll&format=pdf`, editor)
    expect(kind.status).toBe(400)
    expect(await errorOf(kind)).toBe('Unbekannte Exportart „protokoll“. Möglich sind: concept, beschlussvorlage, synopse, aenderungen.')
    const format = await get(`${base}?kind=concept&format=odt`, editor)
    expect(format.status).toBe(400)
    expect(await errorOf(format)).toMatch(/^Unbekanntes Format „odt“/)
    const synopse = await get(`${base}?kind=synopse&format=pdf`, editor)
    expect(synopse.status).toBe(400)
    expect(await errorOf(synopse)).toBe('Für die Synopse bitte die ältere Fassung angeben (from).')
  })

  it('answers an unknown Fassung or document with 404', async () => {
    const version = await get(`/api/documents/${seed.documentId}/export?kind=concept&format=html&version=gibt-es-nicht`, editor)
    expect(version.status).toBe(404)
    expect(await errorOf(version)).toBe('Diese Fassung gibt es nicht.')
    const from = await get(`/api/documents/${seed.documentId}/export?kind=synopse&format=html&from=gibt-es-nicht`, editor)
    expect(from.status).toBe(404)
    expect((await get('/api/documents/unbekannt/export?kind=concept&format=html', editor)).status).toBe(404)
  })

  it('lets committee members (reviewers) export, hides the document from accounts outside its access list, and wants a session', async () => {
    const reviewed = await get(`/api/documents/${seed.documentId}/export?kind=synopse&format=html&from=${seed.fassungId}`, reviewer)
    expect(reviewed.status).toBe(200)
    expect(reviewed.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(reviewed.headers.get('content-security-policy')).toContain("default-src 'none'")
    const hidden = await get(`/api/documents/${seed.documentId}/export?kind=concept&format=pdf`, outsider)
    expect(hidden.status).toBe(404)
    expect(await errorOf(hidden)).toBe('Dokument nicht gefunden.')
    expect((await get(`/api/documents/${seed.documentId}/export?kind=concept&format=pdf`, null)).status).toBe(401)
  })

  it('does not let reviewers import, and rejects what is no Word document', async () => {
    const docx = new Uint8Array(await (await get(`/api/documents/${seed.documentId}/export?kind=concept&format=docx&version=${seed.fassungId}`, editor)).arrayBuffer())
    const forbidden = await importDocx(docx, reviewer)
    expect(forbidden.status).toBe(403)
    expect(await errorOf(forbidden)).toBe('Ihre Rolle erlaubt nur Lesen und Kommentieren.')
    const text = await importDocx(new TextEncoder().encode('Kein Word-Dokument'), editor)
    expect(text.status).toBe(400)
    expect(await errorOf(text)).toMatch(/^Die Datei ist kein lesbares Word-Dokument \(\.docx\)/)
    expect((await importDocx(new Uint8Array(), editor)).status).toBe(400)
    const wrongType = await importDocx(docx, editor, '', 'text/plain')
    expect(wrongType.status).toBe(400)
    expect(await errorOf(wrongType)).toMatch(/Word-Datei \(\.docx\)/)
  })

  it('imports its own DOCX export again with the same 21 Teilziele, outline and text', async () => {
    const exported = await get(`/api/documents/${seed.documentId}/export?kind=concept&format=docx&version=${seed.fassungId}`, editor)
    const docx = new Uint8Array(await exported.arrayBuffer())
    const response = await importDocx(docx, editor, `?title=${encodeURIComponent('Integrationskonzept (Rückimport)')}`)
    expect(response.status).toBe(201)
    const { id, summary } = (await response.json()) as { id: string; summary: Record<string, unknown> }
    expect(summary).toMatchObject({ format: 'teilziel-blocks', title: 'Integrationskonzept (Rückimport)', teilziele: 21, oberziele: 5, handlungsfelder: 10 })
    expect(summary['warnings']).toContain('Inhaltsverzeichnis mit 16 Einträgen entfernt – es ergibt sich aus den Überschriften.')

    const version = await callApi(server, editor.token, 'GET', `/api/documents/${id}/versions/draft`)
    const again = getConceptSchema().nodeFromJSON(((await version.json()) as { doc: unknown }).doc)
    const teilziele = collectTeilziele(again)
    expect(teilziele).toHaveLength(21)
    expect(teilziele.map((teilziel) => teilziel.fields)).toEqual(seed.teilziele.map((teilziel) => teilziel.fields))
    const outline = (doc: typeof again) => collectOutline(doc).map((entry) => `${entry.kind} ${entry.number ?? ''} ${entry.title}`)
    expect(outline(again)).toEqual(outline(seed.doc))
    expect(again.textContent).toBe(seed.doc.textContent)

    const document = await callApi(server, editor.token, 'GET', `/api/documents/${id}`)
    expect(((await document.json()) as { title: string }).title).toBe('Integrationskonzept (Rückimport)')
  })
})
