import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEditingClient, type EditingClient } from '../utils/createEditingClient'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { findTextblock } from '../utils/findTextblock'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { readDownload } from '../utils/readDownload'
import { smallConceptJson } from '../utils/smallConceptJson'
import { callApi, createAccount, createDocument, signInAsAdmin, type SignedIn } from '../utils/testAccounts'

describe('the comparison page downloads the changes as Word tracked changes', () => {
  let server: TestServer
  let browser: Browser
  let editor: SignedIn
  const clients: EditingClient[] = []

  beforeAll(async () => {
    server = await createTestServer()
    browser = await launchBrowser()
    const admin = await signInAsAdmin(server)
    editor = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
  })

  afterAll(async () => {
    for (const client of clients) client.destroy()
    await browser?.close()
    await server?.cleanup()
  })

  it('offers „Nachverfolgte Änderungen“ beside the Synopse and the file carries the edit as a Word revision', async () => {
    const documentId = await createDocument(server, editor, 'Konzept für Word')
    const client = await createEditingClient(server, documentId, editor)
    clients.push(client)
    client.editor.edit((tr) => tr.replaceWith(0, tr.doc.content.size, tr.doc.type.schema.nodeFromJSON(smallConceptJson).content))
    await new Promise((resolve) => setTimeout(resolve, 300))
    const frozen = await callApi(server, editor.token, 'POST', `/api/documents/${documentId}/fassungen`, { name: 'Vorlage', gremium: 'AFS', date: '2021-03-21', status: 'Entwurf' })
    const fassungId = ((await frozen.json()) as { id: string }).id
    client.editor.edit((tr) => {
      const block = findTextblock(tr.doc, 'Die Betreuung ist sichergestellt.')
      tr.insertText(' Sofortprogramm', block.position + 1 + block.node.content.size)
    })

    const { context, page } = await openSignedInPage(browser, server, editor, `/d/${documentId}/vergleich/${fassungId}/draft`)
    await expect.poll(() => page.getByTestId('change-item').count()).toBe(1)
    const { fileName, body } = await readDownload(page, () => page.getByTestId('export-aenderungen-docx').click())
    expect(fileName).toMatch(/^Änderungen .*\.docx$/)
    const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'fassung-aenderungen-'))
    const file = path.join(directory, fileName)
    await fs.writeFile(file, body)
    const documentXml = (await promisify(execFile)('unzip', ['-p', file, 'word/document.xml'], { maxBuffer: 32 * 1024 * 1024 })).stdout
    await fs.rm(directory, { recursive: true, force: true })
    expect(documentXml).toMatch(/<w:ins [^>]*w:author="Said Najj \(Fachdienst Zuwanderung\)"[^>]*>.*?Sofortprogramm/s)
    await context.close()
  })
})
