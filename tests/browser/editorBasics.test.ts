import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { runAxe } from '../utils/runAxe'
import { createAccount, signInAsAdmin } from '../utils/testAccounts'

const seed003 = fileURLToPath(new URL('../fixtures/rendsburg-eckernfoerde-beschlussvorlage.txt', import.meta.url))

describe('the editor in a real browser', () => {
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

  it('imports seed 003, inserts a Teilziel, keeps what was typed into its fields across a reload, and passes axe', async () => {
    const admin = await signInAsAdmin(server)
    const editor = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const { context, page } = await openSignedInPage(browser, server, editor)

    await page.getByTestId('import-file-input').setInputFiles(seed003)
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toContain('21 Teilziele')
    await page.getByTestId('import-open').click()
    await page.getByTestId('editor').waitFor()
    await expect.poll(() => page.getByTestId('connection-status').getAttribute('data-status')).toBe('connected')
    await expect.poll(() => page.getByTestId('teilziel').count()).toBe(21)
    const numbers = await page.getByTestId('handlungsfeld-number').allTextContents()
    expect(numbers.slice(0, 4).map((number) => number.trim())).toEqual(['3.1', '3.1.1', '3.1.2', '3.1.3'])

    // Put the cursor at the end of chapter 6 and insert a Teilziel from the toolbar.
    await page.getByTestId('editor').getByText('Das vorliegende Konzept soll kontinuierlich fortgeschrieben werden.', { exact: false }).click()
    await page.keyboard.press('End')
    await page.getByTestId('insert-teilziel').click()
    await expect.poll(() => page.getByTestId('teilziel').count()).toBe(22)
    const typed = ['Neues Teilziel aus dem Browser', 'Beratung im Browser', 'Familien im Browser', 'Aktivität im Browser', 'Jugend und Familie im Browser']
    for (const [index, text] of typed.entries()) {
      if (index > 0) await page.keyboard.press('Tab')
      await page.keyboard.type(text)
    }
    await expect.poll(() => page.getByTestId('editor').textContent()).toContain('Jugend und Familie im Browser')

    await page.reload()
    await page.getByTestId('editor').waitFor()
    const newTeilziel = page.getByTestId('teilziel').filter({ hasText: 'Neues Teilziel aus dem Browser' })
    await expect.poll(() => newTeilziel.count()).toBe(1)
    const fields = await newTeilziel.locator('.concept-field-content').allTextContents()
    expect(fields).toEqual(typed)

    const violations = await runAxe(page)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
    await context.close()
  })

  it('reaches the toolbar, the outline and the text with the keyboard alone', async () => {
    const admin = await signInAsAdmin(server)
    const created = await fetch(`${server.url}/api/documents`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Tastatur' }) })
    const { id } = (await created.json()) as { id: string }
    const { context, page } = await openSignedInPage(browser, server, admin, `/d/${id}`)
    await page.getByTestId('editor').waitFor()
    const reached = new Set<string>()
    for (let step = 0; step < 40; step += 1) {
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null
        return element?.dataset['testid'] ?? element?.getAttribute('role') ?? element?.tagName ?? ''
      })
      reached.add(focused)
    }
    expect(reached).toContain('editor')
    expect([...reached].some((name) => name.startsWith('insert-') || name.startsWith('format-') || name.startsWith('history-'))).toBe(true)
    const violations = await runAxe(page)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
    await context.close()
  })
})
