import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clickAtFieldEnd } from '../utils/clickAtFieldEnd'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { readFieldText } from '../utils/readFieldText'
import { replaceContent } from '../utils/replaceContent'
import { smallConceptJson } from '../utils/smallConceptJson'
import { storeInvalidContent } from '../utils/storeInvalidContent'
import { callApi, createAccount, createDocument, signInAsAdmin } from '../utils/testAccounts'
import { invalidContentKinds, invalidText, markedParagraphText, nestedHandlungsfeldTitle } from '../utils/writeInvalidContent'

describe('a document whose storage already holds content the schema does not allow, in the browser', () => {
  let server: TestServer
  let browser: Browser

  beforeAll(async () => {
    server = await createTestServer()
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.cleanup()
  })

  it('opens in the editor with all its valid text, the paragraph with the unknown mark whole, no page error, and nothing deleted in the name of whoever opens it', async () => {
    const admin = await signInAsAdmin(server)
    const author = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const olderVersion = await createAccount(server, admin, { username: 'altversion', name: 'Alte Version', department: 'Unbekannt', role: 'editor' })
    const opener = await createAccount(server, admin, { username: 'jugend', name: 'Jana Krüger', department: 'Jugend und Familie', role: 'editor' })
    const documentId = await createDocument(server, author, 'Konzept mit ungültigem Inhalt')
    await replaceContent(server, documentId, author.user.id, smallConceptJson)
    for (const kind of invalidContentKinds) await storeInvalidContent(server, documentId, kind, olderVersion.user.id)

    const { context, page } = await openSignedInPage(browser, server, opener)
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text())
    })
    await page.goto(`${server.url}/d/${documentId}`)
    const editor = page.getByTestId('editor')
    await editor.waitFor()
    await expect.poll(() => page.getByTestId('connection-status').getAttribute('data-status'), { timeout: 15_000 }).toBe('connected')
    for (const text of ['Handlungsfelder', 'Alle Kinder haben Zugang zu Bildung.', 'Die Sprachförderung ist sichergestellt.', 'Sprachstand feststellen', nestedHandlungsfeldTitle]) {
      await expect.poll(() => readFieldText(editor), { timeout: 15_000 }).toContain(text)
    }
    const goal = page.getByTestId('teilziel').first().locator('.concept-field-content').first()
    expect(await readFieldText(goal)).toBe(markedParagraphText)
    expect(await readFieldText(editor)).not.toContain(invalidText)

    // A keystroke after opening: once it is stored, everything the editor sent on opening is stored too.
    await clickAtFieldEnd(page.getByTestId('teilziel').first().locator('.concept-field-content').last())
    await page.keyboard.type(' und Horte')
    const draft = async () => JSON.stringify(await (await callApi(server, author.token, 'GET', `/api/documents/${documentId}/versions/draft`)).json())
    await expect.poll(draft, { timeout: 15_000 }).toContain('Fachdienst Kinder, Jugend, Sport und Horte')
    expect(await draft()).toContain(markedParagraphText)
    const openerEdits = (await server.storage.documents.listAttributions(documentId)).filter((attribution) => attribution.userId === opener.user.id)
    expect(openerEdits.length).toBeGreaterThan(0)
    expect(openerEdits.flatMap((attribution) => attribution.deleted)).toEqual([])
    expect(pageErrors).toEqual([])
    await context.close()
  })
})
