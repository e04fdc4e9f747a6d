import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pdfToText } from '../server/export/externalTools'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { importFixtureDocument } from '../utils/importFixtureDocument'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { createAccount, signInAsAdmin } from '../utils/testAccounts'
import { waitForConnectedEditor } from '../utils/waitForConnectedEditor'

// Controls of the editor page that must not be printed.
const pageControls = ['Zum Konzepttext springen', 'Fassungen & Vergleich', 'Abmelden', 'Exportieren', 'Gliederung', 'Bausteine einfügen', 'Rückgängig', 'Wiederholen', 'Tastenkürzel', 'Alle ersetzen', 'Groß-/Kleinschreibung', 'Verbunden']

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('printing the editor page', () => {
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

  it('prints the concept only, with the section numbers the editor shows, and no heading left alone at the bottom of a page', async () => {
    const admin = await signInAsAdmin(server)
    const editor = await createAccount(server, admin, { username: 'najj', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const documentId = await importFixtureDocument(server, editor, 'rendsburg-eckernfoerde-beschlussvorlage.txt')
    const { context, page } = await openSignedInPage(browser, server, editor, `/d/${documentId}`)
    await waitForConnectedEditor(page)
    await page.getByTestId('editor').click()
    await page.keyboard.press('Control+h')
    await page.getByTestId('search-input').fill('Integration')

    // What the screen shows: section numbers with their titles, and the Teilziel headings.
    const numberedTitles = await page.locator('[data-testid="handlungsfeld"]').evaluateAll((sections) =>
      sections.map((section) => {
        const number = section.querySelector(':scope > [data-testid="handlungsfeld-number"]')?.textContent?.trim() ?? ''
        const title = section.querySelector('.handlungsfeld-titel')?.textContent?.trim() ?? ''
        return { number, title }
      }),
    )
    expect(numberedTitles.length).toBeGreaterThanOrEqual(10)
    for (const { number, title } of numberedTitles) expect(number && title, `${number} ${title}`).toBeTruthy()
    const teilzielHeadings = await page.locator('.teilziel-card-header').evaluateAll((headers) =>
      headers.map((header) => {
        const copy = header.cloneNode(true) as HTMLElement
        for (const control of copy.querySelectorAll('button, .block-handle-slot')) control.remove()
        return copy.textContent ?? ''
      }),
    )
    expect(teilzielHeadings).toHaveLength(21)

    await page.emulateMedia({ media: 'print' })
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    const text = await pdfToText(pdf, { raw: false })
    const flat = collapse(text)

    for (const control of pageControls) expect(flat, control).not.toContain(control)
    // Every section number stands before its title, in the editor's order.
    let searchFrom = 0
    for (const { number, title } of numberedTitles) {
      const at = flat.indexOf(collapse(`${number} ${title}`).slice(0, 40), searchFrom)
      expect(at, `${number} ${title}`).toBeGreaterThanOrEqual(0)
      searchFrom = at
    }
    for (const heading of teilzielHeadings) expect(flat).toContain(collapse(heading))

    // Page by page, for several paper sizes (so that headings fall at many different places): the last line of a
    // page is never a section title or a Teilziel heading.
    const headings = [...numberedTitles.map(({ number, title }) => collapse(`${number} ${title}`)), ...teilzielHeadings.map(collapse)]
    const paperSizes = [{ format: 'A4' }, { format: 'A5' }, { format: 'Letter' }, { width: '210mm', height: '240mm' }] as const
    for (const paper of paperSizes) {
      const pages = (await pdfToText(await page.pdf({ ...paper, printBackground: true }), { raw: false })).split('\f').filter((pageText) => pageText.trim())
      expect(pages.length).toBeGreaterThan(5)
      for (const [index, pageText] of pages.entries()) {
        const lines = pageText.split('\n').map(collapse).filter(Boolean)
        const last = lines.at(-1) ?? ''
        expect(headings.some((heading) => heading.startsWith(last) || last.startsWith(heading)), `${JSON.stringify(paper)}: page ${index + 1} ends with "${last}"`).toBe(false)
      }
    }
    await context.close()
    // Five PDFs of a 30-page concept: minutes on a loaded machine.
  }, 300_000)
})
