import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChangeModel } from '../../../shared/changes/ChangeModel'
import { appendParagraph, contentXml } from '../../utils/appendParagraph'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../../utils/createTestClient'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { callApi, createDocument, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'

describe('freezing a Fassung prepares its Synopse with the previous one', () => {
  let server: TestServer
  let admin: SignedIn
  let documentId: string
  let writer: TestClient
  let reader: TestClient

  const edit = async (text: string) => {
    appendParagraph(writer.ydoc, text)
    await waitFor(() => contentXml(reader.ydoc).includes(text), `"${text}" reached the server and the reader`)
  }
  const freeze = async (name: string) => {
    const response = await callApi(server, admin.token, 'POST', `/api/documents/${documentId}/fassungen`, { name, gremium: 'Sozialausschuss', date: '2025-03-04', status: 'Entwurf' })
    expect(response.status).toBe(201)
    return ((await response.json()) as { id: string }).id
  }
  const compare = (from: string, to: string) => callApi(server, admin.token, 'GET', `/api/documents/${documentId}/compare?from=${from}&to=${to}`)

  beforeAll(async () => {
    // No account may start a job of its own: only work the server does unasked can answer a comparison.
    server = await createTestServer({ workers: { perUser: 0 } })
    admin = await signInAsAdmin(server)
    documentId = await createDocument(server, admin, 'Integrationskonzept')
    writer = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    reader = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    await Promise.all([waitForSync(writer.provider), waitForSync(reader.provider)])
  })

  afterAll(async () => {
    writer?.destroy()
    reader?.destroy()
    await server?.cleanup()
  })

  it('answers the Synopse of the previous and the new Fassung without a job of the asking account; other comparisons stay within its limit', async () => {
    await edit('Die Verwaltung legt den Entwurf vor.')
    const first = await freeze('Entwurf der Verwaltung')
    await edit('Der Ausschuss ergänzt die Sprachförderung.')
    const second = await freeze('Beschlussempfehlung')

    const synopse = await compare(first, second)
    expect(synopse.status).toBe(200)
    const model = (await synopse.json()) as ChangeModel
    expect([model.from.id, model.to.id]).toEqual([first, second])
    expect(model.changes.filter((change) => change.kind === 'insertion').map((change) => change.summary)).toEqual(['Der Ausschuss ergänzt die Sprachförderung.'])

    // Nothing prepared this one: the account's own job is refused, so the answer above came from the freeze.
    expect((await compare(first, 'draft')).status).toBe(429)
  })
})
