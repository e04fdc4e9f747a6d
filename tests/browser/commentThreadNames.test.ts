import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEditingClient } from '../utils/createEditingClient'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { runAxe } from '../utils/runAxe'
import { smallConceptJson } from '../utils/smallConceptJson'
import { callApi, createAccount, createDocument, signInAsAdmin, type SignedIn } from '../utils/testAccounts'

describe('each comment thread’s controls say which thread they act on (WCAG 2.4.6) in a real browser', () => {
  let server: TestServer
  let browser: Browser
  let editor: SignedIn
  let documentId: string
  let fassungId: string

  beforeAll(async () => {
    server = await createTestServer()
    browser = await launchBrowser()
    const admin = await signInAsAdmin(server)
    editor = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const reviewer = await createAccount(server, admin, { username: 'sga', name: 'Karl Ausschuss', department: 'Sozial- und Gesundheitsausschuss', role: 'reviewer' })
    documentId = await createDocument(server, editor, 'Konzept mit Kommentaren')
    const author = await createEditingClient(server, documentId, editor)
    author.editor.edit((tr) => tr.replaceWith(0, tr.doc.content.size, tr.doc.type.schema.nodeFromJSON(smallConceptJson).content))
    await new Promise((resolve) => setTimeout(resolve, 300))
    author.destroy()
    const frozen = await callApi(server, editor.token, 'POST', `/api/documents/${documentId}/fassungen`, { name: 'Vorlage', gremium: 'AFS', date: '2021-03-21', status: 'Entwurf' })
    fassungId = ((await frozen.json()) as { id: string }).id
    for (const [account, quote] of [
      [editor, 'Die Betreuung ist sichergestellt.'],
      [reviewer, 'Die Sprachförderung ist sichergestellt.'],
    ] as const) {
      const created = await callApi(server, account.token, 'POST', `/api/documents/${documentId}/comments`, { anchor: { blockId: null, changeId: null, quote }, body: `Anmerkung von ${account.user.name}` })
      expect(created.status).toBe(201)
    }
  })

  afterAll(async () => {
    await browser?.close()
    await server?.cleanup()
  })

  it('names the thread in every reply and resolve button and reply field', async () => {
    const { context, page } = await openSignedInPage(browser, server, editor, `/d/${documentId}/vergleich/${fassungId}/draft`)
    await expect.poll(() => page.getByTestId('comment-thread').count()).toBe(2)
    const replyNames = await page.getByTestId('reply-submit').evaluateAll((buttons) => buttons.map((button) => button.textContent?.replace(/\s+/g, ' ').trim()))
    expect(replyNames).toEqual(['Antworten auf den Kommentar von Said Najj zu „Die Betreuung ist sichergestellt.“', 'Antworten auf den Kommentar von Karl Ausschuss zu „Die Sprachförderung ist sichergestellt.“'])
    const resolveNames = await page.getByTestId('thread-resolve').evaluateAll((buttons) => buttons.map((button) => button.textContent?.replace(/\s+/g, ' ').trim()))
    expect(new Set(resolveNames).size).toBe(2)
    // The accessible name the reply field gets from its label names the thread too.
    await expect.poll(() => page.getByRole('textbox', { name: 'Antwort auf den Kommentar von Karl Ausschuss zu „Die Sprachförderung ist sichergestellt.“' }).count()).toBe(1)
    // An empty reply is refused at its field.
    await page.getByTestId('reply-submit').first().click()
    expect(await page.getByTestId('reply-body').first().getAttribute('aria-invalid')).toBe('true')
    const violations = await runAxe(page)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
    await context.close()
  })
})
