import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChangeModel } from '../../shared/changes/ChangeModel'
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames'
import { appendParagraph, contentXml } from '../utils/appendParagraph'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../utils/createTestClient'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { callApi, createAccount, signInAsAdmin, type SignedIn } from '../utils/testAccounts'
import { seedRendsburg, type SeededRendsburg } from '../server/export/seedRendsburg'

describe('comparisons and exports: in workers, limited per account, cached by the states they show', () => {
  let server: TestServer
  let editor: SignedIn
  let reviewer: SignedIn
  let seed: SeededRendsburg
  let writer: TestClient
  let reader: TestClient

  const exportFile = (account: SignedIn, query: string) =>
    fetch(`${server.url}/api/documents/${seed.documentId}/export?${query}`, { headers: { authorization: `Bearer ${account.token}` } })
  const compareWithDraft = async () => {
    const response = await callApi(server, reviewer.token, 'GET', `/api/documents/${seed.documentId}/compare?from=${seed.fassungId}&to=draft`)
    expect(response.status).toBe(200)
    return response.text()
  }
  const insertedTexts = (json: string) =>
    (JSON.parse(json) as ChangeModel).changes.filter((change) => change.kind === 'insertion').map((change) => change.summary)

  beforeAll(async () => {
    server = await createTestServer()
    const admin = await signInAsAdmin(server)
    editor = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    reviewer = await createAccount(server, admin, { username: 'ausschuss', name: 'Karl Ausschuss', department: 'Sozialausschuss', role: 'reviewer' })
    seed = await seedRendsburg(server, editor)
    writer = createTestClient(server.wsUrl, seed.documentId, { params: { token: editor.token } })
    reader = createTestClient(server.wsUrl, seed.documentId, { params: { token: reviewer.token } })
    await Promise.all([waitForSync(writer.provider), waitForSync(reader.provider)])
  })

  afterAll(async () => {
    writer?.destroy()
    reader?.destroy()
    await server?.cleanup()
  })

  it('refuses one reviewer’s exports beyond the per-account limit with 429 and Retry-After; the rest, and other accounts, get their files', async () => {
    const synopse = `kind=synopse&format=pdf&from=${seed.fassungId}&version=draft`
    const reviewerExports = Array.from({ length: 6 }, (_, index) => exportFile(reviewer, index % 2 === 0 ? synopse : `kind=concept&format=pdf&version=${seed.fassungId}`))
    const editorExport = exportFile(editor, `kind=concept&format=docx&version=${seed.fassungId}`)
    const responses = await Promise.all(reviewerExports)
    const refused = responses.filter((response) => response.status === 429)
    const delivered = responses.filter((response) => response.status === 200)
    expect(refused.length).toBeGreaterThan(0)
    expect(delivered.length).toBeGreaterThan(0)
    expect(refused.length + delivered.length).toBe(6)
    for (const response of refused) {
      expect(response.headers.get('retry-after')).toBe('5')
      expect(((await response.json()) as { error: string }).error).toMatch(/^Für dieses Konto laufen schon 2 Vergleiche, Exporte oder Importe\./)
    }
    for (const response of delivered) expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
    const other = await editorExport
    expect(other.status).toBe(200)
    expect(other.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    // Once the refused requests are over, the reviewer may export again.
    expect((await exportFile(reviewer, `kind=concept&format=html&version=${seed.fassungId}`)).status).toBe(200)
  })

  it('answers a repeated comparison with identical JSON, and one after an insertion or a deletion in the draft anew', async () => {
    const first = await compareWithDraft()
    expect(await compareWithDraft()).toBe(first)

    appendParagraph(writer.ydoc, 'Neu im Entwurf nach dem Vergleich')
    await waitFor(() => contentXml(reader.ydoc).includes('Neu im Entwurf nach dem Vergleich'), 'the insertion reached the server and the reader')
    const afterInsertion = await compareWithDraft()
    expect(afterInsertion).not.toBe(first)
    expect(insertedTexts(afterInsertion)).toContain('Neu im Entwurf nach dem Vergleich')
    expect(insertedTexts(first)).not.toContain('Neu im Entwurf nach dem Vergleich')

    // A deletion adds no items (the state vector stays the same); the comparison must see it all the same.
    const stateVector = Y.encodeStateVector(writer.ydoc)
    const fragment = writer.ydoc.getXmlFragment(CONTENT_FRAGMENT)
    fragment.delete(fragment.length - 1, 1)
    expect(Y.encodeStateVector(writer.ydoc)).toEqual(stateVector)
    await waitFor(() => !contentXml(reader.ydoc).includes('Neu im Entwurf nach dem Vergleich'), 'the deletion reached the server and the reader')
    const afterDeletion = await compareWithDraft()
    expect(afterDeletion).not.toBe(afterInsertion)
    expect(insertedTexts(afterDeletion)).not.toContain('Neu im Entwurf nach dem Vergleich')
    expect(await compareWithDraft()).toBe(afterDeletion)
  })

  it('keeps the collaboration going while a reviewer compares and exports', async () => {
    const reads = Promise.all([
      compareWithDraft(),
      exportFile(reviewer, `kind=synopse&format=docx&from=${seed.fassungId}&version=draft`).then((response) => response.status),
    ])
    appendParagraph(writer.ydoc, 'Während des Exports geschrieben')
    await waitFor(() => contentXml(reader.ydoc).includes('Während des Exports geschrieben'), 'the edit reached the reader during the reads')
    const [, exportStatus] = await reads
    expect(exportStatus).toBe(200)
  })
})
