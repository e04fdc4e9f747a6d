import mammoth from 'mammoth'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentMetadata } from '../../shared/documentMeta/DocumentMetadata'
import { pdfToText } from '../server/export/externalTools'
import { collapseWhitespace } from '../utils/collapseWhitespace'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { importFixtureDocument } from '../utils/importFixtureDocument'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { readDownload } from '../utils/readDownload'
import { runAxe } from '../utils/runAxe'
import { saveReviewScreenshot } from '../utils/saveReviewScreenshot'
import { callApi, createAccount, signInAsAdmin, type SignedIn } from '../utils/testAccounts'

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const addedSentence = 'Der Kreistag wird zusätzlich über die Exporte aus dem Browser unterrichtet.'
// Field text of the second Teilziel of 3.1.1 in seed 003's Anlage.
const teilzielText = 'Die Sprachförderung von Kindern mit Migrationshintergrund ist sichergestellt.'
const isExportRequest = (url: URL) => url.pathname.endsWith('/export')

describe('Beschlussvorlage, exports and DOCX import in a real browser', () => {
  let server: TestServer
  let browser: Browser
  let editor: SignedIn
  let reviewer: SignedIn
  let documentId: string

  const readMetadata = async (): Promise<DocumentMetadata> => (await callApi(server, editor.token, 'GET', `/api/documents/${documentId}/metadata`)).json() as Promise<DocumentMetadata>
  const statusText = (page: Page) => page.getByTestId('export-status-text').first().textContent()

  beforeAll(async () => {
    server = await createTestServer()
    browser = await launchBrowser()
    const admin = await signInAsAdmin(server)
    editor = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    reviewer = await createAccount(server, admin, { username: 'kreistag', name: 'Karla Kreistag', department: 'Kreistag', role: 'reviewer' })
    documentId = await importFixtureDocument(server, editor, 'rendsburg-eckernfoerde-beschlussvorlage.txt')
  })

  afterAll(async () => {
    await browser?.close()
    await server?.cleanup()
  })

  it('opens the Beschlussvorlage filled from the cover sheet, saves a changed Sachverhalt, and exports it as PDF with progress', async () => {
    const { context, page } = await openSignedInPage(browser, server, editor, `/d/${documentId}`)
    await page.getByTestId('open-beschlussvorlage').click()
    await page.getByTestId('cover-form').waitFor()
    expect(await page.getByTestId('cover-vorlageNummer').inputValue()).toBe('VO/2020/426-001')
    expect(await page.getByTestId('cover-datum').inputValue()).toBe('09.09.2020')
    expect(await page.getByTestId('cover-ansprechpartner').inputValue()).toBe('Petersen, Jörn')
    expect(await page.getByTestId('cover-bearbeiter').inputValue()).toBe('Najj, Said')
    expect(await page.getByTestId('cover-title').inputValue()).toContain('Konzept zur Förderung der Integration und Teilhabe')
    expect(await page.getByTestId('cover-beschlussvorschlag').inputValue()).toMatch(/^Der Kreistag beschließt/)
    expect(await page.getByTestId('cover-klimaschutz').inputValue()).toBe('keine')
    expect(await page.getByTestId('cover-oeffentlich-ja').isChecked()).toBe(true)
    expect(await page.getByTestId('cover-anlage').count()).toBe(1)
    expect(await page.getByTestId('beratungsfolge-row').count()).toBeGreaterThan(0)

    // Append a sentence to the Sachverhalt by keyboard, save, and find it again after a reload.
    const sachverhalt = page.getByTestId('cover-sachverhalt')
    const before = await sachverhalt.inputValue()
    await sachverhalt.focus()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(` ${addedSentence}`)
    await expect.poll(() => page.getByTestId('cover-save-status').textContent()).toBe('Ungespeicherte Änderungen.')

    // Unsaved input survives a reload (after the browser's "leave page?" question) …
    page.once('dialog', (dialog) => void dialog.accept())
    await page.reload()
    await page.getByTestId('cover-restored').waitFor()
    expect(await page.getByTestId('cover-sachverhalt').inputValue()).toBe(`${before} ${addedSentence}`)
    expect((await readMetadata()).cover.sachverhalt).toBe(before)

    // … and a failed save: the form keeps it and says why.
    const isMetadataWrite = (url: URL) => url.pathname.endsWith('/metadata')
    await page.route(isMetadataWrite, (route) =>
      route.request().method() === 'PUT' ? route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: 'Der Speicher ist gerade nicht erreichbar.' }) }) : route.fallback(),
    )
    await page.getByTestId('cover-save').click()
    await expect.poll(() => page.getByTestId('cover-save-error').textContent()).toContain('Das Deckblatt wurde nicht gespeichert: Der Speicher ist gerade nicht erreichbar.')
    expect(await page.getByTestId('cover-sachverhalt').inputValue()).toBe(`${before} ${addedSentence}`)
    await page.unroute(isMetadataWrite)

    await page.getByTestId('cover-save').click()
    await expect.poll(() => page.getByTestId('cover-save-status').textContent()).toMatch(/^Gespeichert \(/)
    expect((await readMetadata()).cover.sachverhalt).toBe(`${before} ${addedSentence}`)
    expect(await page.getByTestId('cover-save-error').count()).toBe(0)
    await page.reload()
    await page.getByTestId('cover-form').waitFor()
    expect(await page.getByTestId('cover-sachverhalt').inputValue()).toBe(`${before} ${addedSentence}`)
    expect(await page.getByTestId('cover-restored').count()).toBe(0)
    await saveReviewScreenshot(page, 'beschlussvorlage')
    const violations = await runAxe(page)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])

    // A failing export shows the server's German message, and no download starts.
    await page.route(isExportRequest, (route) => route.fulfill({ status: 404, contentType: 'application/json', body: JSON.stringify({ error: 'Diese Fassung gibt es nicht.' }) }))
    await page.getByTestId('export-beschlussvorlage-pdf').click()
    await expect.poll(() => page.getByTestId('export-error').textContent()).toBe('Beschlussvorlage (PDF) konnte nicht exportiert werden: Diese Fassung gibt es nicht.')
    await page.unroute(isExportRequest)

    // While the server renders, the export says so and all export buttons wait.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(isExportRequest, async (route) => {
      await held
      await route.continue()
    })
    const downloading = readDownload(page, () => page.getByTestId('export-beschlussvorlage-pdf').click())
    await expect.poll(() => statusText(page)).toBe('Beschlussvorlage (PDF) wird erstellt …')
    expect(await page.getByTestId('export-concept-docx').isDisabled()).toBe(true)
    expect(await page.getByTestId('export-progress').count()).toBe(1)
    await saveReviewScreenshot(page, 'beschlussvorlage-export-running')
    release()
    const { fileName, body } = await downloading
    await page.unroute(isExportRequest)
    // The name comes from filename* (RFC 5987): the en dash survives, the ASCII fallback would have "-".
    expect(fileName).toMatch(/^Beschlussvorlage .*–.*\.pdf$/)
    await expect.poll(() => statusText(page)).toBe(`„${fileName}“ wurde heruntergeladen.`)
    expect(await page.getByTestId('export-beschlussvorlage-pdf').isDisabled()).toBe(false)

    const text = collapseWhitespace(await pdfToText(body))
    expect(text).toContain(addedSentence)
    expect(text).toContain('Beschlussvorschlag')
    expect(text).toContain('VO/2020/426-001')
    expect(text).toContain(teilzielText)
    await context.close()
  })

  it('exports the concept as DOCX from the editor’s header menu, by keyboard', async () => {
    const { context, page } = await openSignedInPage(browser, server, editor, `/d/${documentId}`)
    const toggle = page.getByTestId('export-toggle')
    await toggle.focus()
    await page.keyboard.press('Enter')
    await page.getByTestId('export-toggle-panel').waitFor()
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    expect(await page.getByTestId('export-version').inputValue()).toBe('draft')
    await saveReviewScreenshot(page, 'editor-export-menu')
    const violations = await runAxe(page)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])

    const { fileName, body } = await readDownload(page, () => page.getByTestId('export-toggle-panel').getByTestId('export-concept-docx').click())
    expect(fileName).toMatch(/\.docx$/)
    const raw = collapseWhitespace((await mammoth.extractRawText({ buffer: Buffer.from(body) })).value)
    expect(raw).toContain(teilzielText)

    await page.keyboard.press('Escape')
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-toggle')
    await context.close()
  })

  it('exports a Fassung from the Fassungen page and the Synopse from the comparison page', async () => {
    const frozen = await callApi(server, editor.token, 'POST', `/api/documents/${documentId}/fassungen`, { name: 'Beschlussempfehlung SGA', gremium: 'Sozial- und Gesundheitsausschuss (SGA)', date: '2020-08-27', status: 'Beschlussempfehlung' })
    expect(frozen.status).toBe(201)
    const fassungId = ((await frozen.json()) as { id: string }).id

    const { context, page } = await openSignedInPage(browser, server, reviewer, `/d/${documentId}/fassungen`)
    const row = page.getByTestId('fassung-row').filter({ hasText: 'Beschlussempfehlung SGA' })
    await row.getByTestId('fassung-export-toggle').click()
    await row.getByTestId('export-concept-html').waitFor()
    await saveReviewScreenshot(page, 'fassung-export')
    const fassungenViolations = await runAxe(page)
    expect(fassungenViolations, JSON.stringify(fassungenViolations, null, 2)).toEqual([])
    const concept = await readDownload(page, () => row.getByTestId('export-concept-html').click())
    expect(concept.fileName).toMatch(/Fassung vom 27\.08\.2020\.html$/)
    expect(new TextDecoder().decode(concept.body)).toContain('Sprachförderung von Kindern mit Migrationshintergrund')

    await page.goto(`${server.url}/d/${documentId}/vergleich/${fassungId}/draft/synopse`)
    await page.getByTestId('synopse-export').waitFor()
    // The download takes what the Synopse shows: with the unchanged passages, the whole text.
    await page.getByTestId('synopse-toggle-unchanged').click()
    await expect.poll(() => page.getByTestId('synopse-export-scope').textContent()).toBe('Synopse: ganzer Text, alle Handlungsfelder')
    const synopse = await readDownload(page, () => page.getByTestId('export-synopse-docx').click())
    expect(synopse.fileName).toMatch(/^Synopse .*\.docx$/)
    await saveReviewScreenshot(page, 'synopse-export')
    const synopseText = collapseWhitespace((await mammoth.extractRawText({ buffer: Buffer.from(synopse.body) })).value)
    expect(synopseText).toContain('i.d.F. vom 27.08.2020 (SGA)')
    expect(synopseText).toContain(teilzielText)
    await context.close()
  })

  it('imports a Word file through the list page and reports the 21 Teilziele', async () => {
    const exported = await callApi(server, editor.token, 'GET', `/api/documents/${documentId}/export?kind=concept&format=docx&version=draft`)
    expect(exported.status).toBe(200)
    const docx = Buffer.from(await exported.arrayBuffer())

    const { context, page } = await openSignedInPage(browser, server, editor, '/')
    await page.getByTestId('import-title').fill('Integrationskonzept aus Word')
    await page.getByTestId('import-file-input').setInputFiles({ name: 'Integrationskonzept.docx', mimeType: docxType, buffer: docx })
    await expect.poll(() => page.getByTestId('import-summary-recognised').textContent(), { timeout: 20_000 }).toContain('21 Teilziele')
    expect(await page.getByTestId('import-summary').textContent()).toContain('„Integrationskonzept aus Word“ wurde importiert')
    await saveReviewScreenshot(page, 'docx-import')
    await context.close()
  })

  it('shows the Beschlussvorlage read-only to a committee member', async () => {
    const { context, page } = await openSignedInPage(browser, server, reviewer, `/d/${documentId}/beschlussvorlage`)
    await page.getByTestId('cover-form').waitFor()
    expect(await page.getByTestId('cover-read-only-notice').textContent()).toContain('Nur lesen')
    expect(await page.getByTestId('cover-vorlageNummer').inputValue()).toBe('VO/2020/426-001')
    expect(await page.getByTestId('cover-sachverhalt').inputValue()).toContain(addedSentence)
    for (const field of ['cover-vorlageNummer', 'cover-sachverhalt', 'cover-beschlussvorschlag', 'cover-title']) expect(await page.getByTestId(field).getAttribute('readonly')).not.toBeNull()
    expect(await page.getByTestId('cover-oeffentlich-ja').isDisabled()).toBe(true)
    expect(await page.getByTestId('cover-save').count()).toBe(0)
    expect(await page.getByTestId('cover-anlage-add').count()).toBe(0)
    expect(await page.getByTestId('beratungsfolge-editor').count()).toBe(0)
    expect(await page.getByTestId('beratungsfolge-table').count()).toBe(1)

    // Typing changes nothing.
    await page.getByTestId('cover-sachverhalt').click()
    await page.keyboard.type('Geändert')
    expect(await page.getByTestId('cover-sachverhalt').inputValue()).not.toContain('Geändert')
    await saveReviewScreenshot(page, 'beschlussvorlage-reviewer')
    const violations = await runAxe(page)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
    await context.close()
  })
})
