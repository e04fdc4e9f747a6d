import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { createAccount, createDocument, signInAsAdmin, type SignedIn } from '../utils/testAccounts'

/** The focused field, whether it is marked invalid, and the text of what describes it. */
function focusedField(page: Page): Promise<{ testId: string | null; invalid: string | null; description: string }> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null
    const ids = active?.getAttribute('aria-describedby')?.split(/\s+/) ?? []
    return {
      testId: active?.getAttribute('data-testid') ?? null,
      invalid: active?.getAttribute('aria-invalid') ?? null,
      description: ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim(),
    }
  })
}

describe('form errors name the field, describe it and take the focus there (WCAG 3.3.1) in a real browser', () => {
  let server: TestServer
  let browser: Browser
  let editor: SignedIn
  let documentId: string

  beforeAll(async () => {
    server = await createTestServer()
    browser = await launchBrowser()
    const admin = await signInAsAdmin(server)
    editor = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    documentId = await createDocument(server, editor, 'Konzept für Formularfehler')
  })

  afterAll(async () => {
    await browser?.close()
    await server?.cleanup()
  })

  it('marks the empty or wrong sign-in field and focuses it', async () => {
    const context = await browser.newContext({ locale: 'de-DE' })
    const page = await context.newPage()
    await page.goto(server.url)
    await page.getByTestId('login-submit').click()
    await expect.poll(() => focusedField(page)).toEqual({ testId: 'login-username', invalid: 'true', description: 'Bitte geben Sie Benutzername und Passwort ein.' })
    expect(await page.getByTestId('login-password').getAttribute('aria-invalid')).toBe('true')

    await page.getByTestId('login-username').fill('zuwanderung')
    await page.getByTestId('login-password').fill('falsches Passwort 123')
    await page.getByTestId('login-submit').click()
    await expect.poll(async () => (await focusedField(page)).testId).toBe('login-password')
    const afterWrongPassword = await focusedField(page)
    expect(afterWrongPassword.invalid).toBe('true')
    expect(afterWrongPassword.description).toBe(await page.getByTestId('login-error').textContent())
    expect(await page.getByTestId('login-username').getAttribute('aria-invalid')).toBeNull()
    await context.close()
  })

  it('marks each missing field of „Fassung einfrieren“ and focuses the first', async () => {
    const { context, page } = await openSignedInPage(browser, server, editor, `/d/${documentId}/fassungen`)
    await page.getByTestId('freeze-form').waitFor()
    await page.getByTestId('freeze-submit').click()
    await expect.poll(async () => (await focusedField(page)).testId).toBe('freeze-name')
    expect((await focusedField(page)).description).toBe('Bitte geben Sie Namen, Gremium, Datum an.')
    for (const field of ['freeze-name', 'freeze-gremium', 'freeze-date']) expect(await page.getByTestId(field).getAttribute('aria-invalid'), field).toBe('true')

    await page.getByTestId('freeze-name').fill('Vorlage AFS')
    await page.getByTestId('freeze-submit').click()
    await expect.poll(async () => (await focusedField(page)).testId).toBe('freeze-gremium')
    expect(await page.getByTestId('freeze-name').getAttribute('aria-invalid')).toBeNull()
    expect(await page.getByTestId('freeze-date').getAttribute('aria-invalid')).toBe('true')
    await context.close()
  })
})
