import fs from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { callApi, createAccount, signInAsAdmin, type SignedIn } from '../utils/testAccounts'
import { waitForConnectedEditor } from '../utils/waitForConnectedEditor'

const seed003 = new URL('../fixtures/rendsburg-eckernfoerde-beschlussvorlage.txt', import.meta.url)

/** Every heading as assistive technology sees it: its level and its accessible text. */
function headings(page: Page, within: string): Promise<{ level: number; text: string }[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)
    if (!root) return []
    return [...root.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]')].map((element) => ({
      level: Number(element.getAttribute('aria-level') ?? element.tagName.slice(1)),
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
    }))
  }, within)
}

function levelOf(found: { level: number; text: string }[], startsWith: string): number | undefined {
  return found.find((heading) => heading.text.startsWith(startsWith))?.level
}

describe('heading levels follow the concept’s outline (WCAG 1.3.1) in a real browser', () => {
  let server: TestServer
  let browser: Browser
  let editor: SignedIn
  let documentId: string

  beforeAll(async () => {
    server = await createTestServer()
    browser = await launchBrowser()
    const admin = await signInAsAdmin(server)
    editor = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const imported = await callApi(server, editor.token, 'POST', '/api/documents/import', { text: await fs.readFile(seed003, 'utf8') })
    expect(imported.status).toBe(201)
    documentId = ((await imported.json()) as { id: string }).id
  })

  afterAll(async () => {
    await browser?.close()
    await server?.cleanup()
  })

  it('gives 3.1 a deeper level than its chapter and 3.1.2 a deeper one than 3.1, in the editor and in the comparison; the Synopse table has a name and a different description', async () => {
    const { context, page } = await openSignedInPage(browser, server, editor, `/d/${documentId}`)
    await waitForConnectedEditor(page)
    const inEditor = await headings(page, '[data-testid="editor"]')
    // Seed 003's own outline: "3.1 Bildung/ …" contains "3.1.2 Sprachförderung …"; "3.2 Stärkung …" is 3.1's sibling.
    const section = levelOf(inEditor, 'Bildung/ frühkindliche Bildung')
    const subsection = levelOf(inEditor, 'Sprachförderung zum Erlernen')
    const sibling = levelOf(inEditor, 'Stärkung der Teilhabestrukturen')
    expect(section).toBeGreaterThanOrEqual(2)
    expect(subsection).toBe(section! + 1)
    expect(sibling).toBe(section)
    // Only the page title is a level-1 heading.
    expect((await headings(page, 'body')).filter((heading) => heading.level === 1)).toHaveLength(1)

    const frozen = await callApi(server, editor.token, 'POST', `/api/documents/${documentId}/fassungen`, { name: 'Vorlage', gremium: 'AFS', date: '2021-03-21', status: 'Entwurf' })
    const fassungId = ((await frozen.json()) as { id: string }).id
    await page.goto(`${server.url}/d/${documentId}/vergleich/${fassungId}/draft`)
    await page.getByTestId('change-document').waitFor()
    const inComparison = await headings(page, '[data-testid="change-document"]')
    expect(levelOf(inComparison, 'Sprachförderung zum Erlernen')).toBe(levelOf(inComparison, 'Bildung/ frühkindliche Bildung')! + 1)
    expect(levelOf(inComparison, 'Stärkung der Teilhabestrukturen')).toBe(levelOf(inComparison, 'Bildung/ frühkindliche Bildung'))
    // A numbered chapter heading is read with a space between number and words.
    expect(inComparison.some((heading) => /^\d+[A-Za-zÄÖÜ]/.test(heading.text))).toBe(false)

    // The Synopse table's name says what is compared, its description how to read it: two different texts.
    await page.goto(`${server.url}/d/${documentId}/vergleich/${fassungId}/draft/synopse`)
    await page.getByTestId('synopse').waitFor()
    const { name, description } = await page.evaluate(() => {
      const table = document.querySelector('table.synopse-table')!
      const ids = table.getAttribute('aria-describedby')?.split(/\s+/) ?? []
      return { name: table.querySelector('caption')?.textContent ?? '', description: ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ') }
    })
    expect(name).toContain('Synopse')
    expect(description).toContain('unterstrichen')
    expect(description).not.toBe(name)
    await context.close()
  })
})
