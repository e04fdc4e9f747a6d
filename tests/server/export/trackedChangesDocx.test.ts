import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEditingClient, type EditingClient } from '../../utils/createEditingClient'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { findTextblock } from '../../utils/findTextblock'
import { smallConceptJson } from '../../utils/smallConceptJson'
import { callApi, createAccount, createDocument, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'
import { convertDocxWithLibreOffice } from './externalTools'

interface TrackedChange {
  kind: 'insertion' | 'deletion'
  creator: string
  /** The inserted or deleted text. */
  text: string
}

/** The tracked changes LibreOffice read from the file, from its flat ODT: kind, author and the text concerned. */
function trackedChangesIn(flatOdt: string): TrackedChange[] {
  const regions = [...flatOdt.matchAll(/<text:changed-region\b[^>]*text:id="([^"]+)"[^>]*>([\s\S]*?)<\/text:changed-region>/g)]
  const plain = (xml: string) => xml.replace(/<text:s\/>/g, ' ').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&')
  return regions.map(([, id, body]) => {
    const kind = body!.includes('<text:insertion') ? 'insertion' : 'deletion'
    const creator = /<dc:creator>([^<]*)<\/dc:creator>/.exec(body!)?.[1] ?? ''
    // A deletion keeps its text in the region (older files) or, like an insertion, in the body between its marks.
    const kept = plain(body!.replace(/<office:change-info>[\s\S]*?<\/office:change-info>/, '')).trim()
    const marked = new RegExp(`<text:change-start text:change-id="${id}"/>([\\s\\S]*?)<text:change-end text:change-id="${id}"/>`).exec(flatOdt)?.[1] ?? ''
    return { kind, creator, text: kept || plain(marked).trim() }
  })
}

describe('changes since a Fassung as a Word document with real tracked changes', () => {
  let server: TestServer
  let zuwanderung: SignedIn
  let jugend: SignedIn
  const clients: EditingClient[] = []

  beforeAll(async () => {
    server = await createTestServer()
    const admin = await signInAsAdmin(server)
    zuwanderung = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    jugend = await createAccount(server, admin, { username: 'jugend', name: 'Jana Krüger', department: 'Jugend und Familie', role: 'editor' })
  })

  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server?.cleanup()
  })

  it('writes each department’s insertions and deletions as Word revisions with name and Fachdienst, which LibreOffice reads as such', async () => {
    const documentId = await createDocument(server, zuwanderung, 'Integrationskonzept mit Änderungen')
    // One long-lived session per person, as in the browser: the same clientID before and after the Fassung.
    const said = await createEditingClient(server, documentId, zuwanderung)
    const jana = await createEditingClient(server, documentId, jugend)
    clients.push(said, jana)
    said.editor.edit((tr) => tr.replaceWith(0, tr.doc.content.size, tr.doc.type.schema.nodeFromJSON(smallConceptJson).content))
    const waitForServer = async (check: (text: string) => boolean) => {
      for (let attempt = 0; attempt < 100; attempt++) {
        const draft = (await (await callApi(server, zuwanderung.token, 'GET', `/api/documents/${documentId}/versions/draft`)).json()) as { doc: unknown }
        if (check(JSON.stringify(draft.doc))) return
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      throw new Error('the server never had the edit')
    }
    await waitForServer((text) => text.includes('Die Betreuung ist sichergestellt.'))
    const frozen = await callApi(server, zuwanderung.token, 'POST', `/api/documents/${documentId}/fassungen`, { name: 'Vorlage', gremium: 'AFS', date: '2021-03-21', status: 'Entwurf' })
    const fassungId = ((await frozen.json()) as { id: string }).id

    // The ledger of what each person did after the Fassung.
    said.editor.edit((tr) => {
      const block = findTextblock(tr.doc, 'Die Betreuung ist sichergestellt.')
      tr.insertText(' Sofortprogramm', block.position + 1 + block.node.content.size)
    })
    jana.editor.edit((tr) => {
      const block = findTextblock(tr.doc, 'Alle Kinder haben Zugang zu Bildung.')
      tr.delete(block.textStart + 'Alle '.length, block.textStart + 'Alle Kinder '.length)
    })
    await waitForServer((text) => text.includes('Sofortprogramm') && text.includes('Alle haben Zugang'))

    const response = await callApi(server, zuwanderung.token, 'GET', `/api/documents/${documentId}/export?kind=aenderungen&format=docx&from=${fassungId}&version=draft`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain('.docx')
    const flatOdt = new TextDecoder().decode(await convertDocxWithLibreOffice(new Uint8Array(await response.arrayBuffer()), 'fodt'))
    const changes = trackedChangesIn(flatOdt)
    expect(changes).toContainEqual({ kind: 'insertion', creator: 'Said Najj (Fachdienst Zuwanderung)', text: 'Sofortprogramm' })
    expect(changes).toContainEqual({ kind: 'deletion', creator: 'Jana Krüger (Jugend und Familie)', text: 'Kinder' })
    // Nothing that nobody changed is marked.
    expect(changes).toHaveLength(2)

    const missingFrom = await callApi(server, zuwanderung.token, 'GET', `/api/documents/${documentId}/export?kind=aenderungen&format=docx`)
    expect(missingFrom.status).toBe(400)
    expect(((await missingFrom.json()) as { error: string }).error).toContain('ältere Fassung')
  })
})
