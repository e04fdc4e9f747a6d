import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { callApi, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'

// The import's JSON body is parsed and checked in the worker that imports it; what the route answers must
// stay what it answered when the event loop parsed it.
describe('POST /api/documents/import, its body checked in the worker', () => {
  let server: TestServer
  let admin: SignedIn
  beforeAll(async () => {
    server = await createTestServer({ importLimits: { maxElements: 50 } })
    admin = await signInAsAdmin(server)
  })
  afterAll(async () => {
    await server.close()
  })

  async function importBody(body: string, contentType = 'application/json'): Promise<{ status: number; error?: string; title?: string }> {
    const response = await fetch(`${server.url}/api/documents/import`, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${admin.token}` }, body })
    const answer = (await response.json()) as { error?: string; document?: { title: string } }
    return { status: response.status, ...(answer.error ? { error: answer.error } : {}), ...(answer.document ? { title: answer.document.title } : {}) }
  }

  it.each([
    ['not JSON', '{"text": "abc"', 400, 'Die Anfrage enthält kein gültiges JSON.'],
    ['JSON but no object', '["Integrationskonzept"]', 400, 'Die Anfrage muss ein JSON-Objekt sein.'],
    ['no text', '{"title": "Konzept"}', 400, 'Bitte eine Textdatei (.txt) hochladen.'],
    ['a title that is no text', '{"text": "Integrationskonzept", "title": 7}', 400, 'Der Titel muss ein Text sein.'],
    ['an empty text', '{"text": "  \\n "}', 400, 'Die Datei enthält keinen Text.'],
    ['a title too long', JSON.stringify({ text: 'Integrationskonzept', title: 'T'.repeat(301) }), 400, 'Der Titel darf höchstens 300 Zeichen lang sein.'],
    ['too many lines', JSON.stringify({ text: 'Zeile\n'.repeat(60) }), 413, 'Der Text hat zu viele Zeilen (61, höchstens 50). Bitte in kleineren Teilen importieren.'],
  ])('answers %s with its status and German message', async (_label, body, status, error) => {
    expect(await importBody(body)).toEqual({ status, error })
  })

  it('refuses a body that is not JSON by its content type, with 415', async () => {
    expect((await importBody('Integrationskonzept', 'text/plain')).status).toBe(415)
  })

  it('creates the document with the title given, or the one the text begins with', async () => {
    const text = 'Integrationskonzept des Kreises\n\n1 Bildung\n\nAlle lernen.'
    expect(await importBody(JSON.stringify({ text, title: '  Eigener Titel ' }))).toEqual({ status: 201, title: 'Eigener Titel' })
    const untitled = await importBody(JSON.stringify({ text, title: null }))
    expect(untitled.status).toBe(201)
    expect(untitled.title).toContain('Integrationskonzept')
    const documents = (await (await callApi(server, admin.token, 'GET', '/api/documents')).json()) as { documents: { title: string }[] }
    expect(documents.documents.map((document) => document.title)).toEqual(expect.arrayContaining(['Eigener Titel', untitled.title]))
  })
})
