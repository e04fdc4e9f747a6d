import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { importFixtureDocument } from '../utils/importFixtureDocument'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { runAxe } from '../utils/runAxe'
import { callApi, createAccount, signInAsAdmin, type SignedIn } from '../utils/testAccounts'
import { waitForConnectedEditor } from '../utils/waitForConnectedEditor'

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null)

async function openAdministration(browser: Browser, server: TestServer, admin: SignedIn): Promise<Page> {
  const { page } = await openSignedInPage(browser, server, admin, '/')
  await page.getByTestId('administration-link').click()
  await page.getByTestId('account-table').waitFor()
  return page
}

describe('the administration page', () => {
  let server: TestServer
  let browser: Browser
  let admin: SignedIn

  beforeAll(async () => {
    server = await createTestServer()
    browser = await launchBrowser()
    admin = await signInAsAdmin(server)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.cleanup()
  })

  it('creates an account with the form, marks errors at their fields, and the new person signs in', async () => {
    await callApi(server, admin.token, 'POST', '/api/departments', { name: 'Integrationsbüro' })
    const page = await openAdministration(browser, server, admin)
    expect(new URL(page.url()).pathname).toBe('/verwaltung')
    expect(await runAxe(page)).toEqual([])

    await page.getByTestId('create-account').click()
    const dialog = page.getByTestId('account-dialog')
    await dialog.waitFor()
    expect(await runAxe(page)).toEqual([])
    await page.getByTestId('account-submit').click()
    const username = page.getByTestId('account-username')
    await expect.poll(() => username.getAttribute('aria-invalid')).toBe('true')
    await expect.poll(() => focusedTestId(page)).toBe('account-username')
    const describedBy = await username.getAttribute('aria-describedby')
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe('Bitte einen Benutzernamen angeben.')
    expect(await page.getByTestId('account-department').getAttribute('aria-invalid')).toBe('true')

    await username.fill('ines.ibrahim')
    await page.getByTestId('account-password').fill('kurz')
    await page.getByTestId('account-name').fill('Ines Ibrahim')
    await page.getByTestId('account-department').selectOption('Integrationsbüro')
    await page.getByTestId('account-role').selectOption('editor')
    await page.getByTestId('account-submit').click()
    const password = page.getByTestId('account-password')
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true')
    await expect.poll(() => focusedTestId(page)).toBe('account-password')
    const passwordError = await password.getAttribute('aria-describedby')
    expect(await page.locator(`[id="${passwordError}"]`).textContent()).toBe('Das Passwort muss mindestens 12 Zeichen lang sein.')
    expect(await runAxe(page)).toEqual([])

    await password.fill('ibrahim-sicheres-kennwort')
    await page.getByTestId('account-submit').click()
    await expect.poll(() => dialog.isVisible()).toBe(false)
    await expect.poll(() => focusedTestId(page)).toBe('admin-notice')
    expect(await page.getByTestId('admin-notice').textContent()).toBe('Das Konto „Ines Ibrahim“ (ines.ibrahim) wurde angelegt.')
    await expect.poll(() => page.locator('[data-testid="account-row"][data-username="ines.ibrahim"]').textContent()).toContain('Integrationsbüro')

    // The new person signs in in a browser of their own; being signed out beforehand logs no error.
    const context = await browser.newContext({ locale: 'de-DE' })
    const fresh = await context.newPage()
    const consoleErrors: string[] = []
    fresh.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    await fresh.goto(server.url)
    await fresh.getByTestId('login-username').fill('ines.ibrahim')
    await fresh.getByTestId('login-password').fill('ibrahim-sicheres-kennwort')
    await fresh.getByTestId('login-submit').click()
    await expect.poll(() => fresh.getByTestId('current-user').textContent()).toContain('Ines Ibrahim')
    expect(consoleErrors).toEqual([])
    await context.close()
  })

  it('demotes an editor whose open editor turns read-only at once, and deactivation ends their session', async () => {
    const editor = await createAccount(server, admin, { username: 'jansen', name: 'Jana Jansen', department: 'Jugendamt', role: 'editor' })
    const documentId = await importFixtureDocument(server, admin, 'rendsburg-eckernfoerde-beschlussvorlage.txt')
    const { page: editorPage } = await openSignedInPage(browser, server, editor, `/d/${documentId}`)
    await waitForConnectedEditor(editorPage)
    expect(await editorPage.getByTestId('editor').getAttribute('aria-readonly')).toBeNull()

    const page = await openAdministration(browser, server, admin)
    const row = page.locator('[data-testid="account-row"][data-username="jansen"]')
    await row.getByTestId('edit-account').click()
    await page.getByTestId('account-dialog').waitFor()
    expect(await page.getByTestId('account-name').inputValue()).toBe('Jana Jansen')
    await page.getByTestId('account-role').selectOption('reviewer')
    await page.getByTestId('account-submit').click()
    await expect.poll(() => page.getByTestId('admin-notice').textContent()).toBe('Das Konto „Jana Jansen“ wurde geändert.')
    await expect.poll(() => editorPage.getByTestId('editor').getAttribute('aria-readonly')).toBe('true')
    await expect.poll(() => row.textContent()).toContain('Gremium')

    await row.getByTestId('deactivate-account').click()
    await page.getByTestId('confirm-dialog').waitFor()
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Abbrechen')
    expect(await runAxe(page)).toEqual([])
    await page.getByTestId('confirm-submit').click()
    await expect.poll(() => focusedTestId(page)).toBe('admin-notice')
    await expect.poll(() => row.textContent()).toContain('deaktiviert')
    await editorPage.getByTestId('login-username').waitFor()
    expect(await (await callApi(server, editor.token, 'GET', '/api/session')).json()).toEqual({ user: null })
  })

  it('resets a password under the policy, keeps the Fachdienste and sets who may open a document', async () => {
    const reviewer = await createAccount(server, admin, { username: 'rolf', name: 'Rolf Rat', department: 'Kreistag', role: 'reviewer' })
    const documentId = await importFixtureDocument(server, admin, 'rendsburg-eckernfoerde-beschlussvorlage.txt')
    const page = await openAdministration(browser, server, admin)

    const row = page.locator('[data-testid="account-row"][data-username="rolf"]')
    // Esc closes a dialog without a result and gives the focus back to the button that opened it.
    await row.getByTestId('reset-password').click()
    await page.getByTestId('password-dialog').waitFor()
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByTestId('password-dialog').count()).toBe(0)
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Passwort zurücksetzen für Rolf Rat')
    await page.keyboard.press('Enter')
    await page.getByTestId('password-dialog').waitFor()
    await page.getByTestId('password-input').fill('password1234')
    await page.getByTestId('password-submit').click()
    const input = page.getByTestId('password-input')
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true')
    const errorId = await input.getAttribute('aria-describedby')
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toMatch(/häufig verwendeter Passwörter/)
    expect(await runAxe(page)).toEqual([])
    await input.fill('rolf-neues-sicheres-kennwort')
    await page.getByTestId('password-submit').click()
    await expect.poll(() => focusedTestId(page)).toBe('admin-notice')
    expect(await (await callApi(server, reviewer.token, 'GET', '/api/session')).json()).toEqual({ user: null })
    expect((await callApi(server, null, 'POST', '/api/session', { username: 'rolf', password: 'rolf-neues-sicheres-kennwort' })).status).toBe(200)

    await page.getByTestId('new-department').fill('Kreistag')
    await page.getByTestId('add-department').click()
    await expect.poll(() => page.getByTestId('new-department').getAttribute('aria-invalid')).toBe('true')
    await expect.poll(() => focusedTestId(page)).toBe('new-department')
    await page.getByTestId('new-department').fill('Ordnungsamt')
    await page.getByTestId('add-department').click()
    await expect.poll(() => page.getByTestId('department-item').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Ordnungsamt')]))
    await page.getByRole('button', { name: 'Kreistag umbenennen' }).click()
    await page.getByRole('button', { name: 'Abbrechen' }).click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Kreistag umbenennen')
    await page.getByRole('button', { name: 'Kreistag umbenennen' }).click()
    await page.getByTestId('rename-department-input').fill('Kreistag Rendsburg-Eckernförde')
    await page.getByTestId('rename-department-input').press('Enter')
    await expect.poll(() => row.textContent()).toContain('Kreistag Rendsburg-Eckernförde')

    await page.getByTestId('access-document').selectOption(documentId)
    await page.getByTestId('access-list').waitFor()
    expect(await runAxe(page)).toEqual([])
    await page.locator('[data-testid="access-choice"][data-username="rolf"]').check()
    await page.getByTestId('access-save').click()
    await expect.poll(() => focusedTestId(page)).toBe('admin-notice')
    const { title } = (await (await callApi(server, admin.token, 'GET', `/api/documents/${documentId}`)).json()) as { title: string }
    expect(await page.getByTestId('admin-notice').textContent()).toBe(`„${title}“ dürfen jetzt 1 ausgewähltes Konto und die Administration öffnen.`)
    const access = await (await callApi(server, admin.token, 'GET', `/api/documents/${documentId}/access`)).json()
    expect(access).toEqual({ userIds: [reviewer.user.id] })
  })

  it('reflows at 320 px: the page and its dialog fit the window without sideways scrolling', async () => {
    const page = await openAdministration(browser, server, admin)
    await page.setViewportSize({ width: 320, height: 640 })
    const overflowing = () => page.evaluate(() => [...document.querySelectorAll('main *, dialog[open] *')].filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1).map((element) => element.outerHTML.slice(0, 80)))
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    expect(await overflowing()).toEqual([])
    await page.getByTestId('create-account').click()
    await page.getByTestId('account-dialog').waitFor()
    expect(await overflowing()).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  })
})
