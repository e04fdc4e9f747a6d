import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEditingClient } from '../utils/createEditingClient'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { runAxe } from '../utils/runAxe'
import { smallConceptJson } from '../utils/smallConceptJson'
import { createAccount, createDocument, signInAsAdmin, type SignedIn } from '../utils/testAccounts'
import { waitForConnectedEditor } from '../utils/waitForConnectedEditor'

describe('status messages for joins, leaves and refused input (WCAG 4.1.3) in a real browser', () => {
  let server: TestServer
  let browser: Browser
  let zuwanderung: SignedIn
  let jugend: SignedIn
  let ausschuss: SignedIn
  let documentId: string

  beforeAll(async () => {
    server = await createTestServer()
    browser = await launchBrowser()
    const admin = await signInAsAdmin(server)
    zuwanderung = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    jugend = await createAccount(server, admin, { username: 'jugend', name: 'Jana Krüger', department: 'Jugend und Familie', role: 'editor' })
    ausschuss = await createAccount(server, admin, { username: 'sga', name: 'Karl Ausschuss', department: 'Sozial- und Gesundheitsausschuss', role: 'reviewer' })
    documentId = await createDocument(server, zuwanderung, 'Konzept mit Statusmeldungen')
    const author = await createEditingClient(server, documentId, zuwanderung)
    author.editor.edit((tr) => tr.replaceWith(0, tr.doc.content.size, tr.doc.type.schema.nodeFromJSON(smallConceptJson).content))
    author.destroy()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.cleanup()
  })

  it('announces who opens and who leaves the concept, but not who was already there', async () => {
    const first = await openSignedInPage(browser, server, zuwanderung, `/d/${documentId}`)
    await waitForConnectedEditor(first.page)
    // Past the moment in which those already present are listed, not announced.
    await first.page.waitForTimeout(2500)
    expect(await first.page.getByTestId('presence-announcement').textContent()).toBe('')

    const second = await openSignedInPage(browser, server, jugend, `/d/${documentId}`)
    await waitForConnectedEditor(second.page)
    await expect.poll(() => first.page.getByTestId('presence-announcement').textContent()).toBe('Jana Krüger (Jugend und Familie) hat das Konzept geöffnet.')
    // The newcomer is not told about those who were there before.
    await second.page.waitForTimeout(2500)
    expect(await second.page.getByTestId('presence-announcement').textContent()).toBe('')

    await second.context.close()
    await expect.poll(() => first.page.getByTestId('presence-announcement').textContent(), { timeout: 40_000 }).toBe('Jana Krüger (Jugend und Familie) hat das Konzept verlassen.')
    await first.context.close()
  })

  it('tells a reviewer why what they type does not appear', async () => {
    const { context, page } = await openSignedInPage(browser, server, ausschuss, `/d/${documentId}`)
    await waitForConnectedEditor(page)
    const notice = page.getByTestId('dropped-input-notice')
    expect(await notice.textContent()).toBe('')
    await page.getByTestId('editor').getByText('Die Betreuung ist sichergestellt.').click()
    await page.keyboard.type('xyz')
    await expect.poll(() => notice.textContent()).toContain('nicht ändern')
    expect(await notice.isVisible()).toBe(true)
    expect(await page.getByTestId('editor').getByText('Die Betreuung ist sichergestellt.').textContent()).toBe('Die Betreuung ist sichergestellt.')
    const violations = await runAxe(page)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
    // Backspace is dropped too, and says so again after the message faded.
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toBe('')
    await page.keyboard.press('Backspace')
    await expect.poll(() => notice.textContent()).toContain('nicht ändern')
    await context.close()
  })
})
