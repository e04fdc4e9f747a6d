import { randomUUID } from 'node:crypto'
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { ChangeModel } from '../../../shared/changes/ChangeModel'
import { CONTENT_FRAGMENT } from '../../../shared/schema/nodeNames'
import { inspectConceptContent } from '../../../shared/schema/validation/inspectConceptContent'
import { createConceptYDoc } from '../../../shared/yjs/createConceptYDoc'
import { Logger } from '../../../server/logging/Logger'
import { collapseWhitespace } from '../../utils/collapseWhitespace'
import { createEditingClient, type EditingClient } from '../../utils/createEditingClient'
import { waitFor } from '../../utils/createTestClient'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { findNode } from '../../utils/findNode'
import { replaceContent } from '../../utils/replaceContent'
import { smallConceptJson } from '../../utils/smallConceptJson'
import { storeInvalidContent } from '../../utils/storeInvalidContent'
import { callApi, createAccount, createDocument, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'
import { invalidContentKinds, invalidText, markedParagraphText, nestedHandlungsfeldTitle, type InvalidContentKind } from '../../utils/writeInvalidContent'
import { htmlText } from '../export/htmlText'
import { pdfToText } from '../export/externalTools'

/** Text of the sample concept that every reader must still show, whatever invalid content sits beside it. */
const validTexts = ['Handlungsfelder', 'Alle Kinder haben Zugang zu Bildung.', markedParagraphText, 'Die Sprachförderung ist sichergestellt.', 'Sprachstand feststellen', 'Kitas']
const addedAfterFassung = ' und Horte'

describe('documents whose storage already holds content the schema does not allow', () => {
  let server: TestServer
  let author: SignedIn
  let attacker: SignedIn
  let opener: SignedIn
  const logLines: Record<string, unknown>[] = []
  const clients: EditingClient[] = []

  const expectStatus = async (response: Response, status: number) => {
    if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${await response.text()}`)
    return response
  }
  const getJson = async <T>(path: string, account: SignedIn): Promise<T> => (await (await expectStatus(await callApi(server, account.token, 'GET', path), 200)).json()) as T
  const exportText = async (path: string, format: 'docx' | 'pdf' | 'html', account: SignedIn): Promise<string> => {
    const body = new Uint8Array(await (await expectStatus(await callApi(server, account.token, 'GET', path), 200)).arrayBuffer())
    if (format === 'html') return collapseWhitespace(htmlText(new TextDecoder().decode(body)))
    if (format === 'pdf') return collapseWhitespace(await pdfToText(body))
    return collapseWhitespace((await mammoth.extractRawText({ buffer: Buffer.from(body) })).value)
  }
  const repairLogs = (documentId: string) => logLines.filter((line) => line['message'] === 'invalid stored content removed' && line['documentId'] === documentId)

  /** A document with the sample concept, invalid content stored behind it, and a Fassung frozen by the older version that stored it. */
  const prepare = async (kind: InvalidContentKind) => {
    const documentId = await createDocument(server, author, `Konzept mit ${kind}`)
    await replaceContent(server, documentId, author.user.id, smallConceptJson)
    const stored = await storeInvalidContent(server, documentId, kind, attacker.user.id)
    const olderFassungId = randomUUID()
    await server.storage.fassungen.createFassung({
      id: olderFassungId,
      documentId,
      name: 'Beschlussempfehlung',
      gremium: 'Sozial- und Gesundheitsausschuss (SGA)',
      date: '2020-08-27',
      status: 'Beschlussempfehlung',
      beratungsfolgeId: null,
      createdAt: new Date().toISOString(),
      createdBy: author.user.id,
      ...stored,
    })
    return { documentId, olderFassungId }
  }

  beforeAll(async () => {
    server = await createTestServer({ logger: new Logger('warn', (line) => logLines.push(JSON.parse(line) as Record<string, unknown>)) })
    const admin = await signInAsAdmin(server)
    author = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    attacker = await createAccount(server, admin, { username: 'altversion', name: 'Alte Version', department: 'Unbekannt', role: 'editor' })
    opener = await createAccount(server, admin, { username: 'jugend', name: 'Jana Krüger', department: 'Jugend und Familie', role: 'editor' })
  })

  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server?.cleanup()
  })

  it.each(invalidContentKinds)('with %s: the first editor gets only valid content, nothing is credited to them, and every route reads, compares, exports and rejects', async (kind) => {
    const { documentId, olderFassungId } = await prepare(kind)
    const attributionsBefore = await server.storage.documents.listAttributions(documentId)
    const updatesBefore = await server.storage.documents.countUpdates(documentId)

    // The first editor to open the document, with the ProseMirror binding reading it as the browser does.
    const client = await createEditingClient(server, documentId, opener)
    clients.push(client)
    let localEdits = 0
    client.ydoc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== client.provider) localEdits += 1
    })
    expect(inspectConceptContent(client.ydoc.getXmlFragment(CONTENT_FRAGMENT)).problems).toEqual([])
    const opened = client.editor.read()
    expect(localEdits).toBe(0)
    for (const text of validTexts) expect(opened.textContent).toContain(text)
    expect(opened.textContent).not.toContain(invalidText)
    if (kind === 'deep nesting') expect(opened.textContent).toContain(nestedHandlungsfeldTitle)

    // The repair is stored as one update of nobody's, and logged once.
    await (await server.collaboration.getLoadedDocument(documentId))!.flush()
    expect(await server.storage.documents.countUpdates(documentId)).toBe(updatesBefore + 1)
    expect(await server.storage.documents.listAttributions(documentId)).toEqual(attributionsBefore)
    const storedDocument = createConceptYDoc()
    for (const update of (await server.storage.documents.loadUpdates(documentId)).updates) Y.applyUpdate(storedDocument, update)
    expect(inspectConceptContent(storedDocument.getXmlFragment(CONTENT_FRAGMENT)).problems).toEqual([])
    const logged = repairLogs(documentId)
    expect(logged).toHaveLength(1)
    expect(logged[0]!['level']).toBe('warn')
    expect((logged[0]!['problems'] as { path: string }[]).length).toBeGreaterThan(0)

    // The draft, the Fassung frozen with the invalid content, and a new Fassung read without it.
    for (const version of ['draft', olderFassungId]) {
      const read = JSON.stringify(await getJson<{ doc: unknown }>(`/api/documents/${documentId}/versions/${version}`, author))
      for (const text of validTexts) expect(read).toContain(text)
      expect(read).not.toContain(invalidText)
    }
    const fassungLog = logLines.find((line) => line['message'] === 'invalid content left out of a version' && line['documentId'] === documentId && line['version'] === olderFassungId)
    expect(fassungLog?.['problems']).toEqual(expect.arrayContaining([expect.objectContaining({ path: expect.stringMatching(/^\//) })]))
    const frozen = await expectStatus(await callApi(server, author.token, 'POST', `/api/documents/${documentId}/fassungen`, { name: 'Beschluss', gremium: 'Kreistag', date: '2020-09-14', status: 'Beschluss' }), 201)
    const newerFassungId = ((await frozen.json()) as { id: string }).id

    client.editor.edit((transaction) => {
      const kitas = findNode(transaction.doc, (node) => node.isTextblock && node.textContent === 'Kitas')
      transaction.insertText(addedAfterFassung, kitas.position + 1 + kitas.node.content.size)
    })
    await expect.poll(async () => JSON.stringify(await getJson<{ doc: unknown }>(`/api/documents/${documentId}/versions/draft`, author)), { timeout: 15_000 }).toContain(`Kitas${addedAfterFassung}`)
    for (const from of [olderFassungId, newerFassungId]) {
      const model = await getJson<ChangeModel>(`/api/documents/${documentId}/compare?from=${from}&to=draft`, author)
      expect(model.changes.map((change) => [change.kind, change.summary])).toEqual([['insertion', addedAfterFassung.trim()]])
      expect(JSON.stringify(model)).not.toContain(invalidText)
    }

    const exports = [
      ...(['concept', 'beschlussvorlage'] as const).flatMap((exportKind) => ['draft', olderFassungId].map((version) => `kind=${exportKind}&version=${version}`)),
      `kind=synopse&from=${olderFassungId}&version=draft`,
      `kind=synopse&from=${olderFassungId}&version=${newerFassungId}`,
    ]
    for (const query of exports) {
      for (const format of ['docx', 'pdf', 'html'] as const) {
        const text = await exportText(`/api/documents/${documentId}/export?${query}&format=${format}`, format, author)
        for (const valid of ['Alle Kinder haben Zugang zu Bildung.', markedParagraphText, 'Sprachstand feststellen']) expect(text, `${query} ${format}`).toContain(valid)
        expect(text, `${query} ${format}`).not.toContain(invalidText)
      }
    }

    await expectStatus(await callApi(server, author.token, 'POST', `/api/documents/${documentId}/decisions`, { from: olderFassungId, decision: 'reject', all: true }), 200)
    await waitFor(() => !client.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString().includes(addedAfterFassung), 'the rejection reaches the editor')
    const afterRejection = JSON.stringify(await getJson<{ doc: unknown }>(`/api/documents/${documentId}/versions/draft`, author))
    for (const text of validTexts) expect(afterRejection).toContain(text)
    expect(afterRejection).not.toContain(addedAfterFassung)

    const { history } = await getJson<{ history: { userId: string }[] }>(`/api/documents/${documentId}/history`, author)
    expect(new Set(history.map((entry) => entry.userId))).toEqual(new Set([author.user.id, attacker.user.id, opener.user.id]))
    expect(repairLogs(documentId)).toHaveLength(1)
  })
})

