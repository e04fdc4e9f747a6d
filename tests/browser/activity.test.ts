import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clickAtFieldEnd } from '../utils/clickAtFieldEnd'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { readFieldText } from '../utils/readFieldText'
import { replaceContent } from '../utils/replaceContent'
import { runAxe } from '../utils/runAxe'
import { smallConceptJson } from '../utils/smallConceptJson'
import { callApi, createAccount, createDocument, signInAsAdmin } from '../utils/testAccounts'
import { waitForConnectedEditor } from '../utils/waitForConnectedEditor'

interface Row {
  person: string
  department: string
  place: string
  inserted: string
  deleted: string
}

function readRows(page: Page): Promise<Row[]> {
  return page.getByTestId('activity-row').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent?.trim() ?? '')
      return { person: cells[1] ?? '', department: cells[2] ?? '', place: cells[3] ?? '', inserted: cells[4] ?? '', deleted: cells[5] ?? '' }
    }),
  )
}

const zielgruppe = (page: Page, teilziel: number) => page.getByTestId('teilziel').nth(teilziel).locator('.concept-field-content').nth(2)

describe('the activity page', () => {
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

  it('lists who changed how much where, filters by Fachdienst and days, and opens the editor at the place', async () => {
    const admin = await signInAsAdmin(server)
    const najj = await createAccount(server, admin, { username: 'najj', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const lindner = await createAccount(server, admin, { username: 'lindner', name: 'Maria Lindner', department: 'Gleichstellungsbeauftragte', role: 'editor' })
    const documentId = await createDocument(server, admin, 'Aktivität')
    await replaceContent(server, documentId, admin.user.id, smallConceptJson)

    const first = await openSignedInPage(browser, server, najj, `/d/${documentId}`)
    const second = await openSignedInPage(browser, server, lindner, `/d/${documentId}`)
    await Promise.all([waitForConnectedEditor(first.page), waitForConnectedEditor(second.page)])

    // Najj adds eleven characters to the second Teilziel's Zielgruppe (section 1.1).
    await clickAtFieldEnd(zielgruppe(first.page, 1))
    await first.page.keyboard.type(' und Eltern')
    // Lindner removes "feststellen" (eleven characters) from Maßnahme S1 (section 1.2).
    await clickAtFieldEnd(second.page.getByTestId('massnahme').locator('.concept-field-content').first())
    for (let count = 0; count < 'feststellen'.length; count += 1) await second.page.keyboard.press('Backspace')
    await expect.poll(() => readFieldText(second.page.getByTestId('massnahme').locator('.concept-field-content').first())).toBe('Sprachstand ')
    await expect
      .poll(async () => {
        const response = await callApi(server, admin.token, 'GET', `/api/documents/${documentId}/history`)
        const { history } = (await response.json()) as { history: { userId: string; places: { deletedCharacters: number; insertedCharacters: number }[] }[] }
        const sum = (userId: string, key: 'deletedCharacters' | 'insertedCharacters') => history.filter((entry) => entry.userId === userId).flatMap((entry) => entry.places).reduce((total, place) => total + place[key], 0)
        return [sum(najj.user.id, 'insertedCharacters'), sum(lindner.user.id, 'deletedCharacters')]
      })
      .toEqual([11, 11])

    const { page } = first
    await page.getByTestId('open-activity').click()
    await page.getByTestId('activity-page').waitFor()
    await expect.poll(async () => (await readRows(page)).length).toBeGreaterThanOrEqual(2)
    const rows = await readRows(page)
    expect(rows).toContainEqual({ person: 'Said Najj', department: 'Fachdienst Zuwanderung', place: 'Teilziel 2 · Zielgruppe · 1.1', inserted: '11 Zeichen', deleted: '0 Zeichen' })
    expect(rows).toContainEqual({ person: 'Maria Lindner', department: 'Gleichstellungsbeauftragte', place: 'Maßnahme S1 · 1.2', inserted: '0 Zeichen', deleted: '11 Zeichen' })
    // Newest first: Lindner wrote after Najj.
    expect(rows.findIndex((row) => row.person === 'Maria Lindner')).toBeLessThan(rows.findIndex((row) => row.person === 'Said Najj'))

    const violations = await runAxe(page)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])

    await page.getByTestId('activity-department').selectOption('Gleichstellungsbeauftragte')
    await expect.poll(async () => (await readRows(page)).every((row) => row.department === 'Gleichstellungsbeauftragte')).toBe(true)
    expect((await readRows(page)).map((row) => row.place)).toContain('Maßnahme S1 · 1.2')
    const filtered = (await readRows(page)).length
    await expect.poll(() => page.getByTestId('activity-count').textContent()).toBe(filtered === 1 ? '1 Änderung' : `${filtered} Änderungen`)
    await page.getByTestId('activity-department').selectOption('')

    const today = await page.evaluate(() => {
      const now = new Date()
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
    })
    const tomorrow = await page.evaluate(() => {
      const next = new Date(Date.now() + 24 * 60 * 60 * 1000)
      return `${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, '0')}-${String(next.getDate()).padStart(2, '0')}`
    })
    await page.getByTestId('activity-from').fill(tomorrow)
    await expect.poll(() => page.getByTestId('activity-count').textContent()).toBe('Keine Änderungen in dieser Auswahl.')
    expect(await page.getByTestId('activity-row').count()).toBe(0)
    await page.getByTestId('activity-from').fill(today)
    await page.getByTestId('activity-to').fill(today)
    await expect.poll(async () => (await readRows(page)).length).toBe(rows.length)

    // The place opens the editor with the caret in that field.
    await page.getByTestId('activity-place').filter({ hasText: 'Teilziel 2 · Zielgruppe · 1.1' }).first().click()
    await waitForConnectedEditor(page)
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('editor')
    const caretPlace = await page.evaluate(() => {
      const anchor = window.getSelection()?.anchorNode ?? null
      const element = anchor instanceof Element ? anchor : (anchor?.parentElement ?? null)
      const teilziel = element?.closest('[data-testid="teilziel"]') ?? null
      return { teilziel: teilziel ? Array.from(document.querySelectorAll('[data-testid="teilziel"]')).indexOf(teilziel) : -1, field: element?.closest('.concept-field-content')?.textContent ?? '' }
    })
    expect(caretPlace).toEqual({ teilziel: 1, field: 'Kinder mit Migrationshintergrund und Eltern' })
    await Promise.all([first.context.close(), second.context.close()])
  })
})
