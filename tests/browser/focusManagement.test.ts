import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEditingClient, type EditingClient } from '../utils/createEditingClient'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { findTextblock } from '../utils/findTextblock'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { smallConceptJson } from '../utils/smallConceptJson'
import { callApi, createAccount, createDocument, signInAsAdmin, type SignedIn } from '../utils/testAccounts'

/** What has focus, named by test id, else tag; `BODY` when focus was lost. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement
    if (!active || active === document.body) return 'BODY'
    return active.getAttribute('data-testid') ?? `${active.tagName}:${active.textContent?.trim().slice(0, 40) ?? ''}`
  })
}

/** Focus must arrive somewhere meaningful and still be there a moment later (not merely before a re-render). */
async function expectFocusSettlesOn(page: Page, expected: (name: string) => boolean, what: string): Promise<void> {
  // A loaded machine can take seconds to render the next page.
  await expect.poll(() => focused(page), { message: what, timeout: 15_000 }).toSatisfy(expected)
  await page.waitForTimeout(400)
  expect(await focused(page), what).toSatisfy(expected)
}

describe('focus after every action and page change (WCAG 2.4.3) in a real browser', () => {
  let server: TestServer
  let browser: Browser
  let editor: SignedIn
  let documentId: string
  let fassungId: string
  const clients: EditingClient[] = []

  beforeAll(async () => {
    server = await createTestServer()
    browser = await launchBrowser()
    const admin = await signInAsAdmin(server)
    editor = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const other = await createAccount(server, admin, { username: 'jugend', name: 'Jana Krüger', department: 'Jugend und Familie', role: 'editor' })
    documentId = await createDocument(server, editor, 'Integrationskonzept Fokus')
    const author = await createEditingClient(server, documentId, editor)
    clients.push(author)
    author.editor.edit((tr) => tr.replaceWith(0, tr.doc.content.size, tr.doc.type.schema.nodeFromJSON(smallConceptJson).content))
    const frozen = await callApi(server, editor.token, 'POST', `/api/documents/${documentId}/fassungen`, { name: 'Vorlage', gremium: 'AFS', date: '2021-03-21', status: 'Entwurf' })
    expect(frozen.status).toBe(201)
    fassungId = ((await frozen.json()) as { id: string }).id
    // Three separate changes by another department, to decide one by one and then all at once.
    const jugend = await createEditingClient(server, documentId, other)
    clients.push(jugend)
    const additions: [string, string][] = [
      ['Die Betreuung ist sichergestellt.', ' Erstens'],
      ['Die Sprachförderung ist sichergestellt.', ' Zweitens'],
      ['Alle Kinder haben Zugang zu Bildung.', ' Drittens'],
    ]
    for (const [needle, word] of additions) {
      jugend.editor.edit((tr) => {
        const block = findTextblock(tr.doc, needle)
        tr.insertText(word, block.position + 1 + block.node.content.size)
      })
    }
    const openChanges = async () => ((await (await callApi(server, editor.token, 'GET', `/api/documents/${documentId}/compare?from=${fassungId}&to=draft`)).json()) as { changes: unknown[] }).changes.length
    for (let attempt = 0; (await openChanges()) < additions.length; attempt++) {
      if (attempt > 100) throw new Error('the three changes never reached the server')
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  })

  afterAll(async () => {
    for (const client of clients) client.destroy()
    await browser?.close()
    await server?.cleanup()
  })

  it('puts focus on the new page and announces it after following an in-app link by keyboard', async () => {
    const { context, page } = await openSignedInPage(browser, server, editor, '/')
    const link = page.getByRole('link', { name: 'Integrationskonzept Fokus' })
    await link.focus()
    await page.keyboard.press('Enter')
    await page.getByTestId('editor').waitFor()
    await expectFocusSettlesOn(page, (name) => name !== 'BODY', 'focus after opening the concept')
    await expect.poll(() => page.getByTestId('page-announcement').textContent()).toBe('Seite geöffnet: Integrationskonzept Fokus')

    await page.getByTestId('open-fassungen').focus()
    await page.keyboard.press('Enter')
    await page.getByTestId('fassungen-page').waitFor()
    await expectFocusSettlesOn(page, (name) => name === 'H1:Fassungen & Vergleich', 'focus after opening the Fassungen page')
    await expect.poll(() => page.getByTestId('page-announcement').textContent()).toBe('Seite geöffnet: Fassungen & Vergleich')
    expect(await page.title()).toMatch(/^Fassungen & Vergleich – /)

    // Back in the browser's history is a page change too.
    await page.goBack()
    await page.getByTestId('editor').waitFor()
    await expectFocusSettlesOn(page, (name) => name !== 'BODY', 'focus after going back')
    await context.close()
  })

  it('keeps focus on the decision message after accepting one change and after accepting all', async () => {
    const { context, page } = await openSignedInPage(browser, server, editor, `/d/${documentId}/vergleich/${fassungId}/draft`)
    await page.getByTestId('change-document').waitFor()
    const openBefore = await page.getByTestId('change-accept').count()
    expect(openBefore).toBeGreaterThan(1)
    await page.getByTestId('change-accept').first().focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByTestId('review-notice').textContent()).toContain('angenommen')
    await expectFocusSettlesOn(page, (name) => name !== 'BODY', 'focus after Annehmen')

    await page.getByTestId('bulk-accept').focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => focused(page)).toBe('bulk-confirm')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByTestId('review-notice').textContent()).toMatch(/Änderungen? angenommen/)
    await expectFocusSettlesOn(page, (name) => name === 'review-notice', 'focus after „Alle annehmen → Ja“')
    await context.close()
  })

  it('moves focus to the save message after saving the cover sheet by keyboard', async () => {
    const { context, page } = await openSignedInPage(browser, server, editor, `/d/${documentId}/beschlussvorlage`)
    await page.getByTestId('cover-form').waitFor()
    await page.getByTestId('cover-vorlageNummer').fill('VO/2021/042')
    await page.getByTestId('cover-save').focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByTestId('cover-save-status').textContent()).toContain('Gespeichert')
    await expectFocusSettlesOn(page, (name) => name === 'cover-save-status', 'focus after saving the cover sheet')
    await context.close()
  })

  it('moves focus to the import summary once a file is imported', async () => {
    const { context, page } = await openSignedInPage(browser, server, editor, '/')
    const input = page.getByTestId('import-file-input')
    await input.focus()
    await input.setInputFiles({ name: 'konzept.txt', mimeType: 'text/plain', buffer: Buffer.from('Integrationskonzept Testkreis\n\n1. Sprache\n\nSprache ist der Schlüssel.\n', 'utf8') })
    await page.getByTestId('import-summary').waitFor()
    await expectFocusSettlesOn(page, (name) => name === 'import-summary', 'focus after the import')
    await context.close()
  })
})
