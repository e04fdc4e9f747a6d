import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { importFixtureDocument } from '../utils/importFixtureDocument'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { readFieldText } from '../utils/readFieldText'
import { callApi, createAccount, signInAsAdmin, type SignedIn } from '../utils/testAccounts'

const seed003 = 'rendsburg-eckernfoerde-beschlussvorlage.txt'

async function openEditor(page: Page): Promise<void> {
  await page.getByTestId('editor').waitFor()
  await expect.poll(() => page.getByTestId('connection-status').getAttribute('data-status')).toBe('connected')
  await expect.poll(() => page.getByTestId('teilziel').count()).toBe(21)
}

/** The labelled field (or Handlungsfeld title) the selection's focus end is in. */
function focusField(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const node = window.getSelection()?.focusNode
    const element = node instanceof Element ? node : (node?.parentElement ?? null)
    return element?.closest('[data-type]:is(.concept-field, .handlungsfeld-titel)')?.getAttribute('data-type') ?? null
  })
}

async function fieldTexts(block: Locator): Promise<string[]> {
  return Promise.all((await block.locator('.concept-field-content').all()).map((field) => readFieldText(field)))
}

async function readDraft(server: TestServer, account: SignedIn, documentId: string): Promise<unknown> {
  const response = await callApi(server, account.token, 'GET', `/api/documents/${documentId}/versions/draft`)
  expect(response.status).toBe(200)
  return response.json()
}

describe('structure-safe editing in the browser (seed 003)', () => {
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

  it('Shift+↓ from a Teilziel’s text into “Beispielhafte Aktivitäten”, then Entf: the fields stay, the selected text goes, Strg+Z brings it back exactly', async () => {
    const admin = await signInAsAdmin(server)
    const editor = await createAccount(server, admin, { username: 'najj', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const documentId = await importFixtureDocument(server, editor, seed003)
    const { context, page } = await openSignedInPage(browser, server, editor, `/d/${documentId}`)
    await openEditor(page)
    const teilziel = page.getByTestId('teilziel').first()
    const textsBefore = await fieldTexts(teilziel)
    const draftBefore = await readDraft(server, editor, documentId)

    await teilziel.locator('[data-type="teilzielZiel"] .concept-field-content p').first().click({ position: { x: 60, y: 8 } })
    await extendSelectionInto(page, 'teilzielAktivitaeten')
    const { selected, textBefore } = await readSelection(page)
    expect(selected.length).toBeGreaterThan(100)
    await page.keyboard.press('Delete')

    const textsAfter = await fieldTexts(teilziel)
    expect(textsAfter).toHaveLength(5)
    expect(textsAfter.join('')).toBe(textsBefore.join('').replace(selected, ''))
    expect(textsAfter[0]).toBe(textsBefore[0]!.slice(0, textsAfter[0]!.length))
    expect(textsAfter.slice(1, 3)).toEqual(['', ''])
    expect(textsBefore[3]!.endsWith(textsAfter[3]!)).toBe(true)
    expect(textsAfter[4]).toBe(textsBefore[4])
    expect((await readSelection(page)).textBefore).toBe(textBefore.replace(selected, ''))
    await expect.poll(() => page.getByTestId('history-undo').isDisabled()).toBe(false)

    await page.keyboard.press('Control+z')
    await expect.poll(() => fieldTexts(teilziel)).toEqual(textsBefore)
    await expect.poll(() => readDraft(server, editor, documentId)).toEqual(draftBefore)
    await page.keyboard.press('Control+y')
    await expect.poll(() => fieldTexts(teilziel)).toEqual(textsAfter)
    await context.close()
  })

  it('a selection reaching into the next Handlungsfeld’s heading keeps both Handlungsfelder, and Strg+Z restores the text exactly', async () => {
    const admin = await signInAsAdmin(server)
    const editor = await createAccount(server, admin, { username: 'petersen', name: 'Jörn Petersen', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const documentId = await importFixtureDocument(server, editor, seed003)
    const { context, page } = await openSignedInPage(browser, server, editor, `/d/${documentId}`)
    await openEditor(page)
    const numbers = () => page.getByTestId('handlungsfeld-number').allTextContents()
    const numbersBefore = await numbers()
    // Every Handlungsfeld shows its number, so the numbers and the sections come in the same order.
    const section = (number: string) => page.getByTestId('handlungsfeld').nth(numbersBefore.map((text) => text.trim()).indexOf(number))
    const engagement = section('3.4')
    const oeffnung = section('3.5')
    expect(await engagement.locator('.handlungsfeld-titel').first().textContent()).toBe('Bürgerschaftliches Engagement')
    const oeffnungTeilziele = await oeffnung.getByTestId('teilziel').count()
    const draftBefore = await readDraft(server, editor, documentId)

    await engagement.locator('[data-type="teilzielVerantwortliche"] .concept-field-content p').last().click({ position: { x: 40, y: 8 } })
    await extendSelectionInto(page, 'handlungsfeldTitel')
    const { selected, textBefore } = await readSelection(page)
    await page.keyboard.press('Delete')

    expect(await numbers()).toEqual(numbersBefore)
    expect(await oeffnung.getByTestId('teilziel').count()).toBe(oeffnungTeilziele)
    expect(await oeffnung.locator('[data-type="oberziel"]').count()).toBe(1)
    expect((await readSelection(page)).textBefore).toBe(textBefore.replace(selected, ''))

    await page.keyboard.press('Control+z')
    await expect.poll(() => readDraft(server, editor, documentId)).toEqual(draftBefore)
    expect(await numbers()).toEqual(numbersBefore)
    await context.close()
  })
})

/** Shift+↓ until the selection reaches into the field (how often depends on the line breaks). */
async function extendSelectionInto(page: Page, fieldType: string): Promise<void> {
  for (let presses = 0; presses < 20 && (await focusField(page)) !== fieldType; presses += 1) await page.keyboard.press('Shift+ArrowDown')
  expect(await focusField(page)).toBe(fieldType)
}

/** The selected text and the whole text of the document, as the editor has them (no labels, no carets). */
function readSelection(page: Page): Promise<{ selected: string; textBefore: string }> {
  return page.evaluate(() => {
    const dom = document.querySelector('.ProseMirror') as (Element & { editor?: { state: { selection: { from: number; to: number }; doc: { content: { size: number }; textBetween(from: number, to: number, separator: string): string } } } }) | null
    const state = dom?.editor?.state
    if (!state) throw new Error('no editor')
    return { selected: state.doc.textBetween(state.selection.from, state.selection.to, ''), textBefore: state.doc.textBetween(0, state.doc.content.size, '') }
  })
}
