import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { replaceContent } from '../utils/replaceContent'
import { runAxe } from '../utils/runAxe'
import { smallConceptJson } from '../utils/smallConceptJson'
import { createAccount, createDocument, signInAsAdmin } from '../utils/testAccounts'
import { waitForConnectedEditor } from '../utils/waitForConnectedEditor'

// What a user must be able to look up, as German keyboards label the keys.
const expectedKeys = ['Esc', 'F6', 'Alt+F10', 'Tab', 'Umschalt+Tab', 'Strg+F', 'Strg+H', 'Alt+Umschalt+↑', 'Alt+Umschalt+↓', 'Alt+Umschalt+→', 'Strg+Alt+1', 'Strg+B', 'Strg+K', 'Strg+Z', '?']

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? '')
const focusInside = (page: Page, selector: string) => page.evaluate((target) => document.querySelector(target)?.contains(document.activeElement) ?? false, selector)

describe('the shortcut help', () => {
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

  it('opens with "?" outside the text and from the toolbar, lists the keys, keeps the focus inside, closes with Esc back to where the focus was, and passes axe', async () => {
    const admin = await signInAsAdmin(server)
    const editor = await createAccount(server, admin, { username: 'najj', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const documentId = await createDocument(server, admin, 'Tastenkürzel')
    await replaceContent(server, documentId, admin.user.id, smallConceptJson)
    const { context, page } = await openSignedInPage(browser, server, editor, `/d/${documentId}`)
    await waitForConnectedEditor(page)
    const dialog = page.getByRole('dialog', { name: 'Tastenkürzel' })

    // In the text "?" is a character.
    await page.getByTestId('editor').getByText('Bildung', { exact: true }).click()
    await page.keyboard.press('End')
    await page.keyboard.press('?')
    await expect.poll(() => page.getByTestId('editor').getByText('Bildung?', { exact: true }).count()).toBe(1)
    expect(await dialog.count()).toBe(0)
    await page.keyboard.press('Backspace')

    // Esc leaves the text for the outline; there "?" opens the help.
    await page.keyboard.press('Escape')
    const opener = await focusedTestId(page)
    expect(opener).toBe('outline-entry')
    await page.keyboard.press('?')
    await dialog.waitFor()
    const rows = await page.getByTestId('shortcut-row').locator('kbd').allTextContents()
    const listed = rows.flatMap((row) => row.split(' oder '))
    for (const key of expectedKeys) expect(listed, key).toContain(key)

    const violations = await runAxe(page)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])

    for (let step = 0; step < 5; step += 1) {
      await page.keyboard.press('Tab')
      expect(await focusInside(page, '[data-testid="shortcut-help"]')).toBe(true)
    }
    for (let step = 0; step < 5; step += 1) {
      await page.keyboard.press('Shift+Tab')
      expect(await focusInside(page, '[data-testid="shortcut-help"]')).toBe(true)
    }
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    expect(await focusedTestId(page)).toBe(opener)

    // The toolbar button opens it too; closing returns to the text the caret was in.
    // Into the title's text itself (its box reaches under the block handle), then to its end.
    await page.getByTestId('editor').getByText('Arbeit', { exact: true }).click({ position: { x: 3, y: 6 } })
    await page.keyboard.press('End')
    await page.getByTestId('open-shortcut-help').click()
    await dialog.waitFor()
    await page.getByTestId('shortcut-help-close').click()
    await expect.poll(() => dialog.count()).toBe(0)
    expect(await focusedTestId(page)).toBe('editor')
    await page.keyboard.type('!')
    await expect.poll(() => page.getByTestId('editor').getByText('Arbeit!', { exact: true }).count()).toBe(1)
    await context.close()
  })

  it('F6 moves between header, outline, toolbar and text, as the help says', async () => {
    const admin = await signInAsAdmin(server)
    const documentId = await createDocument(server, admin, 'Bereiche')
    await replaceContent(server, documentId, admin.user.id, smallConceptJson)
    const { context, page } = await openSignedInPage(browser, server, admin, `/d/${documentId}`)
    await waitForConnectedEditor(page)
    await page.getByTestId('editor').getByText('Bildung', { exact: true }).click()
    const regions = ['.app-header', 'nav.outline', '[role="toolbar"]', '#konzepttext']
    const visited: string[] = []
    for (let step = 0; step < 4; step += 1) {
      await page.keyboard.press('F6')
      visited.push(await page.evaluate((selectors) => selectors.find((selector) => document.querySelector(selector)?.contains(document.activeElement)) ?? 'none', regions))
    }
    expect(visited).toEqual(regions)
    await page.keyboard.press('Shift+F6')
    expect(await focusInside(page, '[role="toolbar"]')).toBe(true)
    await context.close()
  })
  it('is there for readers too, from the read-only notice', async () => {
    const admin = await signInAsAdmin(server)
    const reader = await createAccount(server, admin, { username: 'kreistag', name: 'Karl Kreistag', department: 'Kreistag', role: 'reviewer' })
    const documentId = await createDocument(server, admin, 'Lesen')
    await replaceContent(server, documentId, admin.user.id, smallConceptJson)
    const { context, page } = await openSignedInPage(browser, server, reader, `/d/${documentId}`)
    await waitForConnectedEditor(page)
    await page.getByTestId('open-shortcut-help').focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Tastenkürzel' })
    await dialog.waitFor()
    const violations = await runAxe(page)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    expect(await focusedTestId(page)).toBe('open-shortcut-help')
    await context.close()
  })
})
