import { once } from 'node:events'
import { createDeflateRaw } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appendParagraph, contentXml } from '../utils/appendParagraph'
import { buildZipArchive, docxPackageEntries, type ZipEntry } from '../utils/buildZipArchive'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../utils/createTestClient'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { callApi, createAccount, createDocument, signInAsAdmin, type SignedIn } from '../utils/testAccounts'
import { seedRendsburg } from '../server/export/seedRendsburg'

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const documentHead = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
const documentTail = '</w:body></w:document>'

/** A deflate stream of `head`, `unit` × `count` and `tail`, built in pieces so the test never holds the inflated bytes. */
async function deflateRepeated(unit: string, count: number): Promise<{ data: Uint8Array; inflatedSize: number }> {
  const deflate = createDeflateRaw({ level: 9 })
  const chunks: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = once(deflate, 'end')
  const perBlock = Math.max(1, Math.floor(1_048_576 / unit.length))
  const block = Buffer.from(unit.repeat(perBlock))
  const write = async (data: Buffer) => {
    if (!deflate.write(data)) await once(deflate, 'drain')
  }
  await write(Buffer.from(documentHead))
  let left = count
  while (left > 0) {
    const units = Math.min(left, perBlock)
    await write(units === perBlock ? block : Buffer.from(unit.repeat(units)))
    left -= units
  }
  await write(Buffer.from(documentTail))
  deflate.end()
  await ended
  return { data: new Uint8Array(Buffer.concat(chunks)), inflatedSize: documentHead.length + unit.length * count + documentTail.length }
}

function docxWith(documentXml: Omit<ZipEntry, 'name'>): Uint8Array {
  return buildZipArchive(docxPackageEntries({ name: 'word/document.xml', ...documentXml }))
}

describe('import bombs: refused with 413 while the server keeps serving', () => {
  let server: TestServer
  let admin: SignedIn
  let editor: SignedIn
  let writer: TestClient
  let reader: TestClient
  let marker = 0
  const bombs: Record<'paragraphs' | 'liar' | 'emptyParagraphs' | 'entries', Uint8Array> = {} as never
  let rssBefore = 0

  const importDocx = (file: Uint8Array) =>
    fetch(`${server.url}/api/documents/import-docx?title=Bombe`, { method: 'POST', headers: { authorization: `Bearer ${editor.token}`, 'content-type': docxType }, body: Buffer.from(file) })
  const importText = (text: string) => callApi(server, editor.token, 'POST', '/api/documents/import', { text, title: 'Textimport' })
  const errorOf = async (response: Response) => ((await response.json()) as { error: string }).error

  // The API answers, and an edit of one websocket client still reaches the other through the server.
  const expectStillServing = async () => {
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200)
    const text = `Noch da ${(marker += 1)}`
    appendParagraph(writer.ydoc, text)
    await waitFor(() => contentXml(reader.ydoc).includes(text), `"${text}" reached the other client`)
  }

  beforeAll(async () => {
    const [paragraphs, emptyParagraphs] = await Promise.all([
      deflateRepeated('<w:p><w:r><w:t>Bombe</w:t></w:r></w:p>', 1_100_000),
      deflateRepeated('<w:p/>', 2_500_000),
    ])
    bombs.paragraphs = docxWith({ deflated: paragraphs })
    // The central directory claims 1 KB; only inflating shows 40 MB.
    bombs.liar = docxWith({ deflated: paragraphs, declaredSize: 1_000 })
    bombs.emptyParagraphs = docxWith({ deflated: emptyParagraphs })
    // 100,000 empty parts while the end record speaks of three.
    bombs.entries = buildZipArchive(
      [...docxPackageEntries({ name: 'word/document.xml', content: `${documentHead}${documentTail}` }), ...Array.from({ length: 100_000 }, (_, index): ZipEntry => ({ name: `${index}`, stored: true }))],
      { declaredEntryCount: 3 },
    )
    server = await createTestServer()
    admin = await signInAsAdmin(server)
    editor = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const documentId = await createDocument(server, admin, 'Laufende Arbeit')
    writer = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    reader = createTestClient(server.wsUrl, documentId, { params: { token: editor.token } })
    await Promise.all([waitForSync(writer.provider), waitForSync(reader.provider)])
    await expectStillServing()
    rssBefore = process.memoryUsage().rss
  })

  afterAll(async () => {
    writer?.destroy()
    reader?.destroy()
    await server?.cleanup()
  })

  it('refuses a .docx whose document.xml inflates to 40 MB of paragraphs, by its declared size', async () => {
    expect(bombs.paragraphs.byteLength).toBeLessThan(200_000)
    const response = await importDocx(bombs.paragraphs)
    expect(response.status).toBe(413)
    expect(await errorOf(response)).toMatch(/^Das Word-Dokument ist entpackt zu groß \(höchstens 20 MB\)/)
    await expectStillServing()
  })

  it('catches a central directory that claims 1 KB for 40 MB while inflating', async () => {
    const sent = importDocx(bombs.liar)
    // While the server inflates, everyone's edits keep going through.
    await expectStillServing()
    const response = await sent
    expect(response.status).toBe(413)
    expect(await errorOf(response)).toMatch(/^Das Word-Dokument ist entpackt zu groß/)
    await expectStillServing()
  })

  it('refuses 15 MB of empty paragraphs, within the size limit, by their number', async () => {
    const response = await importDocx(bombs.emptyParagraphs)
    expect(response.status).toBe(413)
    expect(await errorOf(response)).toMatch(/^Das Word-Dokument hat zu viele Absätze, Textabschnitte oder Tabellenzellen \(höchstens 100\.000\)/)
    await expectStillServing()
  })

  it('refuses an archive of 100,000 parts whose end record claims three', async () => {
    const response = await importDocx(bombs.entries)
    expect(response.status).toBe(413)
    expect(await errorOf(response)).toBe('Das Word-Dokument besteht aus zu vielen Teilen (höchstens 1.000).')
    await expectStillServing()
  })

  it('stays within a bounded amount of memory after all the bombs, and created no document from them', async () => {
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(300 * 1024 * 1024)
    const listed = (await (await callApi(server, editor.token, 'GET', '/api/documents')).json()) as { documents: { title: string }[] }
    expect(listed.documents.map((document) => document.title)).not.toContain('Bombe')
  })

  it('still imports a real Word file: the export of seed 003', async () => {
    const seed = await seedRendsburg(server, editor)
    const exported = await fetch(`${server.url}/api/documents/${seed.documentId}/export?kind=concept&format=docx&version=${seed.fassungId}`, { headers: { authorization: `Bearer ${editor.token}` } })
    expect(exported.status).toBe(200)
    const response = await importDocx(new Uint8Array(await exported.arrayBuffer()))
    expect(response.status).toBe(201)
    const { summary } = (await response.json()) as { summary: { teilziele: number; format: string } }
    expect(summary).toMatchObject({ format: 'teilziel-blocks', teilziele: 21 })
  })

  describe('plain text', () => {
    it('imports a line with a 59 KB run of whitespace', async () => {
      const response = await importText(`Integrationskonzept\n\nAnfang${' \t'.repeat(29_500)}Ende\n\nSchluss`)
      expect(response.status).toBe(201)
      const { summary } = (await response.json()) as { summary: { paragraphs: number } }
      expect(summary.paragraphs).toBeGreaterThanOrEqual(2)
      await expectStillServing()
    })

    it('imports 10,000 paragraphs while a websocket client’s edits keep going through', async () => {
      const text = Array.from({ length: 10_000 }, (_, index) => `Absatz ${index + 1} des Konzepts mit etwas Text.`).join('\n\n')
      const sent = importText(text)
      await expectStillServing()
      await expectStillServing()
      const response = await sent
      expect(response.status).toBe(201)
      const { summary } = (await response.json()) as { summary: { paragraphs: number } }
      expect(summary.paragraphs).toBe(10_000)
      await expectStillServing()
    })

    it('refuses 200,000 numbered lines with a clear 413', async () => {
      const text = Array.from({ length: 200_000 }, (_, index) => `${index + 1}. Zeile`).join('\n')
      const response = await importText(text)
      expect(response.status).toBe(413)
      expect(await errorOf(response)).toBe('Der Text hat zu viele Zeilen (200.000, höchstens 100.000). Bitte in kleineren Teilen importieren.')
      await expectStillServing()
    })
  })
})

describe('a worker that runs out of memory', () => {
  let server: TestServer

  afterAll(async () => {
    await server?.cleanup()
  })

  it('fails only its own request, with 503 and a German message, while the server keeps serving', async () => {
    // A heap limit no import fits into: the worker dies of it every time.
    server = await createTestServer({ workers: { maxMemoryMb: 8 } })
    const admin = await signInAsAdmin(server)
    const documentId = await createDocument(server, admin, 'Laufende Arbeit')
    const writer = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    const reader = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    try {
      await Promise.all([waitForSync(writer.provider), waitForSync(reader.provider)])
      for (const attempt of [1, 2]) {
        const response = await callApi(server, admin.token, 'POST', '/api/documents/import', { text: 'Konzept\n\nEin Absatz.', title: `Versuch ${attempt}` })
        expect(response.status).toBe(503)
        expect(response.headers.get('retry-after')).toBe('5')
        expect(((await response.json()) as { error: string }).error).toBe('Die Verarbeitung ist abgebrochen (zu groß oder fehlerhaft). Bitte später erneut versuchen.')
        appendParagraph(writer.ydoc, `Nach Versuch ${attempt}`)
        await waitFor(() => contentXml(reader.ydoc).includes(`Nach Versuch ${attempt}`), 'the edit reached the other client')
      }
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200)
    } finally {
      writer.destroy()
      reader.destroy()
    }
  })
})
