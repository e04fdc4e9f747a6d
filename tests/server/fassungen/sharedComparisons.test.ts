import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChangeModel } from '../../../shared/changes/ChangeModel'
import { appendParagraph, contentXml } from '../../utils/appendParagraph'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../../utils/createTestClient'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { callApi, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'
import { seedRendsburg, type SeededRendsburg } from '../export/seedRendsburg'

describe('the same comparison asked for several times at once runs once', () => {
  let server: TestServer
  let admin: SignedIn
  let seed: SeededRendsburg
  let writer: TestClient
  let reader: TestClient

  beforeAll(async () => {
    // One job per account at a time: a second job of the same account would be refused with 429.
    server = await createTestServer({ workers: { perUser: 1 } })
    admin = await signInAsAdmin(server)
    seed = await seedRendsburg(server, admin)
    writer = createTestClient(server.wsUrl, seed.documentId, { params: { token: admin.token } })
    reader = createTestClient(server.wsUrl, seed.documentId, { params: { token: admin.token } })
    await Promise.all([waitForSync(writer.provider), waitForSync(reader.provider)])
  })

  afterAll(async () => {
    writer?.destroy()
    reader?.destroy()
    await server?.cleanup()
  })

  it('answers every request of one account for the same Synopse, all with the same model, within a limit of one job', async () => {
    appendParagraph(writer.ydoc, 'Ergänzung des Ausschusses nach der Fassung')
    await waitFor(() => contentXml(reader.ydoc).includes('Ergänzung des Ausschusses nach der Fassung'), 'the edit reached the server and the reader')

    const path = `/api/documents/${seed.documentId}/compare?from=${seed.fassungId}&to=draft`
    const responses = await Promise.all(Array.from({ length: 3 }, () => callApi(server, admin.token, 'GET', path)))
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200])
    const bodies = await Promise.all(responses.map((response) => response.text()))
    expect(new Set(bodies).size).toBe(1)
    const model = JSON.parse(bodies[0]!) as ChangeModel
    expect(model.from.id).toBe(seed.fassungId)
    expect(model.changes.filter((change) => change.kind === 'insertion').map((change) => change.summary)).toContain('Ergänzung des Ausschusses nach der Fassung')
  })
})
