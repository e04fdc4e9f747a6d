import { readFileSync } from 'node:fs'
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { callApi, createAccount, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'
import { pdfToText, popplerReport } from './externalTools'

const vechtaText = readFileSync(new URL('../../fixtures/vechta-mindmap.txt', import.meta.url), 'utf8')
// A label cell is a line of its own (wrapped in the narrow label column of the PDF); the words also occur in the text.
const emptyFieldLabel = /^(Möglichkeiten und( Aufgaben)?|Aufgaben|Zielgruppe|Beispielhafte( Aktivitäten)?|Aktivitäten|Verantwortliche)$/m

describe('exports of a mind map whose 28 Teilziele hold only their goal, read by software we did not write', () => {
  let server: TestServer
  let editor: SignedIn
  let documentId: string

  const download = async (format: 'pdf' | 'docx'): Promise<Uint8Array> => {
    const response = await fetch(`${server.url}/api/documents/${documentId}/export?kind=concept&format=${format}&version=draft`, { headers: { authorization: `Bearer ${editor.token}` } })
    expect(response.status).toBe(200)
    return new Uint8Array(await response.arrayBuffer())
  }

  beforeAll(async () => {
    server = await createTestServer()
    const admin = await signInAsAdmin(server)
    editor = await createAccount(server, admin, { username: 'vechta', name: 'Vera Vechta', department: 'Fachdienst Integration', role: 'editor' })
    const imported = await callApi(server, editor.token, 'POST', '/api/documents/import', { text: vechtaText })
    expect(imported.status).toBe(201)
    documentId = ((await imported.json()) as { id: string }).id
  })

  afterAll(async () => {
    await server?.cleanup()
  })

  it('leaves the empty Teilziel fields out of the PDF, which stays a few pages long', async () => {
    const pdf = await download('pdf')
    const text = await pdfToText(pdf)
    expect(text.match(/^Teilziel\b/gm)?.length ?? 0, text).toBeGreaterThanOrEqual(28)
    expect(text).not.toMatch(emptyFieldLabel)
    const pages = Number(/Pages:\s+(\d+)/.exec(await popplerReport('pdfinfo', pdf))?.[1])
    // With four empty label rows under each of the 28 Teilziele the mind map took 13 pages.
    expect(pages).toBeLessThanOrEqual(8)
  })

  it('leaves the empty Teilziel fields out of the DOCX as mammoth reads it', async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await download('docx')) })
    expect(value.match(/^Teilziel$/gm)?.length ?? 0).toBeGreaterThanOrEqual(28)
    expect(value).not.toMatch(emptyFieldLabel)
  })
})
