import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChangeModel } from '../../../shared/changes/ChangeModel'
import { departmentPalette } from '../../../shared/departments/departmentPalette'
import { createEditingClient, type EditingClient } from '../../utils/createEditingClient'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { findTextblock } from '../../utils/findTextblock'
import { smallConceptJson } from '../../utils/smallConceptJson'
import { callApi, createAccount, createDocument, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'

const run = promisify(execFile)

async function docxDocumentXml(docx: Uint8Array): Promise<string> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'fassung-docx-'))
  try {
    const file = path.join(directory, 'synopse.docx')
    await fs.writeFile(file, docx)
    return (await run('unzip', ['-p', file, 'word/document.xml'], { maxBuffer: 32 * 1024 * 1024 })).stdout
  } finally {
    await fs.rm(directory, { recursive: true, force: true })
  }
}

describe('the Synopse export colours each change by its Fachdienst, as the screen does', () => {
  let server: TestServer
  let reader: SignedIn
  let documentId: string
  let fassungId: string
  const clients: EditingClient[] = []

  beforeAll(async () => {
    server = await createTestServer()
    const admin = await signInAsAdmin(server)
    for (const name of ['Jugendamt', 'Fachdienst Zuwanderung']) await callApi(server, admin.token, 'POST', '/api/departments', { name })
    const zuwanderung = await createAccount(server, admin, { username: 'said', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const jugend = await createAccount(server, admin, { username: 'jana', name: 'Jana Krüger', department: 'Jugendamt', role: 'editor' })
    reader = zuwanderung
    documentId = await createDocument(server, zuwanderung, 'Kleines Konzept')
    const author = await createEditingClient(server, documentId, zuwanderung)
    clients.push(author)
    author.editor.edit((tr) => tr.replaceWith(0, tr.doc.content.size, tr.doc.type.schema.nodeFromJSON(smallConceptJson).content))
    const fassung = await callApi(server, zuwanderung.token, 'POST', `/api/documents/${documentId}/fassungen`, { name: 'Vorlage', gremium: 'AFS', date: '2021-03-21', status: 'Entwurf' })
    fassungId = ((await fassung.json()) as { id: string }).id
    const other = await createEditingClient(server, documentId, jugend)
    clients.push(other)
    other.editor.edit((tr) => {
      const goal = findTextblock(tr.doc, 'Die Betreuung ist sichergestellt.')
      tr.insertText(' ganztags', goal.textStart + 'Die Betreuung ist sichergestellt'.length)
    })
    author.editor.edit((tr) => {
      const goal = findTextblock(tr.doc, 'Die Betreuung ist')
      tr.delete(goal.textStart + 'Die Betreuung'.length, goal.textStart + 'Die Betreuung ist'.length)
    })
  })

  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.cleanup()
  })

  const download = async (format: string) => {
    const response = await callApi(server, reader.token, 'GET', `/api/documents/${documentId}/export?kind=synopse&format=${format}&from=${fassungId}&version=draft`)
    expect(response.status).toBe(200)
    return new Uint8Array(await response.arrayBuffer())
  }

  it('gives each Fachdienst the palette colour of its place on the administration’s list, in HTML and DOCX, with a legend', async () => {
    const compare = async () => ((await (await callApi(server, reader.token, 'GET', `/api/documents/${documentId}/compare?from=${fassungId}&to=draft`)).json()) as ChangeModel).changes
    await expect.poll(async () => (await compare()).map((change) => change.author?.department).sort()).toEqual(['Fachdienst Zuwanderung', 'Jugendamt'])
    const departments = ((await (await callApi(server, reader.token, 'GET', '/api/departments')).json()) as { departments: string[] }).departments
    const colorOf = (department: string) => departmentPalette[departments.indexOf(department)]!
    expect(colorOf('Jugendamt')).not.toBe(colorOf('Fachdienst Zuwanderung'))

    const html = new TextDecoder().decode(await download('html'))
    expect(html).toContain(`<ins style="color:${colorOf('Jugendamt')}"> ganztags</ins>`)
    expect(html).toContain(`<del style="color:${colorOf('Fachdienst Zuwanderung')}">ist </del>`)
    expect(html).toContain(`Farben der Fachdienste: <span style="color:${colorOf('Fachdienst Zuwanderung')}"><strong>Fachdienst Zuwanderung</strong></span>, <span style="color:${colorOf('Jugendamt')}"><strong>Jugendamt</strong></span>.`)

    const xml = await docxDocumentXml(await download('docx'))
    const runWith = (text: string) => xml.split('<w:r>').find((part) => part.includes(`>${text}</w:t>`)) ?? ''
    expect(runWith(' ganztags')).toContain(`<w:color w:val="${colorOf('Jugendamt').slice(1).toUpperCase()}"/>`)
    expect(runWith('ist ')).toContain(`<w:color w:val="${colorOf('Fachdienst Zuwanderung').slice(1).toUpperCase()}"/>`)
  })
})
